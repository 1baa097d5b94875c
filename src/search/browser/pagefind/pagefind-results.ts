/**
 * Pagefind's results as found pages for the result list (core/result-list.ts): each result's
 * data is fetched only when it is shown, its language read from its address, its excerpt split
 * into text and marked words.
 */
import type { ExcerptPart, FoundPage } from '../core/found-page';
import type { ResultSet } from '../core/result-list';
import type { ResultLanguage } from '../core/search-strings';
import type { PagefindResult, PagefindResultData } from './load-pagefind';
import { networkResult, type NetworkSearch } from './network-results';

/**
 * The language of a page of this site, from its address: the language whose home page holds it.
 * The default language's home is the site's root, which holds every page, so the others are
 * tried first.
 */
export function languageOfUrl(url: string, languages: readonly ResultLanguage[], base: string): string | undefined {
	const path = new URL(url, base).pathname;
	const byDefault = languages[0];
	return (languages.find((l) => l.home !== byDefault?.home && path.startsWith(l.home)) ?? byDefault)?.code;
}

/**
 * Pagefind's excerpt: the page's text, escaped by Pagefind, with <mark> around the words found.
 * Read back as text and marks alone, so nothing else in it can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
	return Array.from(parsed?.childNodes ?? [], (node) =>
		node.nodeName === 'MARK' ? { text: node.textContent ?? '', marked: true } : { text: node.textContent ?? '' }
	);
}

/** On a network's hub: its table of merged members and the site's base, to lead a member's result to the hub's copy. */
export interface ResultNetwork {
	table: NetworkSearch | undefined;
	base: string;
}

export function foundPage(data: PagefindResultData, languages: readonly ResultLanguage[], pageLanguage: string, network?: ResultNetwork): FoundPage {
	const member = network ? networkResult(data.url, data.meta.type !== undefined, network.table, network.base) : undefined;
	return {
		// A member's page the hub has no copy of, nor an address for, is shown without a link.
		url: member ? (member.url ?? '') : data.url,
		title: data.meta.title ?? data.url,
		type: data.meta.type,
		date: data.meta.date,
		language: member?.language ?? languageOfUrl(data.url, languages, location.href) ?? pageLanguage,
		untranslated: data.meta.untranslated,
		excerpt: excerptParts(data.excerpt),
	};
}

/** Pagefind's results of one search, each fetched when shown. */
export function pagefindResults(
	results: readonly PagefindResult[],
	languages: readonly ResultLanguage[],
	pageLanguage: string,
	network?: ResultNetwork
): ResultSet {
	return {
		total: results.length,
		slice: async (from, to) =>
			(await Promise.all(results.slice(from, to).map((r) => r.data()))).map((data) => foundPage(data, languages, pageLanguage, network)),
	};
}
