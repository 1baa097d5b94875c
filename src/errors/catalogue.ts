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
	calls: { en: 'call', es: 'la llamada' },
	posts: { en: 'post', es: 'la entrada' },
	organisations: { en: 'organisation', es: 'la organización' },
};
const noun = (collection: string, language: WriterLanguage) => entryNoun[collection]?.[language] ?? collection;
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
	'translation-without-source': entry<{ language: string; expected: string }>({
		message: (p) => ({
			en: `This translation (${p.language}) has no original in the default language.`,
			es: `Esta traducción (${p.language}) no tiene original en el idioma principal.`,
		}),
		hint: (p) => ({
			en: `Create ${p.expected}, or move this file to the path of its original.`,
			es: `Crea ${p.expected} o mueve este archivo a la ruta de su original.`,
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
			en: `memoria.config.ts has invalid values:\n${p.problems}`,
			es: `memoria.config.ts tiene valores no válidos:\n${p.problems}`,
		}),
		hint: () => ({
			en: 'Correct the fields named above; README.md, section "Configure the site", lists them all.',
			es: 'Corrige los campos indicados; el README, sección "Configure the site", los describe todos.',
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
} as const;

export type ErrorId = keyof typeof catalogue;
export type ErrorParams<Id extends ErrorId> = Parameters<(typeof catalogue)[Id]['message']>[0];
