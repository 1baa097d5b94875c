import type { WriterLanguage } from '../errors/writer-language';

/**
 * What the authoring commands print, in English and Spanish: `memoria new` (newText) and
 * `memoria schemas` (schemasText). Each problem is a message (what is wrong, and where) and a
 * hint (what to do), printed once, without a stack trace.
 */

import { registryEntries, type KindName } from '../model/registry';

export type { KindName };

/** The folders of content/ that hold entries, from the registry. */
const collectionFolders = registryEntries().map(([, spec]) => spec.folder);

const list = (items: string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

export const newText = {
	en: {
		kindLabel: {
			project: 'Project',
			learning: 'Learning (a lesson learned)',
			outcome: 'Outcome (a change someone outside the team made)',
			call: 'Community call notes',
			post: 'Blog post',
			guide: 'Guide',
			organisation: 'Organisation',
			assessment: 'Self-assessment (a questionnaire readers fill in)',
		} satisfies Record<KindName, string>,
		askKind: 'What do you want to create?',
		askNumber: 'Type a number: ',
		askTitle: 'Title: ',
		askName: 'Name of the organisation: ',
		askLanguage: (choices: string, fallback: string) => `Language (${choices}) [${fallback}]: `,
		askProject: 'Which project does this learning come from?',
		askProjects: (kind: KindName) =>
			`Which projects ${kind === 'call' ? 'were discussed in the call' : kind === 'outcome' ? 'contributed to this change' : 'is this post about'}? (numbers or ids separated by commas; Enter for none)`,
		askProjectNumber: 'Type a number or an id: ',
		askProjectNumbers: 'Numbers or ids: ',
		askSlug: (suggested: string) => `File name, which is also the entry’s id [${suggested}]: `,
		askSlugAgain: 'Type another file name: ',
		notAChoice: (answer: string, count: number) => `"${answer}" is not one of the choices. Type a number from 1 to ${count}.`,
		emptyTitle: 'The title cannot be empty. Type a few words.',
		created: (path: string) => `Created ${path}`,
		nextSteps: (address: string) =>
			[
				'Next:',
				'  1. Open the file. Lines starting with # explain each field; text in [brackets] is waiting for yours.',
				`  2. Run "npx memoria dev" and open http://localhost:4321${address} to see the page.`,
				'  3. Commit the file and open a pull request (the writers’ guide shows how).',
			].join('\n'),
		originalElsewhere: (language: string, defaultLanguage: string, command: string) =>
			`Note: this entry’s original is in ${language}. Until it is translated, readers of the site in other languages see it in ${language}, marked as not translated yet. To translate it into ${defaultLanguage}:\n  ${command}`,
		translatedFromNote: (code: string) =>
			`This file translates the entry’s original, its "${code}" file: keep this line, it tells the site which file is the original.`,
		translated: (path: string, source: string, language: string) => `Created ${path}, the ${language} version of ${source}.`,
		translateNext: 'Next: translate every text marked [TRANSLATE] and the text below the frontmatter, then delete the marks and the comment.',
		translationHeader: (source: string, language: string) => [
			`Translation of ${source} into ${language}. The same path, under a language's folder or not, is what links the two files.`,
			'Translate every text that starts with [TRANSLATE], then delete the mark. Ids, dates and choices stay as they are.',
		],
		translateBody: (language: string) => `[TRANSLATE] Translate the text below into ${language}, then delete this comment.`,
		problems: {
			unknownKind: (kind: string, suggestion: string | undefined) => ({
				message: `"${kind}" is not something this command can create.`,
				hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Choose one of: project, learning, call, post, guide, organisation (or "translate" to translate an entry).`,
			}),
			tooManyArguments: (extra: string) => ({
				message: `Unexpected "${extra}" on the command line.`,
				hint: 'Put the title in quotes after --title, like --title "Listen first".',
			}),
			noConfig: (root: string) => ({
				message: `There is no memoria.config.ts in ${root}.`,
				hint: 'Run the command in the folder of your Memoria project, or give that folder with --root.',
			}),
			unknownLanguage: (language: string, languages: string[]) => ({
				message: `The site is not published in "${language}".`,
				hint: `Use one of its languages: ${list(languages, 'or')} (set in memoria.config.ts, "languages").`,
			}),
			emptyTitle: { message: 'The title is empty.', hint: 'Give a title with a few words, like --title "Listen first".' },
			noSlug: (title: string) => ({
				message: `A file name cannot be made from the title "${title}": it has no letters or digits in the Latin alphabet.`,
				hint: 'Give the file name with --slug, in lower-case words joined by hyphens, like --slug listen-first.',
			}),
			badSlug: (slug: string) => ({
				message: `"${slug}" cannot be a file name here.`,
				hint: 'Use lower-case letters, digits and hyphens only, like listen-first.',
			}),
			badDate: (date: string) => ({ message: `"${date}" is not a date.`, hint: 'Write it as YYYY-MM-DD, for example --date 2024-03-15.' }),
			noProjects: {
				message: 'A learning belongs to a project, and content/projects/ has none yet.',
				hint: 'Create the project first with "npx memoria new project", then the learning.',
			},
			oneProject: (ids: string[]) => ({
				message: `A learning comes from one project, and ${ids.join(', ')} are ${ids.length}.`,
				hint: 'Give one --project; mention the others in the text.',
			}),
			unknownProject: (id: string, suggestion: string | undefined) => ({
				message: `There is no project "${id}" in content/projects/.`,
				hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use the file name of a project, without ".md".`,
			}),
			projectsNotUsed: (kind: KindName) => ({
				message: `${{ organisation: 'An organisation', assessment: 'A self-assessment' }[kind as string] ?? `A ${kind}`} does not name projects, so --project cannot be used with it.`,
				hint: 'Leave --project out, or create a learning, a call or a post.',
			}),
			exists: (path: string) => ({
				message: `${path} already exists; it was left as it is.`,
				hint: 'Choose another title or file name (--slug), or open that file to edit it.',
			}),
			existsInOtherLanguage: (path: string, language: string, command: string) => ({
				message: `The id is already used by ${path} (${language}); a new file with the same name would become its translation.`,
				hint: `Choose another title or file name (--slug). To translate that entry instead, run:\n  ${command}`,
			}),
			noAnswer: (question: string, flag: string) => ({
				message: `The question "${question.trim()}" got no answer: the input ended.`,
				hint: `In a script, give the answer on the command line with ${flag}.`,
			}),
			translatePath: { message: 'Say which file to translate.', hint: 'For example: npx memoria translate content/learnings/listen-first.md --lang es' },
			translateLanguage: { message: 'Say which language to translate into.', hint: 'Add --lang and a language code, like --lang es.' },
			notFound: (path: string) => ({
				message: `${path} does not exist.`,
				hint: 'Check the path: it starts with content/, like content/learnings/listen-first.md.',
			}),
			notAnEntry: (path: string) => ({
				message: `${path} is not an entry Memoria can translate.`,
				hint: `Give a file inside content/${list(collectionFolders, 'or')}.`,
			}),
			sameLanguage: (path: string, language: string) => ({
				message: `${path} is already in ${language}.`,
				hint: 'Give --lang the language you want the new version in.',
			}),
			translationExists: (path: string) => ({
				message: `The translation ${path} already exists; it was left as it is.`,
				hint: 'Open it to update it. "npx memoria translations" shows which translations are missing or out of date.',
			}),
			unreadable: (path: string, problem: string) => ({
				message: `${path} could not be read: ${problem}`,
				hint: 'Fix the frontmatter between the two --- lines (npx memoria check names the line), then translate it.',
			}),
			unexpected: (problem: string) => ({
				message: `Something went wrong: ${problem}`,
				hint: 'This is probably a bug in Memoria. Please report it with the command you ran.',
			}),
		},
	},
	es: {
		kindLabel: {
			project: 'Proyecto',
			learning: 'Aprendizaje (una lección aprendida)',
			outcome: 'Alcance (un cambio que hizo alguien fuera del equipo)',
			call: 'Notas de una llamada comunitaria',
			post: 'Entrada de blog',
			guide: 'Guía',
			organisation: 'Organización',
			assessment: 'Autoevaluación (un cuestionario para responder en el sitio)',
		} satisfies Record<KindName, string>,
		askKind: '¿Qué quieres crear?',
		askNumber: 'Escribe un número: ',
		askTitle: 'Título: ',
		askName: 'Nombre de la organización: ',
		askLanguage: (choices: string, fallback: string) => `Idioma (${choices}) [${fallback}]: `,
		askProject: '¿De qué proyecto sale este aprendizaje?',
		askProjects: (kind: KindName) =>
			`¿${kind === 'call' ? 'De qué proyectos se habló en la llamada' : kind === 'outcome' ? 'Qué proyectos contribuyeron a este cambio' : 'De qué proyectos trata esta entrada'}? (números o ids separados por comas; Enter si ninguno)`,
		askProjectNumber: 'Escribe un número o un id: ',
		askProjectNumbers: 'Números o ids: ',
		askSlug: (suggested: string) => `Nombre del archivo, que también es el id de la entrada [${suggested}]: `,
		askSlugAgain: 'Escribe otro nombre de archivo: ',
		notAChoice: (answer: string, count: number) => `"${answer}" no es una de las opciones. Escribe un número del 1 al ${count}.`,
		emptyTitle: 'El título no puede quedar vacío. Escribe algunas palabras.',
		created: (path: string) => `Se creó ${path}`,
		nextSteps: (address: string) =>
			[
				'Qué sigue:',
				'  1. Abre el archivo. Las líneas que empiezan con # explican cada campo; el texto entre [corchetes] espera el tuyo.',
				`  2. Ejecuta "npx memoria dev" y abre http://localhost:4321${address} para ver la página.`,
				'  3. Haz un commit con el archivo y abre una solicitud de cambios (pull request); la guía de redacción explica cómo.',
			].join('\n'),
		originalElsewhere: (language: string, defaultLanguage: string, command: string) =>
			`Aviso: el original de esta entrada está en ${language}. Hasta que se traduzca, quienes lean el sitio en otros idiomas la verán en ${language}, marcada como aún sin traducir. Para traducirla al ${defaultLanguage}:\n  ${command}`,
		translatedFromNote: (code: string) =>
			`Este archivo traduce el original de la entrada, su archivo "${code}": no borres esta línea, le dice al sitio cuál es el original.`,
		translated: (path: string, source: string, language: string) => `Se creó ${path}, la versión en ${language} de ${source}.`,
		translateNext:
			'Qué sigue: traduce cada texto marcado con [TRANSLATE] y el texto que está debajo de los metadatos; después borra las marcas y el comentario.',
		translationHeader: (source: string, language: string) => [
			`Traducción de ${source} al ${language}. Lo que une los dos archivos es la misma ruta, dentro o fuera de la carpeta de un idioma.`,
			'Traduce cada texto que empieza con [TRANSLATE] y luego borra la marca. Los ids, las fechas y las opciones se quedan como están.',
		],
		translateBody: (language: string) => `[TRANSLATE] Traduce al ${language} el texto de abajo y luego borra este comentario.`,
		problems: {
			unknownKind: (kind: string, suggestion: string | undefined) => ({
				message: `Este comando no sabe crear "${kind}".`,
				hint: `${suggestion ? `¿Quisiste poner "${suggestion}"? ` : ''}Elige una de estas opciones: project, learning, call, post, guide, organisation (o "translate" para traducir una entrada).`,
			}),
			tooManyArguments: (extra: string) => ({
				message: `Sobra "${extra}" en la línea de comandos.`,
				hint: 'Pon el título entre comillas después de --title, así: --title "Escuchar primero".',
			}),
			noConfig: (root: string) => ({
				message: `No hay un memoria.config.ts en ${root}.`,
				hint: 'Ejecuta el comando en la carpeta de tu proyecto Memoria o indica esa carpeta con --root.',
			}),
			unknownLanguage: (language: string, languages: string[]) => ({
				message: `El sitio no se publica en "${language}".`,
				hint: `Usa uno de sus idiomas: ${list(languages, 'o')} (definidos en memoria.config.ts, "languages").`,
			}),
			emptyTitle: { message: 'El título está vacío.', hint: 'Escribe un título de algunas palabras, así: --title "Escuchar primero".' },
			noSlug: (title: string) => ({
				message: `No se puede sacar un nombre de archivo del título "${title}": no tiene letras ni números del alfabeto latino.`,
				hint: 'Indica el nombre del archivo con --slug, en minúsculas y con guiones entre palabras, así: --slug escuchar-primero.',
			}),
			badSlug: (slug: string) => ({
				message: `"${slug}" no sirve como nombre de archivo.`,
				hint: 'Usa solo minúsculas, números y guiones, así: escuchar-primero.',
			}),
			badDate: (date: string) => ({ message: `"${date}" no es una fecha.`, hint: 'Escríbela como AAAA-MM-DD, por ejemplo --date 2024-03-15.' }),
			noProjects: {
				message: 'Un aprendizaje sale de un proyecto, y content/projects/ todavía no tiene ninguno.',
				hint: 'Crea primero el proyecto con "npx memoria new project" y después el aprendizaje.',
			},
			oneProject: (ids: string[]) => ({
				message: `Un aprendizaje sale de un solo proyecto, y ${ids.join(', ')} son ${ids.length}.`,
				hint: 'Indica un solo --project; menciona los demás en el texto.',
			}),
			unknownProject: (id: string, suggestion: string | undefined) => ({
				message: `No hay ningún proyecto "${id}" en content/projects/.`,
				hint: `${suggestion ? `¿Quisiste poner "${suggestion}"? ` : ''}Usa el nombre del archivo de un proyecto, sin ".md".`,
			}),
			projectsNotUsed: (kind: KindName) => ({
				message: `${{ project: 'Un proyecto', learning: 'Un aprendizaje', outcome: 'Un alcance', call: 'Una llamada', post: 'Una entrada', guide: 'Una guía', organisation: 'Una organización', assessment: 'Una autoevaluación' }[kind]} no menciona proyectos, así que no admite --project.`,
				hint: 'Quita --project, o crea un aprendizaje, una llamada o una entrada de blog.',
			}),
			exists: (path: string) => ({
				message: `${path} ya existe; no se modificó.`,
				hint: 'Elige otro título u otro nombre de archivo (--slug), o abre ese archivo para editarlo.',
			}),
			existsInOtherLanguage: (path: string, language: string, command: string) => ({
				message: `Ese id ya lo usa ${path} (${language}); un archivo nuevo con el mismo nombre pasaría a ser su traducción.`,
				hint: `Elige otro título u otro nombre de archivo (--slug). Si lo que quieres es traducir esa entrada, ejecuta:\n  ${command}`,
			}),
			noAnswer: (question: string, flag: string) => ({
				message: `La pregunta "${question.trim()}" se quedó sin respuesta: la entrada terminó.`,
				hint: `En un script, da la respuesta en la línea de comandos con ${flag}.`,
			}),
			translatePath: {
				message: 'Indica qué archivo quieres traducir.',
				hint: 'Por ejemplo: npx memoria translate content/learnings/listen-first.md --lang es',
			},
			translateLanguage: { message: 'Indica a qué idioma quieres traducir.', hint: 'Agrega --lang y el código del idioma, así: --lang es.' },
			notFound: (path: string) => ({ message: `${path} no existe.`, hint: 'Revisa la ruta: empieza con content/, como content/learnings/listen-first.md.' }),
			notAnEntry: (path: string) => ({
				message: `${path} no es una entrada que Memoria pueda traducir.`,
				hint: `Indica un archivo dentro de content/${list(collectionFolders, 'o')}.`,
			}),
			sameLanguage: (path: string, language: string) => ({
				message: `${path} ya está en ${language}.`,
				hint: 'Indica con --lang el idioma en el que quieres la nueva versión.',
			}),
			translationExists: (path: string) => ({
				message: `La traducción ${path} ya existe; no se modificó.`,
				hint: 'Ábrela para actualizarla. "npx memoria translations" muestra qué traducciones faltan o están desactualizadas.',
			}),
			unreadable: (path: string, problem: string) => ({
				message: `No se pudo leer ${path}: ${problem}`,
				hint: 'Corrige los metadatos entre las dos líneas --- (npx memoria check indica la línea) y vuelve a intentar la traducción.',
			}),
			unexpected: (problem: string) => ({
				message: `Algo salió mal: ${problem}`,
				hint: 'Probablemente es un error de Memoria. Repórtalo junto con el comando que ejecutaste.',
			}),
		},
	},
} satisfies Record<WriterLanguage, unknown>;

export type NewText = (typeof newText)[WriterLanguage];
export type NewProblems = NewText['problems'];

/** What `memoria schemas` (and, in Memoria's repository, `npm run schemas`) prints; `command` is the one that updates the files. */
export const schemasText = {
	en: {
		wrote: (path: string) => `Wrote ${path}`,
		unchanged: (count: number) => `${count} schema files are up to date.`,
		outdated: (paths: string[], command: string) => ({
			message: `These JSON Schema files do not match the content schemas: ${paths.join(', ')}.`,
			hint: `Run "${command}" and commit the files it writes.`,
		}),
	},
	es: {
		wrote: (path: string) => `Se escribió ${path}`,
		unchanged: (count: number) => `Los ${count} archivos de esquema están al día.`,
		outdated: (paths: string[], command: string) => ({
			message: `Estos archivos JSON Schema no coinciden con los esquemas del contenido: ${paths.join(', ')}.`,
			hint: `Ejecuta "${command}" y haz un commit con los archivos que escribe.`,
		}),
	},
} satisfies Record<WriterLanguage, unknown>;
