/**
 * What a page hands its search script, as JSON in data attributes (made at build time by
 * src/search/search-text.ts): the sentences about results in the page's language, with their
 * placeholders kept for the script to fill, and every language of the site.
 */
import type { PluralForms } from '../../../translations/plural';

export interface ResultLanguage {
	code: string;
	label: string;
	/** The language's home page; a result under it is in that language. */
	home: string;
}

export interface ResultStrings {
	untranslated: string;
	/** "In {{language}}". */
	inLanguage: string;
}

export interface CountStrings {
	/** "{{count}} result(s)" in each plural form of the page's language, the count filled in by resultCount(). */
	results: PluralForms;
	none: string;
}

/** Every sentence the three search boxes show (the dialog, the search page, the offline copy's). */
export interface SearchStrings extends ResultStrings, CountStrings {
	loading: string;
	/** Said when Pagefind's script or index cannot be loaded (the dev server has none). */
	unavailable: string;
}

/** The search page's sentences, with each filter's heading. */
export interface SearchPageStrings extends SearchStrings {
	filters: Record<string, string>;
}
