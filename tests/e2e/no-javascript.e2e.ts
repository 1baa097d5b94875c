/**
 * With JavaScript disabled the site still works, except search. What a page shows without
 * scripts is its HTML, checked for every page type in tests/static/page-types.test.ts (heading
 * and content in <main>, language, the language switch's address). Chromium, with JavaScript
 * off, proves what HTML alone cannot: on one page of each kind, at both screen sizes, the heading
 * is visible and the language switch can be followed (on a phone, from the menu, a native
 * popover); and the sidebar's section links navigate from page to page.
 *
 * The two screen sizes take one language each (English on a desktop, Spanish on a phone): the
 * links' addresses in each language are checked in the HTML, and how they are followed does not
 * depend on the language.
 */
import { describe, test } from 'vitest';
import { listProblems, type ViewportName } from './support/browser';
import { describeInBrowser, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, otherLanguage, sections, urls, type Language } from './support/site';
import { languageLink, visible } from './support/ui';

/** One page of each kind the site has (home, a listing, an entry, a guide, the 404 page): they share their layout with the rest of their kind. */
const sample = () => {
	const seen = new Set<string>();
	return site.pageTypes.filter((type) => !seen.has(type.kind) && seen.add(type.kind));
};

const runs: { viewport: ViewportName; language: Language }[] = [
	{ viewport: 'desktop', language: 'en' },
	{ viewport: 'phone', language: 'es' },
];

describeInBrowser('Without JavaScript, in Chromium', () => {
	const browser = useBrowser();

	describe.concurrent('reading, the language switch and the sidebar', () => {
		for (const { viewport, language } of runs) {
			const to = otherLanguage(language);
			for (const type of sample()) {
				const from = type.paths[language];
				test(`in ${languageNames[language]} on a ${viewport} screen, the ${type.name} (${from}) shows its heading, and its language switch leads to the same page in ${languageNames[to]}`, async ({
					expect,
				}) => {
					await withSharedPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
						// Without scripts nothing loads late: no need to wait for a quiet network.
						const response = await page.visit(from, { expectStatus: type.status, settle: false });
						expect.soft(response?.status(), `HTTP status of ${from}`).toBe(type.status);
						expect.soft(await page.page.locator('main h1').first().isVisible(), `the h1 of ${from} is visible`).toBe(true);

						await page.follow(await languageLink(page, to), { settle: false });
						expect.soft(await page.htmlLang(), `<html lang> after the language switch on ${from}`).toBe(to);
						const expected = type.kind === 'not-found' ? urls.home(to) : type.paths[to];
						expect.soft(page.pathname, `address after the language switch on ${from}`).toBe(expected);
						expect.soft(page.consoleErrors, `console errors:\n${listProblems(page.consoleErrors)}`).toEqual([]);
					});
				});
			}

			test(`in ${languageNames[language]} on a ${viewport} screen, the sidebar links lead from page to page through every section listing`, async ({
				expect,
			}) => {
				await withSharedPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
					await page.visit(urls.home(language), { settle: false });
					for (const section of sections) {
						const here = page.pathname;
						const href = urls.listing(section.key, language);
						const link = await visible(page, `#starlight__sidebar a[href="${href}"]`, `sidebar link to ${href}`);
						const response = await page.follow(link, { settle: false });
						expect.soft(page.pathname, `address after following the sidebar link to ${href} on ${here}`).toBe(href);
						expect.soft(response?.status(), `HTTP status of ${href}`).toBe(200);
						expect.soft(await page.page.locator('main h1').isVisible(), `the heading of ${href} is visible`).toBe(true);
					}
					expect.soft(page.consoleErrors, `console errors:\n${listProblems(page.consoleErrors)}`).toEqual([]);
				});
			});
		}
	});
});
