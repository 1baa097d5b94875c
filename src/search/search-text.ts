/**
 * What the header's search dialog and the search page (online and in the offline copy) hand
 * their scripts: the sentences about results in the page's language (placeholders kept for the
 * script to fill) and every language with its home page, so a result in another language is
 * marked as such. Made at build time; the scripts read them in src/search/browser/.
 */
import type { ResultLanguage, SearchStrings } from './browser/core/search-strings';
import { locales, urls } from '../site/site';
import { networkSearchFolder } from './bundles';
import type { NetworkSearchSource } from './browser/pagefind/network-results';

/** Takes the page's `Astro.locals`: its `t()`, and `pluralForms()` in the same language. */
export function searchStrings({ t, pluralForms }: App.Locals): SearchStrings {
	return {
		results: pluralForms('memoria.search.results'),
		none: t('memoria.search.none'),
		loading: t('memoria.search.loading'),
		// The dev server serves no search index: a writer trying search there is told how to.
		unavailable: t(import.meta.env.DEV ? 'memoria.search.unavailableDev' : 'memoria.search.unavailable'),
		untranslated: t('memoria.listing.untranslated'),
		inLanguage: t('memoria.search.inLanguage', { language: '{{language}}' }),
	};
}

export function searchLanguages(): ResultLanguage[] {
	return locales.languages.map((l) => ({ code: l, label: locales.label(l), home: urls.home(l) }));
}

/** On a network's hub: where the search scripts find the table of its merged members (src/network/search-copies.ts). */
export function networkSearchSource(): NetworkSearchSource {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	return { table: `${base}${networkSearchFolder}/members.json`, base };
}
