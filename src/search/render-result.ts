/**
 * What the search page and the header's dialog draw alike: one result as a list item (the page's
 * title as a link, its type and date, whether it is untranslated or in another language, then
 * Pagefind's excerpt with the matched words marked), the sentence that counts the results, and
 * the "Show more results" button.
 */
import { plural, type PluralForms } from '../translations/plural';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; type?: string; date?: string; untranslated?: string };
}

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

/** Every sentence both search boxes show, in the page's language (made by search-text.ts). */
export interface SearchStrings extends ResultStrings {
	/** "{{count}} result(s)" in each plural form of the page's language, the count filled in by resultCount(). */
	results: PluralForms;
	none: string;
	loading: string;
}

export function resultRenderer(language: string, languages: ResultLanguage[], strings: ResultStrings): (result: PagefindResultData) => HTMLLIElement {
	const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
	// The default language's home is the site's root, so every other language is tried first.
	const languageOf = (url: string) => {
		const path = new URL(url, location.href).pathname;
		return languages.find((l) => l.home !== languages[0]!.home && path.startsWith(l.home)) ?? languages[0];
	};
	return (result) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		// Only an address of this site or the web: one entry's odd data never makes a link that runs script.
		if (/^(\/|https?:)/i.test(result.url)) link.href = result.url;
		link.textContent = result.meta.title ?? result.url;
		const meta = document.createElement('p');
		meta.className = 'memoria-result-meta';
		// A date that is not one is left out: one entry's bad data never breaks the list for the others.
		const date = result.meta.date ? new Date(result.meta.date) : undefined;
		const parts = [result.meta.type, date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : undefined];
		const resultLanguage = languageOf(result.url);
		if (result.meta.untranslated) parts.push(strings.untranslated);
		if (resultLanguage && resultLanguage.code !== language) {
			link.lang = resultLanguage.code;
			parts.push(strings.inLanguage.replace('{{language}}', resultLanguage.label));
		}
		meta.textContent = parts.filter(Boolean).join(' · ');
		const excerpt = document.createElement('p');
		appendExcerpt(excerpt, result.excerpt);
		item.append(link, meta, excerpt);
		return item;
	};
}

/**
 * Pagefind's excerpt: the page's text, escaped by Pagefind, with <mark> around the words found.
 * It is rebuilt here from text and <mark> alone, so nothing else in it can ever become markup.
 */
function appendExcerpt(into: HTMLElement, excerpt: string): void {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
	for (const node of Array.from(parsed?.childNodes ?? [])) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			into.append(mark);
		} else into.append(node.textContent ?? '');
	}
}

export interface CountStrings {
	/** "{{count}} result(s)" */
	results: PluralForms;
	none: string;
}

/** "1 result", "31 results" or the sentence for none, in the page's language. */
export function resultCount(count: number, language: string, strings: CountStrings): string {
	return count === 0 ? strings.none : plural(strings.results, count, language);
}

/** Runs `showMore` on each press, with the button disabled meanwhile so a second press never fetches the same results again. */
export function pageThrough(button: HTMLButtonElement, showMore: () => Promise<void>): void {
	button.addEventListener('click', async () => {
		button.disabled = true;
		try {
			await showMore();
		} finally {
			button.disabled = false;
		}
	});
}
