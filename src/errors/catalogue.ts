/**
 * Every writer-facing error, with a stable id, in English and Spanish. The writers' guide
 * lists the same ids, so a writer can look an error up by the id it prints.
 */
import type { WriterLanguage } from './writer-language';

type Text = Record<WriterLanguage, string>;

/** How a message names an entry of each collection: "project "x"", "el proyecto "x"". */
const entryNoun: Record<string, Text> = {
	projects: { en: 'project', es: 'el proyecto' },
	learnings: { en: 'learning', es: 'el aprendizaje' },
	outcomes: { en: 'outcome', es: 'el alcance' },
	calls: { en: 'call', es: 'la llamada' },
	posts: { en: 'post', es: 'la entrada' },
	organisations: { en: 'organisation', es: 'la organización' },
	assessments: { en: 'self-assessment', es: 'la autoevaluación' },
};
const noun = (collection: string, language: WriterLanguage) => entryNoun[collection]?.[language] ?? collection;

/**
 * Which part of a self-assessment a message is about, as "of dimension "x"" or "of the overall
 * result"; `band` is the Spanish word for the bands with what they are bands of ("franjas de
 * resultado de la dimensión …", but "franjas del resultado general").
 */
const assessmentPart = (dimension: string | undefined) =>
	dimension
		? { en: `of dimension "${dimension}"`, es: `de la dimensión "${dimension}"`, band: (word: string) => `${word} de resultado de la dimensión "${dimension}"` }
		: { en: 'of the overall result', es: 'del resultado general', band: (word: string) => `${word} del resultado general` };
/** "a score of 3" or "scores 3 to 5". */
const scores = (from: number, to: number): Text =>
	from === to ? { en: `a score of ${from}`, es: `un puntaje de ${from}` } : { en: `scores ${from} to ${to}`, es: `los puntajes de ${from} a ${to}` };
type MismatchPart = 'dimensions' | 'questions' | 'question-dimension' | 'option-scores' | 'bands' | 'overall';
const mismatchPart = (what: MismatchPart, id = ''): Text =>
	({
		dimensions: { en: 'the dimension ids', es: 'los ids de las dimensiones' },
		questions: { en: 'the question ids or their order', es: 'los ids de las preguntas o su orden' },
		'question-dimension': { en: `the dimension of question "${id}"`, es: `la dimensión de la pregunta "${id}"` },
		'option-scores': { en: `the option scores of question "${id}"`, es: `los puntajes de las opciones de la pregunta "${id}"` },
		bands: { en: `the result bands of dimension "${id}"`, es: `las franjas de resultado de la dimensión "${id}"` },
		overall: { en: 'the bands of the overall result', es: 'las franjas del resultado general' },
	})[what];
/**
 * What the YAML parser's codes mean, for a writer, with what to do; the parser's own English
 * sentence stands for any other code.
 */
const yamlProblems = (problem: string): Record<string, Text & { fix: Text }> => ({
	MISSING_CHAR: /quote/i.test(problem)
		? {
				en: 'a quote is opened and never closed.',
				es: 'una comilla se abre y nunca se cierra.',
				fix: {
					en: 'Close the quote at the end of the value on the line named ("like this"), or remove the opening one.',
					es: 'Cierra la comilla al final del valor en la línea indicada ("así"), o quita la que la abre.',
				},
			}
		: {
				en: 'a list in [brackets] or a group in {braces} is not closed.',
				es: 'una lista entre [corchetes] o un grupo entre {llaves} no se cierra.',
				fix: { en: 'Add the closing ] or } at the end of the line named.', es: 'Agrega el ] o la } que falta al final de la línea indicada.' },
			},
	TAB_AS_INDENT: {
		en: 'a tab is used to indent a line.',
		es: 'una línea usa una tabulación como sangría.',
		fix: { en: 'Indent with spaces only, two per level.', es: 'Usa solo espacios para la sangría, dos por nivel.' },
	},
	BAD_INDENT: {
		en: 'a line is indented differently from the lines it belongs with.',
		es: 'una línea tiene una sangría distinta de la de las líneas con las que va.',
		fix: {
			en: 'Give the line the same number of spaces as the other items of its list or group.',
			es: 'Dale a la línea el mismo número de espacios que a los demás elementos de su lista o grupo.',
		},
	},
	DUPLICATE_KEY: {
		en: 'a field is written twice.',
		es: 'un campo está escrito dos veces.',
		fix: { en: 'Keep one of the two lines of that field and remove the other.', es: 'Deja una de las dos líneas de ese campo y borra la otra.' },
	},
	BLOCK_AS_IMPLICIT_KEY: {
		en: 'a line cannot be read as "field: value".',
		es: 'una línea no se puede leer como "campo: valor".',
		fix: {
			en: 'Write the field name, a colon and a space, then the value; a value that has a colon in it goes in quotes.',
			es: 'Escribe el nombre del campo, dos puntos y un espacio, y luego el valor; un valor que tiene dos puntos va entre comillas.',
		},
	},
	MULTILINE_IMPLICIT_KEY: {
		en: 'a line cannot be read as "field: value".',
		es: 'una línea no se puede leer como "campo: valor".',
		fix: {
			en: 'Write the field name, a colon and a space, then the value; a value that has a colon in it goes in quotes.',
			es: 'Escribe el nombre del campo, dos puntos y un espacio, y luego el valor; un valor que tiene dos puntos va entre comillas.',
		},
	},
	BAD_SCALAR_START: {
		en: 'a value starts with a character YAML keeps for itself (such as @, ` or %).',
		es: 'un valor empieza con un carácter que YAML reserva (como @, ` o %).',
		fix: { en: 'Put the whole value in quotes: "@like this".', es: 'Pon todo el valor entre comillas: "@así".' },
	},
});

/**
 * What a hub found wrong in a member's data at `memoria network pull` (src/network/pull/): one kind
 * per reason, with what the message needs to name it. A member's data is untrusted: each of these
 * refuses the member's new copy and keeps its last good one.
 */
export type MemberRefusal =
	| { problem: 'too-large'; limit: number }
	| { problem: 'longer-than-listed'; expected: number }
	| { problem: 'bytes'; expected: number; found: number }
	| { problem: 'sha256'; expected: string; found: string }
	| { problem: 'json'; detail: string }
	| { problem: 'schema'; detail: Text }
	| { problem: 'format'; found: string }
	| { problem: 'path'; path: string }
	| { problem: 'outside'; path: string }
	| { problem: 'missing' }
	| { problem: 'not-a-file' }
	| { problem: 'not-a-memory' }
	| { problem: 'redirect'; location: string }
	| { problem: 'export-language'; expected: string; found: string }
	| { problem: 'unlisted-language'; language: string }
	| { problem: 'missing-export'; language: string }
	| { problem: 'duplicate-export'; language: string }
	| { problem: 'duplicate-bundle'; kind: string }
	| { problem: 'duplicate-path'; path: string }
	| { problem: 'duplicate-file'; path: string }
	| { problem: 'total'; bytes: number; limit: number }
	| { problem: 'file-count'; count: number; limit: number }
	| { problem: 'zip-unreadable'; detail: string }
	| { problem: 'zip-entries'; count: number; limit: number }
	| { problem: 'zip-expansion'; ratio: number; limit: number }
	| { problem: 'zip-size'; declared: number; found: number };

const bytesText = (n: number): Text => ({ en: `${n.toLocaleString('en')} bytes`, es: `${n.toLocaleString('es')} bytes` });

function memberRefusal(r: MemberRefusal): Text {
	switch (r.problem) {
		case 'too-large':
			return {
				en: `is larger than the ${bytesText(r.limit).en} a hub accepts for it.`,
				es: `pesa más de los ${bytesText(r.limit).es} que un nodo acepta para él.`,
			};
		case 'longer-than-listed':
			return {
				en: `kept coming after the ${bytesText(r.expected).en} its manifest lists: the download was stopped there.`,
				es: `siguió llegando después de los ${bytesText(r.expected).es} que dice su manifiesto: la descarga se cortó ahí.`,
			};
		case 'bytes':
			return {
				en: `has ${bytesText(r.found).en}, not the ${bytesText(r.expected).en} its manifest lists.`,
				es: `tiene ${bytesText(r.found).es}, no los ${bytesText(r.expected).es} que dice su manifiesto.`,
			};
		case 'sha256':
			return {
				en: `is not the file its manifest lists: its sha256 is ${r.found}, the manifest says ${r.expected}.`,
				es: `no es el archivo que dice su manifiesto: su sha256 es ${r.found} y el manifiesto dice ${r.expected}.`,
			};
		case 'json':
			return { en: `is not valid JSON (${r.detail}).`, es: `no es un JSON válido (${r.detail}).` };
		case 'schema':
			return { en: `does not follow the format: ${r.detail.en}`, es: `no sigue el formato: ${r.detail.es}` };
		case 'format':
			return {
				en: `is not a Memoria manifest: its "format" is ${r.found}, not "memoria-manifest".`,
				es: `no es un manifiesto de Memoria: su "format" es ${r.found}, no "memoria-manifest".`,
			};
		case 'path':
			return {
				en: `names the path "${r.path}", which is not a path inside the member's folder (it goes up with "..", starts with "/", has a backslash, a drive, an encoded character or an empty part).`,
				es: `nombra la ruta "${r.path}", que no es una ruta dentro de la carpeta del miembro (sube con "..", empieza con "/", tiene una barra invertida, una unidad, un carácter codificado o una parte vacía).`,
			};
		case 'outside':
			return {
				en: `is a link that leads outside the member's folder ("${r.path}"): it is never followed.`,
				es: `es un enlace que lleva fuera de la carpeta del miembro ("${r.path}"): nunca se sigue.`,
			};
		case 'missing':
			return { en: 'is listed by its manifest but is not there.', es: 'aparece en su manifiesto pero no está.' };
		case 'not-a-file':
			return { en: 'is a folder, not a file.', es: 'es una carpeta, no un archivo.' };
		case 'not-a-memory':
			return {
				en: 'is neither a folder holding a built site nor an offline-archive .zip.',
				es: 'no es ni una carpeta con un sitio construido ni un archivo .zip de la copia sin conexión.',
			};
		case 'redirect':
			return {
				en: `redirects to "${r.location}", which is not an http or https address: it is not followed.`,
				es: `redirige a "${r.location}", que no es una dirección http ni https: no se sigue.`,
			};
		case 'export-language':
			return {
				en: `says it is the export of "${r.found}", but its manifest lists it as the one of "${r.expected}".`,
				es: `dice que es la exportación de "${r.found}", pero su manifiesto la presenta como la de "${r.expected}".`,
			};
		case 'unlisted-language':
			return {
				en: `lists an export in "${r.language}", which is not one of its "languages".`,
				es: `presenta una exportación en "${r.language}", que no es uno de sus idiomas ("languages").`,
			};
		case 'missing-export':
			return {
				en: `lists "${r.language}" among its languages but no export for it.`,
				es: `tiene "${r.language}" entre sus idiomas pero ninguna exportación para él.`,
			};
		case 'duplicate-export':
			return { en: `lists two exports in "${r.language}".`, es: `presenta dos exportaciones en "${r.language}".` };
		case 'duplicate-bundle':
			return { en: `lists two search bundles of kind "${r.kind}".`, es: `presenta dos paquetes de búsqueda de tipo "${r.kind}".` };
		case 'duplicate-path':
			return {
				en: `has two entries at the same page path, "${r.path}": a hub would give them one address.`,
				es: `tiene dos entradas con la misma ruta de página, "${r.path}": un nodo les daría una sola dirección.`,
			};
		case 'duplicate-file':
			return {
				en: `clashes with another file its manifest lists at "${r.path}": the same path twice, a file inside another file, or paths that differ only in capitals on the hub's disk.`,
				es: `choca con otro archivo que su manifiesto presenta en "${r.path}": la misma ruta dos veces, un archivo dentro de otro archivo, o rutas que solo se distinguen por las mayúsculas en el disco del nodo.`,
			};
		case 'total':
			return {
				en: `lists ${bytesText(r.bytes).en} of files, more than the ${bytesText(r.limit).en} a hub keeps for one member.`,
				es: `presenta ${bytesText(r.bytes).es} de archivos, más de los ${bytesText(r.limit).es} que un nodo guarda por miembro.`,
			};
		case 'file-count':
			return {
				en: `lists ${r.count.toLocaleString('en')} files, more than the ${r.limit.toLocaleString('en')} a hub accepts.`,
				es: `presenta ${r.count.toLocaleString('es')} archivos, más de los ${r.limit.toLocaleString('es')} que un nodo acepta.`,
			};
		case 'zip-unreadable':
			return { en: `cannot be read as a .zip archive (${r.detail}).`, es: `no se puede leer como archivo .zip (${r.detail}).` };
		case 'zip-entries':
			return {
				en: `holds ${r.count.toLocaleString('en')} entries or more, more than the ${r.limit.toLocaleString('en')} a hub opens.`,
				es: `tiene ${r.count.toLocaleString('es')} entradas o más, más de las ${r.limit.toLocaleString('es')} que un nodo abre.`,
			};
		case 'zip-expansion':
			return {
				en: `would grow ${r.ratio.toLocaleString('en', { maximumFractionDigits: 0 })} times its compressed size when unpacked, more than the ${r.limit} times a hub accepts (a zip bomb).`,
				es: `crecería ${r.ratio.toLocaleString('es', { maximumFractionDigits: 0 })} veces su tamaño comprimido al descomprimirse, más de las ${r.limit} veces que un nodo acepta (una bomba zip).`,
			};
		case 'zip-size':
			return r.found > r.declared
				? {
						en: `unpacks to at least ${bytesText(r.found).en}, more than the ${bytesText(r.declared).en} the archive declares for it.`,
						es: `se descomprime en al menos ${bytesText(r.found).es}, más de los ${bytesText(r.declared).es} que el archivo declara para él.`,
					}
				: {
						en: `unpacks to ${bytesText(r.found).en}, not the ${bytesText(r.declared).en} the archive declares for it.`,
						es: `se descomprime en ${bytesText(r.found).es}, no en los ${bytesText(r.declared).es} que el archivo declara para él.`,
					};
	}
}

/** What the hub's maintainer can do about a refusal: its kind's group decides. */
/** What became of the member's copy: the last good one kept as it was, or none made yet. */
const lastCopy = (member: string, kept: boolean): Text =>
	kept
		? { en: `The last good copy of "${member}" is kept as it was.`, es: `La última copia buena de "${member}" se conserva tal como estaba.` }
		: { en: `The hub has no copy of "${member}" yet.`, es: `El nodo todavía no tiene ninguna copia de "${member}".` };

function memberRefusalHint(r: MemberRefusal, member: string, hasCopy: boolean): Text {
	const kept = lastCopy(member, hasCopy);
	const fix: Text = (() => {
		switch (r.problem) {
			case 'longer-than-listed':
			case 'bytes':
			case 'sha256':
				return {
					en: 'The file changed after the manifest was written (a build published halfway, a cache serving an older file) or on its way here. The next pull tries again; if it stays, ask the member to publish its site again.',
					es: 'El archivo cambió después de escribirse el manifiesto (una construcción publicada a medias, una caché que sirve un archivo anterior) o en el camino. La próxima descarga lo vuelve a intentar; si sigue, pide al miembro que publique su sitio de nuevo.',
				};
			case 'not-a-memory':
				return {
					en: 'Check the member\'s "path" in network.members of memoria.config.ts: a folder such as a built dist/, or the offline copy\'s .zip.',
					es: 'Revisa el "path" del miembro en network.members de memoria.config.ts: una carpeta como un dist/ construido, o el .zip de la copia sin conexión.',
				};
			case 'redirect':
				return {
					en: 'If the member\'s site moved, write its new address as its "url" in network.members of memoria.config.ts.',
					es: 'Si el sitio del miembro se mudó, escribe su nueva dirección como su "url" en network.members de memoria.config.ts.',
				};
			case 'too-large':
			case 'total':
			case 'file-count':
				return {
					en: "These limits keep one member from filling the hub's disk and memory (memberLimits in src/network/format.ts). If the member's memory really is this large, tell Memoria's maintainers.",
					es: 'Estos límites evitan que un miembro llene el disco y la memoria del nodo (memberLimits en src/network/format.ts). Si la memoria del miembro de verdad es así de grande, avisa a quienes mantienen Memoria.',
				};
			default:
				return {
					en: 'Memoria writes these files itself, so this one was made by something else or changed after the build: nothing of it is copied. Ask the member to build its site again with Memoria, and tell them what this message says.',
					es: 'Memoria escribe estos archivos por sí misma, así que este lo hizo otra cosa o cambió después de la construcción: no se copia nada de él. Pide al miembro que vuelva a construir su sitio con Memoria y cuéntale lo que dice este mensaje.',
				};
		}
	})();
	return { en: `${kept.en} ${fix.en}`, es: `${kept.es} ${fix.es}` };
}

interface CatalogueEntry<P> {
	message: (p: P) => Text;
	hint: (p: P) => Text;
}

function entry<P>(e: CatalogueEntry<P>): CatalogueEntry<P> {
	return e;
}

export const catalogue = {
	'unknown-reference': entry<{ field: string; id: string; collection: string; suggestion?: string | undefined }>({
		message: (p) => ({
			en: `Field "${p.field}" names ${noun(p.collection, 'en')} "${p.id}", which does not exist.`,
			es: `El campo "${p.field}" menciona ${noun(p.collection, 'es')} "${p.id}", que no existe.`,
		}),
		hint: (p) => ({
			en: p.suggestion
				? `Did you mean "${p.suggestion}"? Use the file name of the entry, without ".md".`
				: `Use the file name of an existing entry in content/${p.collection}/, without ".md".`,
			es: p.suggestion
				? `¿Quisiste poner "${p.suggestion}"? Usa el nombre del archivo de la entrada, sin ".md".`
				: `Usa el nombre del archivo de una entrada que exista en content/${p.collection}/, sin ".md".`,
		}),
	}),
	'unclear-follow-up': entry<{ field: string; reference: string; learning: string; count: number }>({
		message: (p) => ({
			en:
				p.count === 0
					? `Field "${p.field}" says "${p.reference}" was acted on, but learning "${p.learning}" has no recommendations.`
					: `Field "${p.field}" names "${p.reference}", but learning "${p.learning}" has ${p.count} recommendations.`,
			es:
				p.count === 0
					? `El campo "${p.field}" dice que se actuó sobre "${p.reference}", pero el aprendizaje "${p.learning}" no tiene recomendaciones.`
					: `El campo "${p.field}" menciona "${p.reference}", pero el aprendizaje "${p.learning}" tiene ${p.count} recomendaciones.`,
		}),
		hint: (p) => ({
			en:
				p.count === 0
					? `Point at a learning that has recommendations, or add the recommendation to "${p.learning}" first.`
					: `Add the number of the recommendation, counting from 1: "${p.learning}#1" to "${p.learning}#${p.count}".`,
			es:
				p.count === 0
					? `Apunta a un aprendizaje que tenga recomendaciones, o agrega primero la recomendación en "${p.learning}".`
					: `Agrega el número de la recomendación, contando desde 1: de "${p.learning}#1" a "${p.learning}#${p.count}".`,
		}),
	}),
	'unknown-theme': entry<{ theme: string; suggestion?: string | undefined }>({
		message: (p) => ({
			en: `Theme "${p.theme}" is not in the vocabulary (content/themes.yaml).`,
			es: `El tema "${p.theme}" no está en el vocabulario (content/themes.yaml).`,
		}),
		hint: (p) => ({
			en: p.suggestion
				? `Did you mean "${p.suggestion}"? To add a new theme, give it a label in each language in content/themes.yaml.`
				: 'Use a theme listed in content/themes.yaml, or add it there with a label in each language.',
			es: p.suggestion
				? `¿Quisiste poner "${p.suggestion}"? Para crear un tema nuevo, agrégalo en content/themes.yaml con su nombre en cada idioma.`
				: 'Usa un tema de content/themes.yaml o agrégalo ahí con su nombre en cada idioma.',
		}),
	}),
	'invalid-yaml': entry<{ problem: string; code?: string | undefined }>({
		message: (p) => {
			const known = yamlProblems(p.problem)[p.code ?? ''];
			return {
				en: `The frontmatter is not valid YAML: ${known?.en ?? p.problem}`,
				es: `Los metadatos (frontmatter) no son YAML válido: ${known?.es ?? p.problem}`,
			};
		},
		hint: (p) => ({
			en:
				yamlProblems(p.problem)[p.code ?? '']?.fix.en ??
				'Check the line named: a missing colon, an unclosed quote or bracket, or a tab used for indentation are the usual causes.',
			es:
				yamlProblems(p.problem)[p.code ?? '']?.fix.es ??
				'Revisa la línea indicada: lo habitual es que falten dos puntos, una comilla o un corchete sin cerrar, o una tabulación usada como sangría.',
		}),
	}),
	'invalid-field': entry<{ field: string; problem: string }>({
		message: (p) => ({
			en: `Field "${p.field}": ${p.problem}`,
			es: `Campo "${p.field}": ${p.problem}`,
		}),
		hint: () => ({
			en: 'Correct the value; the writers’ guide lists every field, its meaning and the values it takes.',
			es: 'Corrige el valor; la guía de redacción explica cada campo, qué significa y qué valores acepta.',
		}),
	}),
	'not-utf8': entry<Record<string, never>>({
		message: () => ({ en: 'The file is not saved as UTF-8 text.', es: 'El archivo no está guardado como texto UTF-8.' }),
		hint: () => ({
			en: 'Open it in your editor and save it with the encoding "UTF-8"; accents and ñ then survive.',
			es: 'Ábrelo en tu editor y guárdalo con la codificación "UTF-8"; así se conservan los acentos y la ñ.',
		}),
	}),
	'empty-file': entry<Record<string, never>>({
		message: () => ({ en: 'The file is empty.', es: 'El archivo está vacío.' }),
		hint: () => ({
			en: 'Write the entry (npx memoria new creates a filled-in template), or delete the file.',
			es: 'Escribe la entrada (npx memoria new crea una plantilla para completar) o borra el archivo.',
		}),
	}),
	'no-frontmatter': entry<Record<string, never>>({
		message: () => ({
			en: 'The file has no frontmatter: it must start with a line "---", the fields, and another "---".',
			es: 'El archivo no tiene metadatos: debe empezar con una línea "---", los campos y otra línea "---".',
		}),
		hint: () => ({ en: 'Start from a template: npx memoria new.', es: 'Parte de una plantilla: npx memoria new.' }),
	}),
	'duplicate-id': entry<{ id: string; other: string }>({
		message: (p) => ({
			en: `Two files have the id "${p.id}": this one and ${p.other}.`,
			es: `Dos archivos tienen el identificador "${p.id}": este y ${p.other}.`,
		}),
		hint: () => ({ en: 'Rename or remove one of them.', es: 'Cambia el nombre de uno de ellos o bórralo.' }),
	}),
	'unknown-field': entry<{ field: string; suggestion?: string | undefined; guide?: boolean }>({
		message: (p) => ({
			en: p.suggestion
				? `Field "${p.field}" is not a field Memoria knows: did you mean "${p.suggestion}"?`
				: `Field "${p.field}" is not a field Memoria knows${p.guide ? '; it is ignored' : ''}.`,
			es: p.suggestion
				? `El campo "${p.field}" no es un campo que Memoria conozca: ¿quisiste poner "${p.suggestion}"?`
				: `El campo "${p.field}" no es un campo que Memoria conozca${p.guide ? '; se ignora' : ''}.`,
		}),
		hint: (p) => ({
			en: p.suggestion
				? `Write "${p.suggestion}" exactly (field names are case-sensitive). A misspelt field is never ignored: "visiblity: internal" would otherwise publish an internal entry.`
				: p.guide
					? `Remove it, or list it in guideFields.allow in memoria.config.ts if pages brought from another tool carry it.`
					: 'Remove it, or check the spelling against the writers’ guide, which lists every field.',
			es: p.suggestion
				? `Escribe "${p.suggestion}" tal cual (los nombres de campo distinguen mayúsculas). Un campo mal escrito nunca se ignora: "visiblity: internal" publicaría una entrada interna.`
				: p.guide
					? `Quítalo, o agrégalo a guideFields.allow en memoria.config.ts si las páginas traídas de otra herramienta lo usan.`
					: 'Quítalo o revisa cómo se escribe en la guía de redacción, que lista todos los campos.',
		}),
	}),
	'invalid-file-name': entry<{ suggestion: string }>({
		message: () => ({
			en: 'This file name cannot become a page address.',
			es: 'Este nombre de archivo no puede convertirse en la dirección de una página.',
		}),
		hint: (p) => ({
			en: `Rename the file in lower-case words joined by hyphens${p.suggestion ? `, for example "${p.suggestion}"` : ''}; a name may not start with a dot.`,
			es: `Cambia el nombre del archivo a palabras en minúscula unidas por guiones${p.suggestion ? `, por ejemplo "${p.suggestion}"` : ''}; un nombre no puede empezar con un punto.`,
		}),
	}),
	'symlink-outside': entry<Record<string, never>>({
		message: () => ({
			en: 'This file is a link to a file outside content/, so the build will not read it.',
			es: 'Este archivo es un enlace a un archivo fuera de content/, así que la construcción no lo lee.',
		}),
		hint: () => ({
			en: 'Copy the file into content/ instead of linking to it: a link could publish any file of this computer.',
			es: 'Copia el archivo dentro de content/ en lugar de enlazarlo: un enlace podría publicar cualquier archivo de esta computadora.',
		}),
	}),
	'mdx-disabled': entry<Record<string, never>>({
		message: () => ({
			en: 'This is an .mdx file, and this site does not read MDX: MDX is code that runs while the site is built.',
			es: 'Este es un archivo .mdx y este sitio no lee MDX: MDX es código que se ejecuta al construir el sitio.',
		}),
		hint: () => ({
			en: 'Rename it to .md (plain Markdown). Only if everyone who can change content/ may also change the site’s code, set mdx: true in memoria.config.ts.',
			es: 'Cámbiale la extensión a .md (Markdown simple). Solo si todas las personas que pueden cambiar content/ también pueden cambiar el código del sitio, configura mdx: true en memoria.config.ts.',
		}),
	}),
	'link-to-internal': entry<{ link: string }>({
		message: (p) => ({
			en: `The link ${p.link} leads to an internal entry, which the public site does not have.`,
			es: `El enlace ${p.link} lleva a una entrada interna, que el sitio público no tiene.`,
		}),
		hint: () => ({
			en: 'Remove the link (keep the words), or make the entry it leads to public if it may be published.',
			es: 'Quita el enlace (deja el texto), o haz pública la entrada a la que lleva si se puede publicar.',
		}),
	}),
	'link-to-draft': entry<{ link: string }>({
		message: (p) => ({
			en: `The link ${p.link} leads to a draft, which no build publishes.`,
			es: `El enlace ${p.link} lleva a un borrador, que ninguna construcción publica.`,
		}),
		hint: () => ({
			en: 'Remove the link (keep the words) until the draft is ready; or, if it is ready, remove "draft: true" from the entry it leads to.',
			es: 'Quita el enlace (deja el texto) hasta que el borrador esté listo; o, si ya lo está, quita "draft: true" de la entrada a la que lleva.',
		}),
	}),
	'internal-leak': entry<{ entry: string; output: string; what: string }>({
		message: (p) => ({
			en: `The public build contains ${p.what} of the internal entry ${p.entry}, in ${p.output}. Nothing was published.`,
			es: `La construcción pública contiene ${p.what} de la entrada interna ${p.entry}, en ${p.output}. No se publicó nada.`,
		}),
		hint: () => ({
			en: 'If public text quotes the internal entry, reword it; otherwise this is a fault of Memoria: please report it. The previous output is unchanged.',
			es: 'Si un texto público cita la entrada interna, redáctalo de otra forma; si no, es una falla de Memoria: repórtala, por favor. La salida anterior no cambió.',
		}),
	}),
	'unsafe-output-folder': entry<{ folder: string }>({
		message: (p) => ({
			en: `The build will not write into ${p.folder}: Memoria did not create that folder, and replacing it would delete what is in it.`,
			es: `La construcción no escribirá en ${p.folder}: Memoria no creó esa carpeta, y reemplazarla borraría lo que contiene.`,
		}),
		hint: () => ({
			en: 'Choose a new folder for --out (Memoria marks the folders it makes), or move that folder away first. The content, public and project folders can never be an output.',
			es: 'Elige una carpeta nueva para --out (Memoria marca las carpetas que crea), o mueve antes esa carpeta. Las carpetas content, public y la del proyecto nunca pueden ser la salida.',
		}),
	}),
	'image-metadata': entry<Record<string, never>>({
		message: () => ({
			en: 'This image carries metadata (camera, place, author) that the build cannot remove from this format.',
			es: 'Esta imagen lleva metadatos (cámara, lugar, autoría) que la construcción no puede quitar en este formato.',
		}),
		hint: () => ({
			en: 'Export it again as JPEG, PNG or WebP: the build removes their metadata by itself.',
			es: 'Expórtala de nuevo como JPEG, PNG o WebP: la construcción les quita los metadatos sola.',
		}),
	}),
	'unsafe-svg': entry<{ what: string }>({
		message: (p) => ({
			en: `This SVG image holds something that runs or loads when the image is opened: ${p.what}.`,
			es: `Esta imagen SVG contiene algo que se ejecuta o se carga al abrirla: ${p.what}.`,
		}),
		hint: () => ({
			en: 'Export the drawing again as a plain SVG (or as PNG) without scripts, links or embedded pages. An SVG opened at its own address runs on this site, like a page.',
			es: 'Exporta de nuevo el dibujo como SVG simple (o como PNG), sin scripts, enlaces ni páginas incrustadas. Un SVG abierto en su propia dirección se ejecuta en este sitio, como una página.',
		}),
	}),
	'build-without-checks': entry<Record<string, never>>({
		message: () => ({
			en: 'This build was started without Memoria’s content checks, so nothing proves that it publishes no internal entry or personal data.',
			es: 'Esta construcción empezó sin las revisiones de contenido de Memoria, así que nada garantiza que no publique entradas internas ni datos personales.',
		}),
		hint: () => ({
			en: 'Build with `npx memoria build` (it runs the checks, the search index, the offline copy and the leak gate), not with `astro build` alone.',
			es: 'Construye con `npx memoria build` (corre las revisiones, el índice de búsqueda, la copia sin conexión y el control de filtraciones), no solo con `astro build`.',
		}),
	}),
	'unknown-inline-script': entry<{ page: string; start: string }>({
		message: (p) => ({
			en: `The page ${p.page} contains an inline script or style that Memoria did not write ("${p.start}…"). It was not published.`,
			es: `La página ${p.page} contiene un script o estilo en línea que Memoria no escribió ("${p.start}…"). No se publicó.`,
		}),
		hint: () => ({
			en: 'Content cannot add scripts. If the page comes from raw HTML in an entry, remove the script; otherwise please report this as a fault of Memoria.',
			es: 'El contenido no puede agregar scripts. Si la página viene de HTML en una entrada, quita el script; si no, repórtalo como una falla de Memoria, por favor.',
		}),
	}),
	/**
	 * A site's own public/_headers replaces the one Memoria writes, and lacks its cache rules
	 * (src/integrations/response-headers.ts). A warning: the site is built and served, only slower.
	 */
	'headers-without-cache-policy': entry<{ paths: readonly string[]; rules: string }>({
		message: (p) => ({
			en: `This file replaces the headers Memoria writes for the host, but not its cache rules: ${p.paths.slice(0, 3).join(', ')}${p.paths.length > 3 ? ` and ${p.paths.length - 3} more` : ''} would not be cached as they should, so returning readers download scripts, styles and the search again, or keep pages that have changed.`,
			es: `Este archivo reemplaza las cabeceras que Memoria escribe para el alojamiento, pero no sus reglas de caché: ${p.paths.slice(0, 3).join(', ')}${p.paths.length > 3 ? ` y ${p.paths.length - 3} más` : ''} no quedarían en caché como deben, así que quien vuelve descarga otra vez los scripts, los estilos y la búsqueda, o conserva páginas que ya cambiaron.`,
		}),
		hint: (p) => ({
			en: `Add these rules to public/_headers (or delete it to get Memoria's, security headers included):\n${p.rules}`,
			es: `Agrega estas reglas a public/_headers (o bórralo para usar el de Memoria, con las cabeceras de seguridad):\n${p.rules}`,
		}),
	}),
	// `file`: the published file (memoria.json, data/memory.es.json); `source`: where its values come from.
	'network-format': entry<{ file: string; problems: string; source: 'config' | 'content' }>({
		message: (p) => ({
			en: `${p.file} would not follow Memoria's published-memory format, which other sites (a network's hub) read to keep a copy of this memory, so nothing was published:\n${p.problems}`,
			es: `${p.file} no seguiría el formato de memoria publicada de Memoria, que otros sitios (el nodo de una red) leen para guardar una copia de esta memoria, así que no se publicó nada:\n${p.problems}`,
		}),
		hint: (p) =>
			p.source === 'config'
				? {
						en: 'Correct or shorten the value named in memoria.config.ts. A value that does not come from there is Memoria’s mistake: please report it.',
						es: 'Corrige o acorta el valor indicado en memoria.config.ts. Si el valor no viene de ahí, es un error de Memoria: avísanos, por favor.',
					}
				: {
						en: 'Correct or shorten the field named in the entry’s file (a text this long is better split into several entries). The check runs because network: { copies: true } lets other sites copy this memory; a value you did not write is Memoria’s mistake: please report it.',
						es: 'Corrige o acorta el campo indicado en el archivo de la entrada (un texto tan largo queda mejor dividido en varias entradas). Se revisa porque network: { copies: true } deja que otros sitios copien esta memoria; si no escribiste ese valor, es un error de Memoria: avísanos, por favor.',
					},
	}),
	// `tag`: the HTML element or MDX component the image was written with (img, Image…); none for Markdown's ![…](…).
	'image-without-alt': entry<{ image: string; tag?: string | undefined }>({
		message: (p) => ({
			en: `The image ${p.image} has no description (alt text).`,
			es: `La imagen ${p.image} no tiene descripción (texto alternativo).`,
		}),
		hint: (p) =>
			p.tag
				? {
						en: `Say what the image shows in the alt attribute of <${p.tag}>: alt="A workshop wall covered in notes". If it is only decoration, write alt="" on purpose, so screen readers skip it.`,
						es: `Di qué muestra la imagen en el atributo alt de <${p.tag}>: alt="Una pared de taller llena de notas". Si es solo decorativa, escribe alt="" a propósito, para que los lectores de pantalla la salten.`,
					}
				: {
						en: 'Write what the image shows between the brackets: ![A workshop wall covered in notes](photo.jpg).',
						es: 'Escribe qué muestra la imagen entre los corchetes: ![Una pared de taller llena de notas](foto.jpg).',
					},
	}),
	'missing-image': entry<{ image: string }>({
		message: (p) => ({ en: `The image ${p.image} does not exist.`, es: `La imagen ${p.image} no existe.` }),
		hint: () => ({
			en: 'Check the spelling and that the path is relative to this file (or starts with / for files in public/).',
			es: 'Revisa cómo está escrito y que la ruta sea relativa a este archivo (o empiece con / para archivos de public/).',
		}),
	}),
	/**
	 * An HTML <img> (or MDX's) whose src is a path from the Markdown file: Astro publishes and
	 * optimises only Markdown's images, so the file is not published and the page shows a broken image.
	 */
	'html-image-path': entry<{ image: string }>({
		message: (p) => ({
			en: `The image ${p.image} is written in HTML with a path from this file: the site does not publish the file there, so readers would see a broken image.`,
			es: `La imagen ${p.image} está escrita en HTML con una ruta desde este archivo: el sitio no publica el archivo ahí, así que quien lea vería una imagen rota.`,
		}),
		hint: (p) => ({
			en: `Write it in Markdown, ![what it shows](${p.image}): Memoria then publishes and optimises it. Or move the file into public/ and write its address from there, like src="/images/photo.png".`,
			es: `Escríbela en Markdown, ![lo que muestra](${p.image}): así Memoria la publica y la optimiza. O mueve el archivo a public/ y escribe su dirección desde ahí, como src="/images/foto.png".`,
		}),
	}),
	// What src/checks/raw-html.ts refused: an element, an attribute, an address, or a tag left unfinished.
	'raw-html': entry<{ kind: 'element' | 'attribute' | 'url' | 'unfinished'; name: string; value?: string | undefined }>({
		message: (p) => {
			if (p.kind === 'unfinished') {
				return {
					en: `This HTML is not finished: ${p.name}. What follows it could be read as part of it and run code in readers' browsers.`,
					es: `Este HTML está incompleto: ${p.name}. Lo que sigue podría leerse como parte de él y ejecutar código en el navegador de quien lee.`,
				};
			}
			const what: Text = {
				element: { en: `The HTML element <${p.name}>`, es: `el elemento HTML <${p.name}>` },
				attribute: { en: `The HTML attribute ${p.name}${p.value ? `="${p.value}"` : ''}`, es: `el atributo HTML ${p.name}${p.value ? `="${p.value}"` : ''}` },
				url: { en: `The address ${p.value ?? ''} of an HTML ${p.name} attribute`, es: `la dirección ${p.value ?? ''} de un atributo HTML ${p.name}` },
			}[p.kind];
			// Not every refused attribute can run code (class, style): say what such attributes can do.
			if (p.kind === 'attribute') {
				return {
					en: `${what.en} is not allowed in content: attributes beyond the simple ones can run code in readers' browsers, hide text or lay something over the page, or send readers to another site.`,
					es: `No se permite ${what.es} en el contenido: los atributos que no son los sencillos pueden ejecutar código en el navegador de quien lee, ocultar texto o tapar la página, o llevar a otro sitio.`,
				};
			}
			return {
				en: `${what.en} is not allowed in content: it could run code in readers' browsers or send them to another site.`,
				es: `No se permite ${what.es} en el contenido: podría ejecutar código en el navegador de quien lee o llevarle a otro sitio.`,
			};
		},
		hint: (p) => {
			const fix: Text = {
				element: {
					en: 'Write it in Markdown instead: **bold**, [a link](https://…), ![what it shows](photo.jpg). Plain HTML such as <details>, <kbd>, <sup> or tables is accepted, with simple attributes (title, lang, id).',
					es: 'Escríbelo en Markdown: **negrita**, [un enlace](https://…), ![lo que muestra](foto.jpg). Se acepta HTML sencillo como <details>, <kbd>, <sup> o tablas, con atributos simples (title, lang, id).',
				},
				attribute: {
					en: 'Remove the attribute. Plain HTML is accepted with simple attributes (title, lang, id, href, src, alt); for bold, links or images write Markdown.',
					es: 'Quita el atributo. Se acepta HTML sencillo con atributos simples (title, lang, id, href, src, alt); para negritas, enlaces o imágenes escribe Markdown.',
				},
				url: {
					en: 'Write a plain web address that starts with https://, or a path on this site such as /learnings/…',
					es: 'Escribe una dirección web normal que empiece con https://, o una ruta de este sitio como /es/aprendizajes/…',
				},
				unfinished: {
					en: 'Close the tag with > (and any quotes you opened) before the paragraph ends: in Markdown an empty line ends a block of HTML.',
					es: 'Cierra la etiqueta con > (y las comillas que hayas abierto) antes de que termine el párrafo: en Markdown una línea vacía termina un bloque de HTML.',
				},
			}[p.kind];
			return {
				en: `${fix.en} Only if everyone who can edit content may also change the site's code, allowRawHtml: true in memoria.config.ts lets all HTML through.`,
				es: `${fix.es} Solo si todas las personas que pueden editar el contenido también pueden cambiar el código del sitio, allowRawHtml: true en memoria.config.ts deja pasar todo el HTML.`,
			};
		},
	}),
	'unsafe-url': entry<{ url: string; scheme: string }>({
		message: (p) => ({
			en: `The address ${p.url} is not allowed: a "${p.scheme}" address could run code in readers' browsers or send them somewhere other than a web page.`,
			es: `No se permite la dirección ${p.url}: una dirección "${p.scheme}" podría ejecutar código en el navegador de quien lee o llevarle a otro lugar que no es una página web.`,
		}),
		hint: () => ({
			en: 'Write a plain web address that starts with https://, like [the report](https://example.org/report), or a path on this site, like /learnings/… For an image, put the file next to this one and write ![What it shows](photo.jpg).',
			es: 'Escribe una dirección web normal que empiece con https://, como [el informe](https://example.org/informe), o una ruta de este sitio, como /es/aprendizajes/… Para una imagen, pon el archivo junto a este y escribe ![Lo que muestra](foto.jpg).',
		}),
	}),
	'broken-link': entry<{ link: string; suggestion?: string | undefined }>({
		message: (p) => ({ en: `The link ${p.link} leads to no page of this site.`, es: `El enlace ${p.link} no lleva a ninguna página de este sitio.` }),
		hint: (p) => ({
			en: p.suggestion ? `Did you mean ${p.suggestion}?` : 'Check the address: section names differ per language (/learnings/ · /es/aprendizajes/).',
			es: p.suggestion
				? `¿Quisiste poner ${p.suggestion}?`
				: 'Revisa la dirección: las secciones cambian de nombre según el idioma (/learnings/ · /es/aprendizajes/).',
		}),
	}),
	/**
	 * A Markdown body with its own level-1 heading, which the page would show as a second h1 under
	 * its title (src/markdown/heading-changes.ts). A warning: the page is built, with the heading
	 * left out (`dropped`, it repeated the title) or every heading moved down a level (`moved-down`).
	 * `setext`: written as a line underlined with "="; `html`: written as an HTML <h1> element.
	 */
	'h1-in-body': entry<{
		heading: string;
		change: 'dropped' | 'moved-down';
		more?: number | undefined;
		setext?: boolean | undefined;
		html?: boolean | undefined;
	}>({
		message: (p) =>
			p.change === 'dropped'
				? {
						en: `The text starts with the heading "${p.heading}", which repeats the page's title, so the page leaves it out: the title already stands above the text.`,
						es: `El texto empieza con el encabezado "${p.heading}", que repite el título de la página, así que la página lo omite: el título ya aparece arriba del texto.`,
					}
				: {
						en: `"${p.heading}" is a level-1 heading${p.html ? ' (<h1>)' : ''}, the level of the page's title${p.more === 1 ? ', as is one more after it' : p.more ? `, as are ${p.more} more after it` : ''}. So that the title stays the page's only level-1 heading, every heading of the text moved down one level: ${p.html ? '<h1> became <h2>, ' : ''}# became ##, ## became ###, and so on.`,
						es: `"${p.heading}" es un encabezado de primer nivel${p.html ? ' (<h1>)' : ''}, el del título de la página${p.more === 1 ? ', como otro más después de él' : p.more ? `, como otros ${p.more} después de él` : ''}. Para que el título siga siendo el único encabezado de primer nivel de la página, todos los encabezados del texto bajaron un nivel: ${p.html ? '<h1> pasó a ser <h2>, ' : ''}# pasó a ser ##, ## pasó a ser ###, y así.`,
					},
		hint: (p) =>
			p.change === 'dropped'
				? {
						en: p.html
							? `Delete the element <h1>${p.heading}</h1>: the page's title comes from the "title" field.`
							: p.setext
								? `Delete the line "${p.heading}" and the line of "=" under it: the page's title comes from the "title" field.`
								: `Delete the line "# ${p.heading}": the page's title comes from the "title" field.`,
						es: p.html
							? `Borra el elemento <h1>${p.heading}</h1>: el título de la página sale del campo "title".`
							: p.setext
								? `Borra la línea "${p.heading}" y la línea de "=" que tiene debajo: el título de la página sale del campo "title".`
								: `Borra la línea "# ${p.heading}": el título de la página sale del campo "title".`,
					}
				: {
						en: p.html
							? 'Write section headings as <h2> (or "##") and their subsections as <h3> (or "###"): the title is the page\'s one level-1 heading.'
							: p.setext
								? 'Underline section headings with "-" instead of "=", or start them with "##" (and their subsections with "###"): the title is the page\'s one level-1 heading.'
								: 'Start section headings with "##" and their subsections with "###": the title is the page\'s one level-1 heading.',
						es: p.html
							? 'Escribe los encabezados de sección como <h2> (o "##") y los de sus subsecciones como <h3> (o "###"): el título es el único encabezado de primer nivel de la página.'
							: p.setext
								? 'Subraya los encabezados de sección con "-" en vez de "=", o empiézalos con "##" (y sus subsecciones con "###"): el título es el único encabezado de primer nivel de la página.'
								: 'Empieza los encabezados de sección con "##" y los de sus subsecciones con "###": el título es el único encabezado de primer nivel de la página.',
					},
	}),
	/**
	 * Text left for a writer to replace (src/checks/template-placeholders.ts): a placeholder of
	 * `memoria new`'s templates, or a text `memoria translate` marked as not yet translated (`translate`).
	 */
	'template-placeholder': entry<{ field: string; text: string; translate: boolean }>({
		message: (p) =>
			p.translate
				? {
						en: `The field "${p.field}" is still marked as not translated: "${p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text}". Readers would see the mark and the text in the original's language.`,
						es: `El campo "${p.field}" sigue marcado como sin traducir: "${p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text}". Quien lea vería la marca y el texto en el idioma del original.`,
					}
				: {
						en: `The field "${p.field}" still holds the template's placeholder "${p.text}". Readers would see it as written.`,
						es: `El campo "${p.field}" todavía tiene el texto de ejemplo de la plantilla, "${p.text}". Quien lea lo vería tal cual.`,
					},
		hint: (p) =>
			p.translate
				? {
						en: 'Translate the text, then delete "[TRANSLATE] " from its start.',
						es: 'Traduce el texto y después borra "[TRANSLATE] " del principio.',
					}
				: {
						en: 'Write your own text in its place, square brackets included, or delete the line (or the list item) if there is nothing to say yet.',
						es: 'Escribe tu propio texto en su lugar, corchetes incluidos, o borra la línea (o el elemento de la lista) si todavía no hay nada que decir.',
					},
	}),
	// `domain`: an e-mail address's, so the hint can say how to allow the organisation's whole domain.
	'personal-data': entry<{ kind: string; text: string; decoded?: string | undefined; more?: number | undefined; domain?: string | undefined }>({
		message: (p) => ({
			en: `Possible personal data (${p.kind}): "${p.text}"${p.decoded ? ` (that is, "${p.decoded}")` : ''}.${p.more ? ` The same line holds ${p.more} more, not listed.` : ''}`,
			es: `Posible dato personal (${p.kind}): "${p.text}"${p.decoded ? ` (es decir, "${p.decoded}")` : ''}.${p.more ? ` La misma línea tiene ${p.more} más, que no se listan.` : ''}`,
		}),
		hint: (p) => ({
			en: `Remove it, or replace it with a role. If publishing it is right (the organisation's own public address, or the person agreed), add "${p.text}" to personalData.allow in memoria.config.ts or to this entry's "consent" list.${p.domain ? ` If every address at ${p.domain} is the organisation's to publish, add "@${p.domain}" to personalData.allow instead.` : ''}`,
			es: `Quítalo o reemplázalo por un rol. Si corresponde publicarlo (la dirección pública de la propia organización, o la persona dio su consentimiento), agrega "${p.text}" a personalData.allow en memoria.config.ts o a la lista "consent" de esta entrada.${p.domain ? ` Si todas las direcciones de ${p.domain} son de la organización y se pueden publicar, agrega "@${p.domain}" a personalData.allow.` : ''}`,
		}),
	}),
	'allowed-mail-service': entry<{ entry: string; domain: string }>({
		message: (p) => ({
			en: `personalData.allow lists "${p.entry}", the domain of a mail service anyone can have an address at: it would let every personal address at ${p.domain} into the public site, so it is not applied.`,
			es: `personalData.allow incluye "${p.entry}", el dominio de un servicio de correo donde cualquiera puede tener una dirección: dejaría pasar al sitio público todas las direcciones personales de ${p.domain}, así que no se aplica.`,
		}),
		hint: () => ({
			en: 'Remove it from personalData.allow in memoria.config.ts, and list the addresses the organisation publishes one by one (such as "colectivo.mx@gmail.com").',
			es: 'Quítalo de personalData.allow en memoria.config.ts y enumera una por una las direcciones que publica la organización (como "colectivo.mx@gmail.com").',
		}),
	}),
	'review-due': entry<{ date: string }>({
		message: (p) => ({ en: `This entry was due for review on ${p.date}.`, es: `Esta entrada debía revisarse el ${p.date}.` }),
		hint: () => ({
			en: 'Check it is still accurate, then move "reviewBy" to the next review date.',
			es: 'Comprueba que siga siendo correcta y pasa "reviewBy" a la próxima fecha de revisión.',
		}),
	}),
	'retention-expired': entry<{ date: string }>({
		message: (p) => ({
			en: `This public entry's retention date (${p.date}) has passed.`,
			es: `La fecha de conservación de esta entrada pública (${p.date}) ya pasó.`,
		}),
		hint: () => ({
			en: 'Follow your retention policy: archive it (archived: true) or remove it.',
			es: 'Sigue tu política de conservación: archívala (archived: true) o elimínala.',
		}),
	}),
	'translation-without-source': entry<{ language: string; from: string; expected: string; languages: string }>({
		message: (p) => ({
			en: `This translation (${p.language}) says its original is in "${p.from}", but the entry has no file in that language.`,
			es: `Esta traducción (${p.language}) dice que su original está en "${p.from}", pero la entrada no tiene ningún archivo en ese idioma.`,
		}),
		hint: (p) => ({
			en: `Create ${p.expected}, or write in translatedFrom the language of the original (the site has ${p.languages}). If this file is the original, delete translatedFrom.`,
			es: `Crea ${p.expected} o escribe en translatedFrom el idioma del original (el sitio tiene ${p.languages}). Si este archivo es el original, borra translatedFrom.`,
		}),
	}),
	'original-unclear': entry<{ files: string; named: string }>({
		message: (p) => ({
			en: p.named
				? `The files of this entry name different originals (${p.named}): ${p.files}.`
				: `This entry has several files and none in the site's default language, so nothing says which is the original: ${p.files}.`,
			es: p.named
				? `Los archivos de esta entrada nombran originales distintos (${p.named}): ${p.files}.`
				: `Esta entrada tiene varios archivos y ninguno en el idioma principal del sitio, así que nada dice cuál es el original: ${p.files}.`,
		}),
		hint: () => ({
			en: 'In every translation, write translatedFrom with the language of the original (for example "translatedFrom: es"); leave it out of the original.',
			es: 'En cada traducción, escribe translatedFrom con el idioma del original (por ejemplo "translatedFrom: es"); no lo pongas en el original.',
		}),
	}),
	'invalid-entry': entry<{ problems: string }>({
		message: (p) => ({
			en: `The frontmatter does not match the schema:\n${p.problems}`,
			es: `Los metadatos (frontmatter) no cumplen el esquema:\n${p.problems}`,
		}),
		hint: () => ({
			en: 'Fix each field listed above; the writers’ guide lists every field and its meaning.',
			es: 'Corrige cada campo de la lista; la guía de redacción explica cada campo y su significado.',
		}),
	}),
	'invalid-site-config': entry<{ problems: string }>({
		message: (p) => ({
			en: `Memoria cannot use these settings:\n${p.problems}`,
			es: `Memoria no puede usar estos ajustes:\n${p.problems}`,
		}),
		hint: () => ({
			en: 'Correct the options named above; README.md, section "Configure the site", lists them all. After an upgrade, CHANGELOG.md says what changed.',
			es: 'Corrige las opciones indicadas; el README, sección "Configurar el sitio", las describe todas. Después de una actualización, CHANGELOG.md dice qué cambió.',
		}),
	}),
	'unreadable-site-config': entry<{ problem: string; line?: number | undefined }>({
		message: (p) => ({
			en: `Memoria cannot read memoria.config.ts${p.line ? ` (line ${p.line})` : ''}: ${p.problem}`,
			es: `Memoria no puede leer memoria.config.ts${p.line ? ` (línea ${p.line})` : ''}: ${p.problem}`,
		}),
		hint: () => ({
			en: 'The usual cause is a missing comma, quote or brace near that line. Every option is written as name: value, with a comma after it, inside export default { … }.',
			es: 'Lo habitual es que falte una coma, una comilla o una llave cerca de esa línea. Cada opción se escribe como nombre: valor, con una coma después, dentro de export default { … }.',
		}),
	}),
	'starlight-not-a-dependency': entry<{ command: string }>({
		message: () => ({
			en: 'The site’s package.json does not list @astrojs/starlight, which Memoria builds the site with.',
			es: 'El package.json del sitio no incluye @astrojs/starlight, con el que Memoria construye el sitio.',
		}),
		hint: (p) => ({
			en: `Add it in the site’s folder with: ${p.command}`,
			es: `Agrégalo en la carpeta del sitio con: ${p.command}`,
		}),
	}),
	'admin-asset-elsewhere': entry<{ address: string; packageName?: string | undefined }>({
		message: (p) =>
			p.packageName
				? {
						en: `The admin at /admin/ (Sveltia CMS) draws with the font at ${p.address}, which Memoria serves itself from the package ${p.packageName}; that package is not installed.`,
						es: `El administrador en /admin/ (Sveltia CMS) usa la fuente de ${p.address}, que Memoria sirve desde el paquete ${p.packageName}; ese paquete no está instalado.`,
					}
				: {
						en: `The admin at /admin/ (Sveltia CMS) would load ${p.address} from another site, and /admin/ loads only its own files.`,
						es: `El administrador en /admin/ (Sveltia CMS) cargaría ${p.address} desde otro sitio, y /admin/ solo carga sus propios archivos.`,
					},
		hint: (p) => ({
			en: `${p.packageName ? 'Install the site’s dependencies again with npm install. ' : ''}If you installed another version of @sveltia/cms yourself, go back to the one Memoria’s package.json names; or turn the admin off with admin: { enabled: false } in memoria.config.ts.`,
			es: `${p.packageName ? 'Vuelve a instalar las dependencias del sitio con npm install. ' : ''}Si instalaste por tu cuenta otra versión de @sveltia/cms, vuelve a la que indica el package.json de Memoria; o apaga el administrador con admin: { enabled: false } en memoria.config.ts.`,
		}),
	}),
	'site-folder-moved': entry<{ option: string; folder: string; expected: string }>({
		message: (p) => ({
			en: `astro.config.mjs sets ${p.option} to ${p.folder}, and Memoria reads a site's files from ${p.expected}.`,
			es: `astro.config.mjs pone ${p.option} en ${p.folder}, y Memoria lee los archivos de un sitio en ${p.expected}.`,
		}),
		hint: () => ({
			en: `Remove that option from astro.config.mjs and keep the folder where Memoria reads it: the content checks, the build and Astro must all see the same files.`,
			es: `Quita esa opción de astro.config.mjs y deja la carpeta donde Memoria la lee: las revisiones del contenido, la construcción y Astro deben ver los mismos archivos.`,
		}),
	}),
	'duplicate-address': entry<{ slug: string; other: string }>({
		message: (p) => ({
			en: `The address "${p.slug}" is already used by ${p.other}.`,
			es: `La dirección "${p.slug}" ya la usa ${p.other}.`,
		}),
		hint: () => ({
			en: 'Give this entry another "slug", or remove the clashing value from "aliases".',
			es: 'Dale a esta entrada otro "slug" o quita el valor repetido de "aliases".',
		}),
	}),
	'duplicate-series-part': entry<{ series: string; part: number; other: string }>({
		message: (p) => ({
			en: `Part ${p.part} of series "${p.series}" is also claimed by ${p.other}.`,
			es: `La parte ${p.part} de la serie "${p.series}" también la reclama ${p.other}.`,
		}),
		hint: () => ({
			en: 'Give each post of a series its own part number.',
			es: 'Asigna a cada entrada de la serie un número de parte distinto.',
		}),
	}),
	'assessment-duplicate-id': entry<{ kind: 'dimension' | 'question'; id: string }>({
		message: (p) => ({
			en: `Two ${p.kind}s of this self-assessment have the id "${p.id}".`,
			es: `Dos ${p.kind === 'question' ? 'preguntas' : 'dimensiones'} de esta autoevaluación tienen el id "${p.id}".`,
		}),
		hint: () => ({
			en: 'Give each one its own id: answers are kept, and translations matched, by it.',
			es: 'Dale a cada una su propio id: con él se guardan las respuestas y se empareja la traducción.',
		}),
	}),
	'assessment-unknown-dimension': entry<{ dimension: string; suggestion?: string | undefined; known: string }>({
		message: (p) => ({
			en: `The question counts towards dimension "${p.dimension}", which is not listed in "dimensions".`,
			es: `La pregunta suma a la dimensión "${p.dimension}", que no está en la lista "dimensions".`,
		}),
		hint: (p) => ({
			en: `${p.suggestion ? `Did you mean "${p.suggestion}"? ` : ''}The dimensions of this self-assessment are: ${p.known || 'none yet'}.`,
			es: `${p.suggestion ? `¿Quisiste poner "${p.suggestion}"? ` : ''}Las dimensiones de esta autoevaluación son: ${p.known || 'ninguna todavía'}.`,
		}),
	}),
	'assessment-empty-dimension': entry<{ dimension: string }>({
		message: (p) => ({
			en: `Dimension "${p.dimension}" has no questions, so it cannot give a result.`,
			es: `La dimensión "${p.dimension}" no tiene preguntas, así que no puede dar ningún resultado.`,
		}),
		hint: (p) => ({
			en: `Add questions with "dimension: ${p.dimension}", or remove the dimension.`,
			es: `Agrega preguntas con "dimension: ${p.dimension}" o quita la dimensión.`,
		}),
	}),
	'assessment-bands': entry<{ dimension?: string; kind: 'gap' | 'overlap' | 'outside' | 'reversed'; from: number; to: number; min: number; max: number }>({
		message: (p) => {
			const part = assessmentPart(p.dimension);
			const range = scores(p.from, p.to);
			return {
				gap: {
					en: `The result bands ${part.en} give no message for ${range.en}.`,
					es: `${part.band('Las franjas')} no dan ningún mensaje para ${range.es}.`,
				},
				overlap: {
					en: `Two result bands ${part.en} both cover ${range.en}.`,
					es: `${part.band('Dos franjas')} cubren ${range.es}.`,
				},
				outside: {
					en: `A result band ${part.en} goes from ${p.from} to ${p.to}, but that score can only go from ${p.min} to ${p.max}.`,
					es: `${part.band('Una franja')} va de ${p.from} a ${p.to}, pero ese puntaje solo puede ir de ${p.min} a ${p.max}.`,
				},
				reversed: {
					en: `A result band ${part.en} goes from ${p.from} to ${p.to}: its "to" is lower than its "from".`,
					es: `${part.band('Una franja')} va de ${p.from} a ${p.to}: su "to" es menor que su "from".`,
				},
			}[p.kind];
		},
		hint: (p) => {
			const part = assessmentPart(p.dimension);
			return {
				en: `Scores ${part.en} go from ${p.min} to ${p.max}. The first band starts at ${p.min}, each "from" is one more than the "to" of the band before, and the last band ends at ${p.max}. Adding a question or changing an option's score changes this range.`,
				es: `Los puntajes ${part.es} van de ${p.min} a ${p.max}. La primera franja empieza en ${p.min}, cada "from" es uno más que el "to" de la franja anterior y la última termina en ${p.max}. Si agregas una pregunta o cambias el puntaje de una opción, este rango cambia.`,
			};
		},
	}),
	'assessment-translation-mismatch': entry<{ what: MismatchPart; id?: string; expected: string; found: string; original: string }>({
		message: (p) => {
			const part = mismatchPart(p.what, p.id);
			return {
				en: `This translation differs from its original (${p.original}) in ${part.en}: "${p.expected || 'none'}" in the original, "${p.found || 'none'}" here.`,
				es: `Esta traducción no coincide con su original (${p.original}) en ${part.es}: "${p.expected || 'ninguno'}" en el original, "${p.found || 'ninguno'}" aquí.`,
			};
		},
		hint: () => ({
			en: 'A translation changes only the words. Keep the ids, the order of questions and options, the scores and each band’s "from" and "to" as in the original, so the same answers give the same result in every language.',
			es: 'Una traducción solo cambia las palabras. Deja los ids, el orden de las preguntas y de las opciones, los puntajes y el "from" y el "to" de cada franja igual que en el original, para que las mismas respuestas den el mismo resultado en todos los idiomas.',
		}),
	}),
	'network-member-unreachable': entry<{
		member: string;
		file: string;
		/** Whether the hub has a last good copy of the member, kept as it was. */
		kept: boolean;
		reason: 'timeout' | 'connection' | 'status' | 'missing';
		seconds?: number;
		status?: number;
		detail?: string | undefined;
	}>({
		message: (p) => {
			const what = {
				timeout: { en: `gave no answer for ${p.seconds} s.`, es: `no respondió en ${p.seconds} s.` },
				connection: { en: `could not be reached${p.detail ? ` (${p.detail})` : ''}.`, es: `no se pudo alcanzar${p.detail ? ` (${p.detail})` : ''}.` },
				status: { en: `answered with HTTP status ${p.status}.`, es: `respondió con el estado HTTP ${p.status}.` },
				missing: { en: 'is not there.', es: 'no está.' },
			}[p.reason];
			return { en: `Network member "${p.member}": ${p.file} ${what.en}`, es: `Miembro de la red "${p.member}": ${p.file} ${what.es}` };
		},
		hint: (p) => ({
			en: `${lastCopy(p.member, p.kept).en} The next pull tries again. If the member moved its site or its files, change its "url" or "path" in network.members of memoria.config.ts.`,
			es: `${lastCopy(p.member, p.kept).es} La próxima descarga lo vuelve a intentar. Si el miembro mudó su sitio o sus archivos, cambia su "url" o su "path" en network.members de memoria.config.ts.`,
		}),
	}),
	'network-member-refused': entry<{ member: string; file: string; kept: boolean } & MemberRefusal>({
		message: (p) => {
			const what = memberRefusal(p);
			return { en: `Network member "${p.member}": ${p.file} ${what.en}`, es: `Miembro de la red "${p.member}": ${p.file} ${what.es}` };
		},
		hint: (p) => memberRefusalHint(p, p.member, p.kept),
	}),
	'network-member-version': entry<{ member: string; file: string; kept: boolean; found: string; supported: number }>({
		message: (p) => ({
			en: `Network member "${p.member}": ${p.file} is in version ${p.found} of Memoria's format, and this hub reads version ${p.supported}.`,
			es: `Miembro de la red "${p.member}": ${p.file} está en la versión ${p.found} del formato de Memoria, y este nodo lee la versión ${p.supported}.`,
		}),
		hint: (p) => {
			const newer = Number(p.found) > p.supported;
			return {
				en: `${lastCopy(p.member, p.kept).en} ${newer ? 'Upgrade Memoria on the hub (npm install memoria-ssg@latest) to read it.' : 'Ask the member to upgrade Memoria and build its site again.'}`,
				es: `${lastCopy(p.member, p.kept).es} ${newer ? 'Actualiza Memoria en el nodo (npm install memoria-ssg@latest) para leerla.' : 'Pide al miembro que actualice Memoria y vuelva a construir su sitio.'}`,
			};
		},
	}),
	'unsafe-mirror-folder': entry<{ folder: string; reason: 'root' | 'outside' | 'protected' | 'not-ours' }>({
		message: (p) =>
			({
				root: { en: `network.mirror is the site's own folder (${p.folder}).`, es: `network.mirror es la carpeta misma del sitio (${p.folder}).` },
				outside: { en: `network.mirror (${p.folder}) is outside the site's folder.`, es: `network.mirror (${p.folder}) está fuera de la carpeta del sitio.` },
				protected: {
					en: `network.mirror (${p.folder}) is inside content/, public/, src/ or node_modules/, or holds one of them.`,
					es: `network.mirror (${p.folder}) está dentro de content/, public/, src/ o node_modules/, o contiene alguna de ellas.`,
				},
				'not-ours': {
					en: `${p.folder} is in the network's mirror, but memoria network pull did not make it (it has no pull.json), so it is not replaced or removed.`,
					es: `${p.folder} está en la carpeta de copias de la red, pero memoria network pull no la creó (no tiene pull.json), así que no se reemplaza ni se borra.`,
				},
			})[p.reason],
		hint: (p) =>
			p.reason === 'not-ours'
				? {
						en: 'Move that folder out of the mirror, or choose another folder for the mirror (network.mirror in memoria.config.ts).',
						es: 'Saca esa carpeta de la carpeta de copias, o elige otra carpeta para las copias (network.mirror en memoria.config.ts).',
					}
				: {
						en: 'The pull replaces and removes folders in the mirror: give it a folder of its own inside the site, such as "network" (the default).',
						es: 'La descarga reemplaza y borra carpetas en la carpeta de copias: dale una carpeta propia dentro del sitio, como "network" (la de por omisión).',
					},
	}),
	/**
	 * A hub's mirror of a member (network/<member>/, issue 23) that the build cannot trust: a file
	 * missing, too large, not the one the manifest lists, or not in the format. Read again at every
	 * build, since a mirror can be edited by hand: nothing of that member is published.
	 */
	'network-mirror-invalid': entry<{ member: string; file: string; problem: Text }>({
		message: (p) => ({
			en: `The copy of the network member "${p.member}" cannot be published: ${p.file}: ${p.problem.en}`,
			es: `La copia del miembro de la red "${p.member}" no se puede publicar: ${p.file}: ${p.problem.es}`,
		}),
		hint: (p) => ({
			en: `Copy it again with \`npx memoria network pull\`, which keeps only copies it has verified; or delete the folder of "${p.member}" in the mirror and remove the member from network.members in memoria.config.ts.`,
			es: `Vuelve a copiarlo con \`npx memoria network pull\`, que solo guarda copias verificadas; o borra la carpeta de "${p.member}" en la copia local y quita al miembro de network.members en memoria.config.ts.`,
		}),
	}),
	/** A member's copy whose own manifest forbids copies or asks to leave: the member's consent comes first. */
	'network-copy-refused': entry<{ member: string; file: string; leaving: boolean }>({
		message: (p) => ({
			en: p.leaving
				? `The network member "${p.member}" has asked every hub to remove its copy (${p.file} says "leaving": true), so it is not published.`
				: `The network member "${p.member}" does not allow copies (${p.file} says "allowed": false), so its copy is not published.`,
			es: p.leaving
				? `El miembro de la red "${p.member}" pidió a todos los nodos quitar su copia (${p.file} dice "leaving": true), así que no se publica.`
				: `El miembro de la red "${p.member}" no permite copias (${p.file} dice "allowed": false), así que su copia no se publica.`,
		}),
		hint: (p) => ({
			en: `Run \`npx memoria network pull\`, which removes it from the mirror, and remove "${p.member}" from network.members in memoria.config.ts.`,
			es: `Ejecuta \`npx memoria network pull\`, que lo quita de la copia local, y quita "${p.member}" de network.members en memoria.config.ts.`,
		}),
	}),
	/** A member id that is also a word of the network's own pages (its themes, countries…), whose address it would take. */
	'network-member-id-reserved': entry<{ member: string; words: string }>({
		message: (p) => ({
			en: `The network member id "${p.member}" is also the address of a page of the network (${p.words}).`,
			es: `El id de miembro de la red "${p.member}" es también la dirección de una página de la red (${p.words}).`,
		}),
		hint: () => ({
			en: 'Give the member another id in network.members of memoria.config.ts, such as its name with a hyphen and its country.',
			es: 'Dale al miembro otro id en network.members de memoria.config.ts, por ejemplo su nombre con un guion y su país.',
		}),
	}),
} as const;

export type ErrorId = keyof typeof catalogue;
export type ErrorParams<Id extends ErrorId> = Parameters<(typeof catalogue)[Id]['message']>[0];
