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
 * from the first part that names it in that language (else in its original's language, else its id).
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
	const translated = keys.map((k) => {
		const shown = graph.fileFor(graph.get('posts', k)!, language);
		return shown.isFallback ? undefined : shown.file.data.series?.title;
	});
	const original = keys.map((k) => graph.get('posts', k)!.original.data.series?.title);
	const title = translated.find(Boolean) ?? original.find(Boolean) ?? seriesId;
	const index = keys.indexOf(postKey);
	return { id: seriesId, title, parts, current: parts[index]!, previous: parts[index - 1], next: parts[index + 1] };
}
