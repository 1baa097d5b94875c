import type { ContentGraph, Entry, SectionData } from '../content-graph';
import type { Section } from '../sections';

/**
 * One item of a list field (a recommendation, an assumption, an action) as a reader of
 * `language` sees it: the translation's item at the same position when the entry has a
 * translation that carries it, else the original's, with the language of the words shown.
 * Facts such as states and dates are read from the original by the callers.
 */
export function translatedItem<S extends Section, T>(
	graph: ContentGraph,
	entry: Entry<S>,
	language: string,
	list: (data: SectionData[S]) => readonly T[],
	index: number
): { item: T; language: string } {
	const shown = graph.fileFor(entry, language).file;
	const translated = list(shown.data)[index];
	return translated !== undefined
		? { item: translated, language: shown.language }
		: { item: list(entry.original.data)[index]!, language: entry.original.language };
}
