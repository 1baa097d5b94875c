/**
 * What a search result says, the same in the dialog, on the search page and in the offline copy
 * (src/search/browser/core/found-page.ts, result-count.ts), and how Pagefind's results become
 * found pages (pagefind/pagefind-results.ts).
 */
import { describe, expect, it } from 'vitest';
import { describeResult, safeHref, type FoundPage, type ResultContext } from '../../src/search/browser/core/found-page';
import { resultCount } from '../../src/search/browser/core/result-count';
import { languageOfUrl } from '../../src/search/browser/pagefind/pagefind-results';

const languages = [
	{ code: 'en', label: 'English', home: '/memoria/' },
	{ code: 'es', label: 'Español', home: '/memoria/es/' },
];
const strings = { untranslated: 'Not translated yet', inLanguage: 'In {{language}}' };
const english: ResultContext = { language: 'en', languages, strings, base: 'https://org.example/memoria/search/' };
const page = (found: Partial<FoundPage> = {}): FoundPage => ({
	url: '/memoria/learnings/x/',
	title: 'Three filters',
	language: 'en',
	excerpt: [{ text: 'x' }],
	...found,
});

describe('a result’s meta line', () => {
	it('is the type and the date in the page’s language', () => {
		expect(describeResult(page({ type: 'Learning', date: '2017-05-30' }), english).meta).toBe('Learning · May 30, 2017');
		expect(describeResult(page({ type: 'Aprendizaje', date: '2017-05-30', language: 'es' }), { ...english, language: 'es' }).meta).toBe(
			'Aprendizaje · 30 may 2017'
		);
	});

	it('leaves out a date that is not one, and a missing type, without an empty separator', () => {
		expect(describeResult(page({ type: 'Learning', date: 'someday' }), english).meta).toBe('Learning');
		expect(describeResult(page({ date: '2017-05-30' }), english).meta).toBe('May 30, 2017');
	});

	it('says when the entry is not translated, and names the language of a result in another one', () => {
		const fallback = describeResult(page({ type: 'Learning', untranslated: 'en', language: 'es', url: '/memoria/es/aprendizajes/x/' }), english);
		expect(fallback.meta).toBe('Learning · Not translated yet · In Español');
	});
});

describe('a result’s language', () => {
	it('is marked when the result is in another language than the page', () => {
		expect(describeResult(page({ language: 'es' }), english).lang).toBe('es');
		expect(describeResult(page(), english).lang).toBeUndefined();
	});

	it('is the original’s for an untranslated entry, whose text is the original’s', () => {
		expect(describeResult(page({ language: 'es', untranslated: 'en' }), english).lang).toBeUndefined();
		expect(describeResult(page({ language: 'en', untranslated: 'es' }), english).lang).toBe('es');
	});
});

describe('a result’s link', () => {
	it('keeps addresses of pages, on the site, the web or the offline copy’s disk', () => {
		expect(safeHref('/memoria/learnings/x/', english.base)).toBe('/memoria/learnings/x/');
		expect(safeHref('https://other.example/', english.base)).toBe('https://other.example/');
		expect(safeHref('../../learnings/x/index.html', 'file:///home/ana/copy/es/buscar/index.html')).toBe('../../learnings/x/index.html');
	});

	it('is dropped for an address that would run script, however it is disguised', () => {
		for (const url of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'java\tscript:alert(1)',
			'\u0000javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
		]) {
			expect(safeHref(url, english.base), url).toBeUndefined();
		}
		expect(describeResult(page({ url: 'javascript:alert(1)' }), english).href).toBeUndefined();
	});
});

describe('the sentence that counts results', () => {
	const count = { results: { one: '{{count}} result', other: '{{count}} results' }, none: 'No results' };

	it('is singular, plural or the sentence for none, by the language’s rules', () => {
		expect(resultCount(0, 'en', count)).toBe('No results');
		expect(resultCount(1, 'en', count)).toBe('1 result');
		expect(resultCount(31, 'en', count)).toBe('31 results');
	});
});

describe('the language of a Pagefind result', () => {
	it('is the language whose home page holds the address, the default language’s otherwise', () => {
		expect(languageOfUrl('/memoria/es/aprendizajes/x/', languages, english.base)).toBe('es');
		expect(languageOfUrl('/memoria/learnings/x/', languages, english.base)).toBe('en');
		expect(languageOfUrl('https://org.example/memoria/es/', languages, english.base)).toBe('es');
	});
});
