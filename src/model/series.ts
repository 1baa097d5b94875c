import type { ContentGraph } from './content-graph';
import { entryLink, type EntryLink } from '../site/entry-links';

export interface SeriesPart {
	key: string;
	part: number;
	link: EntryLink;
}

export interface SeriesView {
	id: string;
	title: string;
	parts: SeriesPart[];
	current: SeriesPart;
	previous: SeriesPart | undefined;
	next: SeriesPart | undefined;
}

/**
 * The series a post belongs to, in the reader's language: parts in order, the series title
 * from the first part that names it in that language (else the default language, else its id).
 */
export function seriesOf(graph: ContentGraph, postKey: string, language: string): SeriesView | undefined {
	const seriesId = graph.get('posts', postKey)?.original.data.series?.id;
	if (!seriesId) return undefined;
	const keys = graph.relations.postsBySeries.get(seriesId) ?? [];
	const parts: SeriesPart[] = keys.map((key) => ({
		key,
		part: graph.get('posts', key)!.original.data.series!.part,
		link: entryLink(graph, 'posts', key, language)!,
	}));
	const titles = (lang: string) =>
		keys.map((k) => {
			const entry = graph.get('posts', k)!;
			const file = lang === graph.locales.defaultLanguage ? entry.original : entry.translations.get(lang);
			return file?.data.series?.title;
		});
	const title = titles(language).find(Boolean) ?? titles(graph.locales.defaultLanguage).find(Boolean) ?? seriesId;
	const index = keys.indexOf(postKey);
	return { id: seriesId, title, parts, current: parts[index]!, previous: parts[index - 1], next: parts[index + 1] };
}
