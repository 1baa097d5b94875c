import type { ContentGraph } from './content-graph';
import { countryName } from '../lib/format';
import { urls } from '../site/site';

/** A theme's name in the reader's language, else the default language's, else its id. */
export function themeLabel(graph: ContentGraph, id: string, language: string): string {
	const label = graph.themes.get(id)?.label;
	return label?.[language] ?? label?.[graph.locales.defaultLanguage] ?? id;
}

/** Links to the theme pages of `ids`, labelled in the reader's language. */
export function themeLinks(graph: ContentGraph, ids: readonly string[], language: string) {
	return ids.map((id) => ({ href: urls.term('themes', id, language), text: themeLabel(graph, id, language) }));
}

/** Links to the country pages of ISO codes, named in the reader's language. */
export function countryLinks(codes: readonly string[], language: string) {
	return codes.map((code) => ({ href: urls.term('countries', code, language), text: countryName(code, language) }));
}
