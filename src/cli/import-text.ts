import type { WriterLanguage } from '../errors/writer-language';
import type { Construct } from '../import/convert/unconvertible';
import type { DropReason } from '../import/map-frontmatter';
import type { SkippedFile, ToolId } from '../import/source-site';

/** What `memoria import` says, in the writer's language: its report, and its refusals (message and hint). */

type Problem = { message: string; hint: string };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The places each tool is recognised by, for the refusal of a folder that is none of them. */
const lookedFor = {
	en: [
		'docusaurus.config.js (Docusaurus)',
		'mkdocs.yml (MkDocs)',
		'hugo.toml, or config.toml beside content/ (Hugo)',
		'_config.yml (Jekyll)',
		'src/content/docs/ with astro.config.mjs (Starlight)',
		'Markdown files (.md), for a folder of pages kept by hand',
	],
	es: [
		'docusaurus.config.js (Docusaurus)',
		'mkdocs.yml (MkDocs)',
		'hugo.toml, o config.toml junto a content/ (Hugo)',
		'_config.yml (Jekyll)',
		'src/content/docs/ con astro.config.mjs (Starlight)',
		'archivos Markdown (.md), para una carpeta de páginas hechas a mano',
	],
};

const en = {
	tool: {
		docusaurus: 'Docusaurus',
		mkdocs: 'MkDocs',
		hugo: 'Hugo',
		jekyll: 'Jekyll',
		starlight: 'Starlight',
		plain: 'a folder of Markdown files',
	} satisfies Record<ToolId, string>,
	title: (tool: string, evidence: string, source: string, into: string) => `Memoria · import from ${tool} (${evidence} in ${source}) into ${into}/`,
	dryRun: 'Dry run: nothing was written. Without --dry-run, the import writes what follows.',
	wrote: (count: number) => `Wrote ${plural(count, 'file', 'files')}:`,
	wouldWrite: (count: number) => `Would write ${plural(count, 'file', 'files')}:`,
	unchanged: (count: number) => `${plural(count, 'file was', 'files were')} already there with the same content: left as they are.`,
	replaced: (count: number) => `${plural(count, 'file', 'files')} already there replaced (--force).`,
	existing: 'Already in the site, with other content (never replaced without --force):',
	languages: (parts: string[]) => `Pages: ${parts.join(', ')}.`,
	inLanguage: (count: number, language: string, code: string) => `${count} in ${language} (${code})`,
	translated: (count: number) => `${plural(count, 'page has', 'pages have')} a translation`,
	nothing: 'No page to import.',
	notesTitle: (count: number) => `To look at (${count}):`,
	relax:
		'Until they are fixed, the site can still build: make these checks warnings for the imported pages only, in memoria.config.ts (memoria check lists every warning in .memoria/check-report.md, to track what is left):',
	fieldsTitle: 'Frontmatter fields:',
	kept: (fields: string) =>
		`  kept: ${fields}. Memoria does not use them: \`memoria check\` lists each name once as a warning; list them in guideFields.allow in memoria.config.ts to keep them quietly, or remove them.`,
	dropped: (reason: DropReason, fields: string, tool: string) =>
		({
			'tool-only': `  dropped: ${fields}: only ${tool} gives them a meaning.`,
			address: `  dropped: ${fields}: they set a page's address in ${tool}. Pages take their addresses from their file names now; redirect the old addresses at your host if other sites link to them.`,
			'raw-html': `  dropped: ${fields}: it adds elements to the page, scripts among them, which Memoria does not allow (allowRawHtml in memoria.config.ts).`,
			'near-miss': `  dropped: ${fields}: so close to a field of Starlight's that the checks would stop the build.`,
			invalid: `  dropped: ${fields}: Starlight knows these fields with another kind of value.`,
			'not-in-posts': `  dropped: ${fields}: a blog post has no such field.`,
		})[reason],
	fieldCount: (field: string, pages: number) => `${field} (${plural(pages, 'page', 'pages')})`,
	construct: {
		'hugo-shortcode': 'a Hugo shortcode',
		'template-tag': 'a template tag (Liquid or Jinja)',
		'template-value': 'a template value (Liquid or Jinja)',
		snippet: 'an MkDocs snippet, which pulls in another file',
		'content-tabs': 'MkDocs content tabs',
		'attribute-list': 'an attribute list',
		icon: 'an icon of Material for MkDocs',
		'mdx-import': 'an MDX import or export',
		'mdx-component': 'an MDX component',
		'mdx-expression': 'an MDX expression or comment',
	} satisfies Record<Construct, string>,
	skipped: {
		partial: 'a partial (its name starts with "_"): other pages include it, it is no page of its own',
		'not-utf8': 'not saved as UTF-8: open it, save it as UTF-8 and import again',
		'invalid-front-matter': 'its front matter cannot be read',
		'outside-source': 'it is a link to a file outside the folder being imported',
	} satisfies Record<SkippedFile['reason'], string>,
	note: {
		unconvertible: (construct: string, text: string) =>
			`${construct} Memoria cannot show: ${text}. Write it in Markdown, or remove it: the page shows it as text.`,
		imageWithoutAlt: (image: string) =>
			`the image ${image} has no description. Write what it shows between the brackets: ![what it shows](…). The build stops until then.`,
		htmlImage: (image: string) =>
			`the image ${image} is written in HTML, so it was not copied. Write it in Markdown, ![what it shows](path), and Memoria copies and optimises it.`,
		missingTarget: (target: string) => `"${target}" leads to nothing found in the source folder: the checks will report it as a broken link. Fix or remove it.`,
		targetNotImported: (target: string) =>
			`"${target}" leads to a page that was not imported (see above): the checks will report it as a broken link. Fix or remove it.`,
		headingsDemoted: "the page had more than one level-1 heading (#): every heading went one level down, so the title is the page's only one.",
		skipped: (reason: string, detail?: string) => `not imported: ${reason}${detail ? ` (${detail})` : ''}.`,
		languageNotInSite: (language: string, count: number, files: string) =>
			`${plural(count, 'page', 'pages')} in "${language}" not imported (${files}): the site has no such language. Add it to languages in memoria.config.ts and import again.`,
		samePlace: (other: string, target: string) => `not imported: ${other} goes to the same place, ${target}.`,
		noDate: 'not imported: a blog post needs a date, and this page has none. Add date: YYYY-MM-DD to it, or import it as a guide.',
		draftInternal: 'a draft: imported with visibility: internal, so it stays out of the public build.',
		draftLikeOriginal: 'a draft, like its original: the site publishes no translation of a page it does not publish.',
		withoutOriginal: (original: string, command: string) =>
			`no version in the site's default language (${original}): its readers get this page, marked as not translated yet. \`${command}\` starts the translation from this page.`,
	},
	next: 'Next: memoria check, then memoria dev to read the pages.',
	problems: {
		missingFolder: (folder: string): Problem => ({
			message: `There is no folder ${folder}.`,
			hint: 'Give the folder of the pages to import: memoria import ../old-docs',
		}),
		notAFolder: (path: string): Problem => ({
			message: `${path} is a file, not a folder.`,
			hint: "Give the folder that holds the pages (and the tool's settings, such as mkdocs.yml).",
		}),
		insideSite: (folder: string): Problem => ({
			message: `${folder} is part of this site already.`,
			hint: 'Give a folder outside the site: the pages of another tool, or a folder of Markdown files.',
		}),
		notRecognised: (folder: string, language: WriterLanguage): Problem => ({
			message: `memoria import does not recognise ${folder}: it found none of what it looks for.`,
			hint: `It looks for:\n- ${lookedFor[language].join('\n- ')}\nGive the folder of the whole site (where mkdocs.yml or docusaurus.config.js is), not a folder inside it.`,
		}),
		otherTool: (name: string, marker: string): Problem => ({
			message: `This folder is a ${name} site (${marker}), which memoria import does not read.`,
			hint: 'It reads Starlight, MkDocs, Docusaurus, Jekyll and Hugo. Copy the Markdown pages into a folder of their own (translations in en/ and es/, or as page.es.md) and import that folder.',
		}),
		collection: (collection: string): Problem => ({
			message: `Pages cannot be imported into ${collection}.`,
			hint: `Its entries need fields no other tool's page has. Import as guides (the default) or --into posts, then write ${collection} with memoria new.`,
		}),
		folder: (folder: string): Problem => ({
			message: `"${folder}" is not a folder pages can be imported into.`,
			hint: 'Give a folder of guides, like --into handbook (content/docs/guides/handbook/) or --into docs/handbook, or --into posts for the blog.',
		}),
		language: (code: string, languages: readonly string[]): Problem => ({
			message: `"${code}" is not one of the site's languages (${languages.join(', ')}).`,
			hint: `Give one of them with --lang, or add "${code}" to languages in memoria.config.ts.`,
		}),
		existing: (count: number): Problem => ({
			message: `${count === 1 ? '1 file the import would write already exists' : `${count} files the import would write already exist`} in the site, with other content: nothing was written.`,
			hint: 'Run it again with --force to replace them, or with --into to import into another folder.',
		}),
	},
};

export type ImportText = typeof en;

const es: ImportText = {
	tool: {
		docusaurus: 'Docusaurus',
		mkdocs: 'MkDocs',
		hugo: 'Hugo',
		jekyll: 'Jekyll',
		starlight: 'Starlight',
		plain: 'una carpeta de archivos Markdown',
	},
	title: (tool, evidence, source, into) => `Memoria · importar desde ${tool} (${evidence} en ${source}) a ${into}/`,
	dryRun: 'Prueba: no se escribió nada. Sin --dry-run, la importación escribe lo que sigue.',
	wrote: (count) => (count === 1 ? 'Se escribió 1 archivo:' : `Se escribieron ${count} archivos:`),
	wouldWrite: (count) => (count === 1 ? 'Se escribiría 1 archivo:' : `Se escribirían ${count} archivos:`),
	unchanged: (count) =>
		count === 1
			? '1 archivo ya estaba con el mismo contenido: se dejó como estaba.'
			: `${count} archivos ya estaban con el mismo contenido: se dejaron como estaban.`,
	replaced: (count) => (count === 1 ? 'Se reemplazó 1 archivo que ya existía (--force).' : `Se reemplazaron ${count} archivos que ya existían (--force).`),
	existing: 'Ya están en el sitio, con otro contenido (nunca se reemplazan sin --force):',
	languages: (parts) => `Páginas: ${parts.join(', ')}.`,
	inLanguage: (count, language, code) => `${count} en ${language} (${code})`,
	translated: (count) => (count === 1 ? '1 página tiene traducción' : `${count} páginas tienen traducción`),
	nothing: 'No hay ninguna página para importar.',
	notesTitle: (count) => `Para revisar (${count}):`,
	relax:
		'Mientras se corrigen, el sitio puede construirse igual: convierte estas revisiones en avisos solo para las páginas importadas, en memoria.config.ts (memoria check lista cada aviso en .memoria/check-report.md, para seguir lo que falta):',
	fieldsTitle: 'Campos del frontmatter:',
	kept: (fields) =>
		`  se conservaron: ${fields}. Memoria no los usa: \`memoria check\` avisa una vez por cada nombre; agrégalos a guideFields.allow en memoria.config.ts para conservarlos sin avisos, o quítalos.`,
	dropped: (reason, fields, tool) =>
		({
			'tool-only': `  se quitaron: ${fields}: solo tienen sentido en ${tool}.`,
			address: `  se quitaron: ${fields}: fijaban la dirección de una página en ${tool}. Ahora cada página toma su dirección del nombre de su archivo; redirige las direcciones viejas en tu servidor si otros sitios las enlazan.`,
			'raw-html': `  se quitaron: ${fields}: agrega elementos a la página, scripts entre ellos, y Memoria no lo permite (allowRawHtml en memoria.config.ts).`,
			'near-miss': `  se quitaron: ${fields}: se parecen tanto a un campo de Starlight que las revisiones detendrían la construcción.`,
			invalid: `  se quitaron: ${fields}: Starlight usa estos campos con otro tipo de valor.`,
			'not-in-posts': `  se quitaron: ${fields}: un artículo del blog no tiene ese campo.`,
		})[reason],
	fieldCount: (field, pages) => `${field} (${pages === 1 ? '1 página' : `${pages} páginas`})`,
	construct: {
		'hugo-shortcode': 'un shortcode de Hugo',
		'template-tag': 'una etiqueta de plantilla (Liquid o Jinja)',
		'template-value': 'un valor de plantilla (Liquid o Jinja)',
		snippet: 'un fragmento de MkDocs, que trae otro archivo',
		'content-tabs': 'pestañas de contenido de MkDocs',
		'attribute-list': 'una lista de atributos',
		icon: 'un ícono de Material for MkDocs',
		'mdx-import': 'un import o export de MDX',
		'mdx-component': 'un componente de MDX',
		'mdx-expression': 'una expresión o un comentario de MDX',
	},
	skipped: {
		partial: 'es un fragmento (su nombre empieza con "_"): otras páginas lo incluyen, no es una página propia',
		'not-utf8': 'no está guardado como UTF-8: ábrelo, guárdalo como UTF-8 y vuelve a importar',
		'invalid-front-matter': 'no se puede leer su frontmatter',
		'outside-source': 'es un enlace a un archivo fuera de la carpeta que se importa',
	},
	note: {
		unconvertible: (construct, text) => `${construct} que Memoria no puede mostrar: ${text}. Escríbelo en Markdown o quítalo: la página lo muestra como texto.`,
		imageWithoutAlt: (image) =>
			`la imagen ${image} no tiene descripción. Escribe lo que muestra entre los corchetes: ![lo que muestra](…). La construcción se detiene hasta entonces.`,
		htmlImage: (image) =>
			`la imagen ${image} está escrita en HTML, así que no se copió. Escríbela en Markdown, ![lo que muestra](ruta), y Memoria la copia y la optimiza.`,
		missingTarget: (target) =>
			`"${target}" no lleva a nada que esté en la carpeta de origen: las revisiones lo señalarán como enlace roto. Corrígelo o quítalo.`,
		targetNotImported: (target) =>
			`"${target}" lleva a una página que no se importó (mira arriba): las revisiones lo señalarán como enlace roto. Corrígelo o quítalo.`,
		headingsDemoted: 'la página tenía más de un título de nivel 1 (#): todos los títulos bajaron un nivel, para que el título de la página sea el único.',
		skipped: (reason, detail) => `no se importó: ${reason}${detail ? ` (${detail})` : ''}.`,
		languageNotInSite: (language, count, files) =>
			`${count === 1 ? '1 página' : `${count} páginas`} en "${language}" no se importaron (${files}): el sitio no tiene ese idioma. Agrégalo a languages en memoria.config.ts y vuelve a importar.`,
		samePlace: (other, target) => `no se importó: ${other} va al mismo lugar, ${target}.`,
		noDate: 'no se importó: un artículo del blog necesita una fecha, y esta página no la tiene. Agrégale date: AAAA-MM-DD, o impórtala como guía.',
		draftInternal: 'es un borrador: se importó con visibility: internal, así que queda fuera de la construcción pública.',
		draftLikeOriginal: 'es un borrador, como su original: el sitio no publica la traducción de una página que no publica.',
		withoutOriginal: (original, command) =>
			`no tiene versión en el idioma principal del sitio (${original}): quien lee en ese idioma verá esta página, marcada como aún sin traducir. \`${command}\` empieza la traducción a partir de esta página.`,
	},
	next: 'Después: memoria check, y luego memoria dev para leer las páginas.',
	problems: {
		missingFolder: (folder) => ({
			message: `No existe la carpeta ${folder}.`,
			hint: 'Indica la carpeta de las páginas que quieres importar: memoria import ../documentos-viejos',
		}),
		notAFolder: (path) => ({
			message: `${path} es un archivo, no una carpeta.`,
			hint: 'Indica la carpeta que tiene las páginas (y la configuración de la herramienta, como mkdocs.yml).',
		}),
		insideSite: (folder) => ({
			message: `${folder} ya es parte de este sitio.`,
			hint: 'Indica una carpeta fuera del sitio: las páginas de otra herramienta, o una carpeta de archivos Markdown.',
		}),
		notRecognised: (folder, language) => ({
			message: `memoria import no reconoce ${folder}: no encontró nada de lo que busca.`,
			hint: `Busca:\n- ${lookedFor[language].join('\n- ')}\nIndica la carpeta del sitio completo (donde está mkdocs.yml o docusaurus.config.js), no una carpeta dentro de él.`,
		}),
		otherTool: (name, marker) => ({
			message: `Esta carpeta es un sitio de ${name} (${marker}), y memoria import no lo lee.`,
			hint: 'Lee Starlight, MkDocs, Docusaurus, Jekyll y Hugo. Copia las páginas Markdown a una carpeta aparte (con las traducciones en en/ y es/, o como pagina.es.md) e importa esa carpeta.',
		}),
		collection: (collection) => ({
			message: `No se pueden importar páginas a ${collection}.`,
			hint: `Sus entradas necesitan campos que ninguna página de otra herramienta tiene. Impórtalas como guías (la opción por omisión) o con --into posts, y luego escribe ${collection} con memoria new.`,
		}),
		folder: (folder) => ({
			message: `"${folder}" no es una carpeta a la que se puedan importar páginas.`,
			hint: 'Indica una carpeta de guías, como --into manual (content/docs/guides/manual/) o --into docs/manual, o --into posts para el blog.',
		}),
		language: (code, languages) => ({
			message: `"${code}" no es uno de los idiomas del sitio (${languages.join(', ')}).`,
			hint: `Indica uno de ellos con --lang, o agrega "${code}" a languages en memoria.config.ts.`,
		}),
		existing: (count) => ({
			message:
				count === 1
					? '1 archivo que la importación escribiría ya existe en el sitio, con otro contenido: no se escribió nada.'
					: `${count} archivos que la importación escribiría ya existen en el sitio, con otro contenido: no se escribió nada.`,
			hint: 'Vuelve a ejecutarla con --force para reemplazarlos, o con --into para importar a otra carpeta.',
		}),
	},
};

export const importText: Record<WriterLanguage, ImportText> = { en, es };
