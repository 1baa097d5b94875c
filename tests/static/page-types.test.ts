/**
 * Every page type of the demo, in both languages, as its HTML says (what a reader without
 * JavaScript gets, and what every browser starts from): one h1, inside <main>, with content
 * beyond it; <html lang> of its language; and a language switch that leads to the same page in
 * the other language (the 404 page's, to the other language's home), which exists in that
 * language. Checked once here rather than in the browser at every screen size; the browser
 * proves the switch can be followed (tests/e2e/no-javascript.e2e.ts, pages.e2e.ts).
 */
import { describe, expect, test } from 'vitest';
import { languageNames, languages, otherLanguage, sections, urls } from '../e2e/support/site';
import { exists, page, servedPath, site, text } from './support/dist';

test('the demo offers every page type: an entry in every section, a guide, a project report and the 404 page', () => {
	expect(site.pageTypes.length, 'page types found in dist/').toBeGreaterThan(20);
	expect(
		site.missingPageTypes,
		`dist/ has no page for: ${site.missingPageTypes.join(', ')}; the suite cannot cover these page types until the demo content has one`
	).toEqual([]);
});

for (const language of languages) {
	const to = otherLanguage(language);
	describe(`in ${languageNames[language]}`, () => {
		for (const type of site.pageTypes) {
			const path = servedPath(type, language);
			// A missing page has no counterpart, so the 404 page leads to the other language's home.
			const counterpart = type.kind === 'not-found' ? urls.home(to) : type.paths[to];
			test(`the ${type.name} (${path}) has one h1, in <main>, content beyond it, lang="${language}", and a ${languageNames[to]} link to ${counterpart}, a page in ${languageNames[to]}`, () => {
				const html = page(path);
				const main = html.querySelector('main');
				const h1s = html.querySelectorAll('h1');

				expect.soft(html.querySelector('html')?.getAttribute('lang'), `<html lang> of ${path}`).toBe(language);
				expect
					.soft(
						h1s.map((h) => text(h)),
						`${path} has exactly one h1`
					)
					.toHaveLength(1);
				expect.soft(main?.querySelectorAll('h1'), `the h1 of ${path} is in <main>`).toHaveLength(1);
				expect.soft(text(main).length - text(h1s[0]).length, `${path} shows content beyond its heading`).toBeGreaterThan(20);

				const href = html.querySelector(`nav.memoria-languages a[hreflang="${to}"]`)?.getAttribute('href');
				expect.soft(href, `the ${languageNames[to]} link of ${path}`).toBe(counterpart);
				expect(exists(counterpart), `${counterpart} is built`).toBe(true);
				expect.soft(page(counterpart).querySelector('html')?.getAttribute('lang'), `<html lang> of ${counterpart}`).toBe(to);
			});
		}
	});
}

for (const language of languages) {
	test(`in ${languageNames[language]}, the sidebar of the home page links to every section listing in ${languageNames[language]}, each a page in that language`, () => {
		const home = page(urls.home(language));
		const links = home.querySelectorAll('#starlight__sidebar a[href]').map((a) => a.getAttribute('href'));
		for (const section of sections) {
			const href = urls.listing(section.key, language);
			expect.soft(links, `the sidebar links to ${href}`).toContain(href);
			expect.soft(exists(href) && page(href).querySelector('html')?.getAttribute('lang'), `${href} is built, in ${languageNames[language]}`).toBe(language);
		}
	});
}
