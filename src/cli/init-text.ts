import type { WriterLanguage } from '../errors/writer-language';

/** What `memoria init` says, in the writer's language. */
export const initText = {
	en: {
		intro: (folder: string) => `A new Memoria site in ${folder}. Press Enter to keep the answer in brackets.`,
		askName: (fallback: string) => `Your organisation's name [${fallback}]: `,
		askLanguages: (fallback: string) => `The site's languages, separated by commas [${fallback}]: `,
		askDefault: (fallback: string) => `The default language, whose pages have no language in their address [${fallback}]: `,
		created: (folder: string, count: number) => `✓ Wrote ${count} files in ${folder}.`,
		kept: (paths: string[]) => `  Kept as they were (already there): ${paths.join(', ')}`,
		next: (cd: string) =>
			`Next:\n${cd ? `  cd ${cd}\n` : ''}  npm install\n  npm run dev        (a preview on http://localhost:4321)\n  npx memoria new    (your first entry)`,
		problems: {
			notEmpty: (folder: string) => ({
				message: `${folder} is not empty.`,
				hint: 'Choose a new or empty folder (memoria init my-memory), or add --force to write the site beside what is there (no file is replaced).',
			}),
			notAFolder: (path: string) => ({ message: `${path} is a file, not a folder.`, hint: "Choose another name for the site's folder." }),
			cancelled: {
				message: 'Cancelled: nothing was written.',
				hint: 'To create a site without questions, give the answers as options, or --yes for the defaults: memoria init my-memory --yes',
			},
			badLanguage: (code: string) => ({
				message: `"${code}" is not a language code.`,
				hint: 'Write codes such as en, es or pt-BR, separated by commas: --languages en,es',
			}),
			noLanguages: { message: 'The site needs at least one language.', hint: 'For example: --languages en,es' },
			defaultNotListed: (code: string, languages: string[]) => ({
				message: `"${code}" is not one of the site's languages (${languages.join(', ')}).`,
				hint: `Choose one of them: --default-language ${languages[0]}`,
			}),
			emptyName: { message: 'The organisation needs a name.', hint: 'For example: --name "Colectivo Brújula"' },
		},
	},
	es: {
		intro: (folder: string) => `Un sitio nuevo de Memoria en ${folder}. Pulsa Enter para quedarte con la respuesta entre corchetes.`,
		askName: (fallback: string) => `El nombre de tu organización [${fallback}]: `,
		askLanguages: (fallback: string) => `Los idiomas del sitio, separados por comas [${fallback}]: `,
		askDefault: (fallback: string) => `El idioma principal, cuyas páginas no llevan el idioma en la dirección [${fallback}]: `,
		created: (folder: string, count: number) => `✓ Se escribieron ${count} archivos en ${folder}.`,
		kept: (paths: string[]) => `  Se dejaron como estaban (ya existían): ${paths.join(', ')}`,
		next: (cd: string) =>
			`Después:\n${cd ? `  cd ${cd}\n` : ''}  npm install\n  npm run dev        (una vista previa en http://localhost:4321)\n  npx memoria new    (tu primera entrada)`,
		problems: {
			notEmpty: (folder: string) => ({
				message: `${folder} no está vacía.`,
				hint: 'Elige una carpeta nueva o vacía (memoria init mi-memoria), o agrega --force para escribir el sitio junto a lo que ya hay (no se reemplaza ningún archivo).',
			}),
			notAFolder: (path: string) => ({ message: `${path} es un archivo, no una carpeta.`, hint: 'Elige otro nombre para la carpeta del sitio.' }),
			cancelled: {
				message: 'Cancelado: no se escribió nada.',
				hint: 'Para crear un sitio sin preguntas, da las respuestas como opciones, o --yes para las respuestas por omisión: memoria init mi-memoria --yes',
			},
			badLanguage: (code: string) => ({
				message: `"${code}" no es un código de idioma.`,
				hint: 'Escribe códigos como es, en o pt-BR, separados por comas: --languages es,en',
			}),
			noLanguages: { message: 'El sitio necesita al menos un idioma.', hint: 'Por ejemplo: --languages es,en' },
			defaultNotListed: (code: string, languages: string[]) => ({
				message: `"${code}" no es uno de los idiomas del sitio (${languages.join(', ')}).`,
				hint: `Elige uno de ellos: --default-language ${languages[0]}`,
			}),
			emptyName: { message: 'La organización necesita un nombre.', hint: 'Por ejemplo: --name "Colectivo Brújula"' },
		},
	},
} satisfies Record<WriterLanguage, unknown>;

export type InitText = (typeof initText)['en'];
