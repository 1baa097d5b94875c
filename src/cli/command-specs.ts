import type { WriterLanguage } from '../errors/writer-language';
import { kindNames } from './new-entry';

/**
 * What each `memoria` command accepts, and what its help says about it: the one table that the
 * command-line parser (parse-command-line.ts) and the help (help-text.ts) both read, so an option
 * cannot be accepted without being documented, or documented without being accepted.
 */

type Words = Record<WriterLanguage, string>;

export interface OptionSpec {
	/** A flag (`--json`) or an option with a value (`--root <folder>`). */
	type: 'boolean' | 'string';
	/** May be given more than once (`--project a --project b`). */
	multiple?: boolean;
	short?: string;
	/** What the value is, in the help: `--root <folder>`. */
	value?: Words;
	help: Words;
	/** Used by the build between its own steps; not shown in the help. */
	hidden?: boolean;
}

export interface CommandSpec {
	/** One line, in the list of commands. */
	summary: Words;
	/** The usage line after `memoria <name>`, such as `[options]`. */
	usage: Words;
	/** What the command does, a few lines. */
	description?: Words;
	options: Record<string, OptionSpec>;
	/** How many words may follow the command name (a kind, a file, a folder). */
	positionals: { min: number; max: number };
	/** Whatever follows `--` goes to Astro unchanged (dev, build, preview). */
	astroOptions?: boolean;
	examples?: string[];
	/** Not in the list of commands: a step the build runs in a process of its own. */
	hidden?: boolean;
	/** Named in the help, not yet available. */
	reserved?: boolean;
}

const root: OptionSpec = {
	type: 'string',
	value: { en: 'folder', es: 'carpeta' },
	help: {
		en: "the site's folder, which holds memoria.config.ts (default: this folder)",
		es: 'la carpeta del sitio, la que tiene memoria.config.ts (por omisión: esta carpeta)',
	},
};
const port: OptionSpec = {
	type: 'string',
	value: { en: 'number', es: 'número' },
	help: { en: 'the port to serve on (default: 4321)', es: 'el puerto en el que servir (por omisión: 4321)' },
};
const host: OptionSpec = {
	type: 'boolean',
	help: { en: 'also answer other devices of the network, such as a phone', es: 'responder también a otros dispositivos de la red, como un teléfono' },
};
const astroOptions: Words = { en: '[-- <Astro options>]', es: '[-- <opciones de Astro>]' };

export const commandSpecs = {
	dev: {
		summary: { en: 'a live preview of the site while you write', es: 'una vista previa del sitio que se actualiza mientras escribes' },
		usage: { en: `[options] ${astroOptions.en}`, es: `[opciones] ${astroOptions.es}` },
		description: {
			en: 'Serves the site on http://localhost:4321 and reloads a page when its file changes.',
			es: 'Sirve el sitio en http://localhost:4321 y recarga una página cuando cambia su archivo.',
		},
		options: { root, port, host },
		positionals: { min: 0, max: 0 },
		astroOptions: true,
		examples: ['memoria dev', 'memoria dev --port 3000'],
	},
	build: {
		summary: { en: 'check the content and build the site into dist/', es: 'revisar el contenido y construir el sitio en dist/' },
		usage: { en: `[options] ${astroOptions.en}`, es: `[opciones] ${astroOptions.es}` },
		description: {
			en: 'Runs every content check, builds the public site, its search index and offline copy, and looks for internal entries in the output. Only a build that passes every step replaces dist/: a failed one leaves it as it was.',
			es: 'Corre todas las revisiones del contenido, construye el sitio público, su índice de búsqueda y su copia sin conexión, y busca entradas internas en el resultado. Solo una construcción que pasa todos los pasos reemplaza dist/: una que falla lo deja como estaba.',
		},
		options: {
			internal: {
				type: 'boolean',
				help: {
					en: 'build every entry, internal ones included, into dist-internal/ (keep it on an internal host)',
					es: 'construir todas las entradas, también las internas, en dist-internal/ (guárdalo en un servidor interno)',
				},
			},
			out: {
				type: 'string',
				value: { en: 'folder', es: 'carpeta' },
				help: {
					en: "write the site into this folder instead (relative to the site's folder)",
					es: 'escribir el sitio en esta carpeta (relativa a la del sitio)',
				},
			},
			root,
		},
		positionals: { min: 0, max: 0 },
		astroOptions: true,
		examples: ['memoria build', 'memoria build --internal'],
	},
	preview: {
		summary: { en: 'serve the last build', es: 'servir la última construcción' },
		usage: { en: `[options] ${astroOptions.en}`, es: `[opciones] ${astroOptions.es}` },
		options: {
			internal: { type: 'boolean', help: { en: 'serve dist-internal/ instead of dist/', es: 'servir dist-internal/ en lugar de dist/' } },
			out: { type: 'string', value: { en: 'folder', es: 'carpeta' }, help: { en: 'serve this folder instead', es: 'servir esta carpeta' } },
			root,
			port,
			host,
		},
		positionals: { min: 0, max: 0 },
		astroOptions: true,
		examples: ['memoria preview'],
	},
	new: {
		summary: { en: 'create an entry from a template', es: 'crear una entrada a partir de una plantilla' },
		usage: { en: '[<kind>] [options]', es: '[<tipo>] [opciones]' },
		description: {
			en: `Asks what to create, the title, the language and the project, and writes the file in the right folder with every field explained. It never overwrites a file. Kinds: ${kindNames.join(', ')}.`,
			es: `Pregunta qué crear, el título, el idioma y el proyecto, y escribe el archivo en la carpeta correcta con cada campo explicado. Nunca sobrescribe un archivo. Tipos: ${kindNames.join(', ')}.`,
		},
		options: {
			title: {
				type: 'string',
				value: { en: 'text', es: 'texto' },
				help: { en: 'the title (for an organisation, its name)', es: 'el título (para una organización, su nombre)' },
			},
			lang: {
				type: 'string',
				value: { en: 'code', es: 'código' },
				help: {
					en: "the language of the text, such as en or es (default: the site's default language)",
					es: 'el idioma del texto, como en o es (por omisión: el idioma principal del sitio)',
				},
			},
			project: {
				type: 'string',
				multiple: true,
				value: { en: 'id', es: 'id' },
				help: {
					en: 'the project a learning belongs to, or a project a call or post is about (repeat for several)',
					es: 'el proyecto de un aprendizaje, o un proyecto del que trata una llamada o un artículo (repítela para varios)',
				},
			},
			slug: {
				type: 'string',
				value: { en: 'name', es: 'nombre' },
				help: { en: 'the file name, if it should differ from the one made from the title', es: 'el nombre del archivo, si no debe ser el que sale del título' },
			},
			date: {
				type: 'string',
				value: { en: 'YYYY-MM-DD', es: 'AAAA-MM-DD' },
				help: { en: 'the date of the entry (default: today)', es: 'la fecha de la entrada (por omisión: hoy)' },
			},
			root,
		},
		positionals: { min: 0, max: 2 },
		examples: ['memoria new', 'memoria new learning --title "Listen first" --project learning-lenses --lang es'],
	},
	translate: {
		summary: { en: 'start the translation of an entry', es: 'empezar la traducción de una entrada' },
		usage: { en: '<file> --lang <code> [options]', es: '<archivo> --lang <código> [opciones]' },
		description: {
			en: 'Writes the translation at the same path under the language folder: ids, dates and choices copied, every text marked [TRANSLATE]; from an original not in the default language, it also names the original (translatedFrom).',
			es: 'Escribe la traducción en la misma ruta dentro de la carpeta del idioma: copia ids, fechas y opciones, y marca cada texto con [TRANSLATE]; si el original no está en el idioma principal, además lo nombra (translatedFrom).',
		},
		options: {
			lang: {
				type: 'string',
				value: { en: 'code', es: 'código' },
				help: { en: 'the language to translate into, such as es', es: 'el idioma al que traducir, como en' },
			},
			root,
		},
		positionals: { min: 0, max: 1 },
		examples: ['memoria translate content/learnings/listen-first.md --lang es'],
	},
	translations: {
		summary: { en: 'list missing and out-of-date translations', es: 'listar las traducciones que faltan o están desactualizadas' },
		usage: { en: '[options]', es: '[opciones]' },
		options: {
			json: { type: 'boolean', help: { en: 'print the report as JSON, for other programs', es: 'escribir el informe en JSON, para otros programas' } },
			strict: {
				type: 'boolean',
				help: {
					en: 'exit with 1 when a translation is missing or out of date (for CI)',
					es: 'salir con 1 si falta una traducción o está desactualizada (para CI)',
				},
			},
			root,
		},
		positionals: { min: 0, max: 0 },
		examples: ['memoria translations', 'memoria translations --strict'],
	},
	check: {
		summary: { en: 'run every content check without building', es: 'correr todas las revisiones del contenido sin construir' },
		usage: { en: '[options]', es: '[opciones]' },
		description: {
			en: 'Prints one report of every problem, with its file, line and fix. Exits 0 only if the public build would succeed.',
			es: 'Escribe un informe con cada problema, su archivo, su línea y cómo corregirlo. Sale con 0 solo si la construcción pública funcionaría.',
		},
		options: {
			internal: { type: 'boolean', help: { en: 'check as for an internal build', es: 'revisar como para una construcción interna' } },
			root,
			'for-build': { type: 'boolean', hidden: true, help: { en: 'report as the first step of a build', es: 'informar como primer paso de una construcción' } },
			facts: {
				type: 'string',
				hidden: true,
				value: { en: 'file', es: 'archivo' },
				help: { en: 'where to write what a public build must leave out', es: 'dónde escribir lo que una construcción pública debe dejar fuera' },
			},
		},
		positionals: { min: 0, max: 0 },
		examples: ['memoria check'],
	},
	schemas: {
		summary: { en: "write the content schemas for editors' checks (schemas/)", es: 'escribir los esquemas del contenido para los editores (schemas/)' },
		usage: { en: '[options]', es: '[opciones]' },
		description: {
			en: "Writes one JSON Schema file per kind of entry into schemas/, for VS Code's YAML extension to check files as they are typed.",
			es: 'Escribe un archivo JSON Schema por tipo de entrada en schemas/, para que la extensión YAML de VS Code revise los archivos mientras se escriben.',
		},
		options: {
			check: {
				type: 'boolean',
				help: {
					en: 'write nothing; exit with 1 if a file is missing or out of date (for CI)',
					es: 'no escribir nada; salir con 1 si falta un archivo o está desactualizado (para CI)',
				},
			},
			root,
		},
		positionals: { min: 0, max: 0 },
		examples: ['memoria schemas'],
	},
	offline: {
		summary: { en: 'write the offline copy of a built site', es: 'escribir la copia sin conexión de un sitio construido' },
		usage: { en: '[<built folder>] [options]', es: '[<carpeta construida>] [opciones]' },
		description: {
			en: '`memoria build` already writes it: this writes it again into the built folder (default: dist/), as offline/<organisation>-offline.zip.',
			es: '`memoria build` ya la escribe: esto la vuelve a escribir en la carpeta construida (por omisión: dist/), como offline/<organización>-offline.zip.',
		},
		options: { root },
		positionals: { min: 0, max: 1 },
		examples: ['memoria offline'],
	},
	import: {
		summary: {
			en: 'bring pages in from another tool (Starlight, MkDocs, Docusaurus, Jekyll, Hugo, folders of Markdown)',
			es: 'traer páginas de otra herramienta (Starlight, MkDocs, Docusaurus, Jekyll, Hugo, carpetas de Markdown)',
		},
		usage: { en: '<folder> [options]', es: '<carpeta> [opciones]' },
		description: {
			en: "Recognises the tool by its own files, and writes its pages as guides (content/docs/guides/), each translation in its language's folder: titles, descriptions, order, drafts and dates in Memoria's fields, admonitions as Starlight's asides, images copied beside the pages and links readdressed. It never replaces a file without --force, and ends with a report of what it wrote and of what needs a person (shortcodes, includes, fields), with file and line.",
			es: 'Reconoce la herramienta por sus propios archivos y escribe sus páginas como guías (content/docs/guides/), cada traducción en la carpeta de su idioma: títulos, descripciones, orden, borradores y fechas en los campos de Memoria, avisos como recuadros de Starlight (asides), imágenes copiadas junto a las páginas y enlaces con sus nuevas direcciones. Nunca reemplaza un archivo sin --force, y termina con un informe de lo que escribió y de lo que necesita a una persona (shortcodes, inclusiones, campos), con archivo y línea.',
		},
		options: {
			into: {
				type: 'string',
				value: { en: 'folder or collection', es: 'carpeta o colección' },
				help: {
					en: 'where the pages go: a folder of guides (handbook: content/docs/guides/handbook/; docs/handbook: content/docs/handbook/), or posts for the blog (default: content/docs/guides/)',
					es: 'adónde van las páginas: una carpeta de guías (manual: content/docs/guides/manual/; docs/manual: content/docs/manual/), o posts para el blog (por omisión: content/docs/guides/)',
				},
			},
			lang: {
				type: 'string',
				value: { en: 'code', es: 'código' },
				help: {
					en: "the language of the pages that do not say theirs (default: the tool's settings, else the site's default language)",
					es: 'el idioma de las páginas que no dicen el suyo (por omisión: el de la configuración de la herramienta, o el idioma principal del sitio)',
				},
			},
			'dry-run': {
				type: 'boolean',
				help: { en: 'write nothing; print the same report', es: 'no escribir nada; mostrar el mismo informe' },
			},
			force: {
				type: 'boolean',
				help: { en: 'replace files that already exist in the site', es: 'reemplazar los archivos que ya existen en el sitio' },
			},
			root,
		},
		positionals: { min: 1, max: 1 },
		examples: [
			'memoria import ../old-docs --dry-run',
			'memoria import ../old-docs',
			'memoria import ../hugo-blog --into posts',
			'memoria import ../notas --lang es',
		],
	},
	init: {
		summary: { en: "start a new site: your organisation's memory", es: 'empezar un sitio nuevo: la memoria de tu organización' },
		usage: { en: '[<folder>] [options]', es: '[<carpeta>] [opciones]' },
		description: {
			en: "Asks for the organisation's name, the languages and the default language, and writes a site into the folder (default: this one): settings, one example entry of each kind per language, a README and a GitHub Pages workflow. It refuses a folder that is not empty, and writes nothing if a question is left unanswered.",
			es: 'Pregunta el nombre de la organización, los idiomas y el idioma principal, y escribe un sitio en la carpeta (por omisión: esta): la configuración, una entrada de ejemplo de cada tipo por idioma, un README y un flujo de GitHub Pages. No acepta una carpeta que no esté vacía, y no escribe nada si una pregunta queda sin respuesta.',
		},
		options: {
			name: {
				type: 'string',
				value: { en: 'text', es: 'texto' },
				help: { en: "the organisation's name (default: from the folder's name)", es: 'el nombre de la organización (por omisión: el de la carpeta)' },
			},
			languages: {
				type: 'string',
				value: { en: 'codes', es: 'códigos' },
				help: { en: "the site's languages, separated by commas (default: en,es)", es: 'los idiomas del sitio, separados por comas (por omisión: en,es)' },
			},
			'default-language': {
				type: 'string',
				value: { en: 'code', es: 'código' },
				help: { en: 'the default language (default: the first language)', es: 'el idioma principal (por omisión: el primero de los idiomas)' },
			},
			yes: {
				type: 'boolean',
				short: 'y',
				help: {
					en: 'ask nothing: the default for every answer not given (for scripts)',
					es: 'no preguntar nada: la respuesta por omisión para lo que no se dé (para scripts)',
				},
			},
			empty: { type: 'boolean', help: { en: 'write no example entries', es: 'no escribir entradas de ejemplo' } },
			force: {
				type: 'boolean',
				help: {
					en: 'write into a folder that is not empty (a file already there is kept, never replaced)',
					es: 'escribir en una carpeta que no está vacía (un archivo que ya existe se conserva, nunca se reemplaza)',
				},
			},
		},
		positionals: { min: 0, max: 1 },
		examples: [
			'memoria init my-memory',
			'memoria init mi-memoria --name "Colectivo Brújula" --languages es,en --default-language es',
			'memoria init my-memory --yes --empty',
		],
	},
	network: {
		summary: {
			en: "pull: copy the members of this hub's learning network into its mirror",
			es: 'pull: copiar a los miembros de la red de este nodo en su carpeta de copias',
		},
		usage: { en: 'pull [options]', es: 'pull [opciones]' },
		description: {
			en: "Fetches the manifest, the exports and the search bundle of each member of network.members in memoria.config.ts (its site's url, or a folder or offline .zip on this computer), verifies every file (sha256, size, format) and keeps the copies in the mirror folder (network/). A member that does not answer, or whose data is refused, keeps its last good copy; a member that withdrew its consent, or is no longer listed, is removed. Exits with 1 when a member failed.",
			es: 'Descarga el manifiesto, las exportaciones y el paquete de búsqueda de cada miembro de network.members en memoria.config.ts (la url de su sitio, o una carpeta o un .zip sin conexión en esta computadora), verifica cada archivo (sha256, tamaño, formato) y guarda las copias en la carpeta de copias (network/). Un miembro que no responde, o cuyos datos se rechazan, conserva su última copia buena; uno que retiró su consentimiento, o que ya no está en la lista, se quita. Sale con 1 cuando falla un miembro.',
		},
		options: {
			member: {
				type: 'string',
				value: { en: 'id', es: 'id' },
				help: { en: 'pull only this member (and remove no other copy)', es: 'descargar solo a este miembro (y no quitar ninguna otra copia)' },
			},
			root,
		},
		positionals: { min: 1, max: 1 },
		examples: ['memoria network pull', 'memoria network pull --member hiperderecho'],
	},
	help: {
		summary: { en: 'show the help of a command', es: 'mostrar la ayuda de un comando' },
		usage: { en: '[<command>]', es: '[<comando>]' },
		options: {},
		positionals: { min: 0, max: 1 },
		examples: ['memoria help build'],
	},
	'search-index': {
		summary: { en: 'write the search index of a built site', es: 'escribir el índice de búsqueda de un sitio construido' },
		usage: { en: '<built folder> [options]', es: '<carpeta construida> [opciones]' },
		options: { root },
		positionals: { min: 1, max: 1 },
		hidden: true,
	},
	'leak-gate': {
		summary: { en: 'look for internal entries in a built site', es: 'buscar entradas internas en un sitio construido' },
		usage: { en: '<built folder> <facts file>', es: '<carpeta construida> <archivo de datos>' },
		options: {},
		positionals: { min: 2, max: 2 },
		hidden: true,
	},
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;
export const commandNames = Object.keys(commandSpecs) as CommandName[];

/** Options every command accepts. */
export const commonOptions: Record<string, OptionSpec> = {
	help: { type: 'boolean', short: 'h', help: { en: 'show this help', es: 'mostrar esta ayuda' } },
};

/** Options of `memoria` itself, without a command. */
export const globalOptions: Record<string, OptionSpec> = {
	...commonOptions,
	version: { type: 'boolean', short: 'v', help: { en: "show Memoria's version", es: 'mostrar la versión de Memoria' } },
};

/** Words a Spanish-speaking writer may type for a command: only ever suggested, never run. */
export const spanishCommandWords: Record<string, CommandName> = {
	desarrollo: 'dev',
	construir: 'build',
	compilar: 'build',
	previsualizar: 'preview',
	vista: 'preview',
	nuevo: 'new',
	nueva: 'new',
	crear: 'new',
	traducir: 'translate',
	traducciones: 'translations',
	revisar: 'check',
	comprobar: 'check',
	verificar: 'check',
	esquemas: 'schemas',
	'sin-conexion': 'offline',
	iniciar: 'init',
	importar: 'import',
	traer: 'import',
	ayuda: 'help',
	red: 'network',
};
