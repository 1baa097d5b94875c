/** The new site's README, for the people who keep it, in the site's default language (Spanish or English). */
export function siteReadme(organisation: string, language: string): string {
	if (language === 'es') {
		return `# La memoria de ${organisation}

Este sitio guarda lo que ${organisation} aprende: proyectos, aprendizajes, llamadas comunitarias, artículos y guías. Lo construye [Memoria](https://www.npmjs.com/package/memoria-ssg).

## Trabajar en el sitio

Necesitas Node.js 22.22 o posterior.

\`\`\`sh
npm install        # una vez
npm run dev        # vista previa en http://localhost:4321 mientras escribes
npx memoria new    # agregar una entrada: pregunta qué tipo, el título y el idioma
npm run check      # revisar todo el contenido sin construir
npm run build      # construir el sitio en dist/
\`\`\`

## Dónde está cada cosa

- \`content/\`: las entradas, una carpeta por tipo; las traducciones van en una subcarpeta por idioma (\`content/learnings/en/\`).
- \`content/themes.yaml\`: los temas que pueden usar las entradas.
- \`memoria.config.ts\`: el nombre de la organización, los idiomas y la dirección del sitio.
- \`public/\`: archivos que se publican tal cual (el favicon, imágenes).

## Publicar

\`.github/workflows/deploy.yml\` construye el sitio y lo publica en GitHub Pages cada vez que cambia \`main\`. En GitHub: Settings › Pages › Source: "GitHub Actions".
`;
	}
	return `# ${organisation}'s memory

This site keeps what ${organisation} learns: projects, learnings, community calls, posts and guides. It is built by [Memoria](https://www.npmjs.com/package/memoria-ssg).

## Working on the site

You need Node.js 22.22 or newer.

\`\`\`sh
npm install        # once
npm run dev        # a preview on http://localhost:4321 while you write
npx memoria new    # add an entry: asks for its kind, title and language
npm run check      # check all the content without building
npm run build      # build the site into dist/
\`\`\`

## Where things are

- \`content/\`: the entries, one folder per kind; translations go in a sub-folder per language (\`content/learnings/es/\`).
- \`content/themes.yaml\`: the themes entries may use.
- \`memoria.config.ts\`: the organisation's name, the languages and the site's address.
- \`public/\`: files published as they are (the favicon, images).

## Publishing

\`.github/workflows/deploy.yml\` builds the site and publishes it on GitHub Pages every time \`main\` changes. On GitHub: Settings › Pages › Source: "GitHub Actions".
`;
}
