/**
 * With JavaScript disabled the site still works, except search. What a page shows without
 * scripts is its HTML, so every page type is checked there, without a browser: its heading and
 * content in <main>, its language, and a language switch that leads to the same page in the other
 * language. Chromium, with JavaScript off, then proves what HTML alone cannot: that the heading
 * is visible and the switch can be followed on a sample of page kinds at both screen sizes, and
 * that the sidebar's section links navigate (on a phone, through the menu, a native popover).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, test } from 'vitest';
import { listProblems, viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, languages, otherLanguage, sections, urls } from './support/site';
import { languageLink, visible } from './support/ui';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The built file of an address: /x/ is x/index.html, /404.html is itself. */
const builtFile = (path: string) => `${dist}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;

describeInBrowser('Without JavaScript, every page type reads from its HTML alone', () => {
	for (const language of languages) {
		const to = otherLanguage(language);
		describe(`in ${languageNames[language]}`, () => {
			for (const type of site.pageTypes) {
				const from = type.paths[language];
				const expected = type.kind === 'not-found' ? urls.home(to) : type.paths[to];
				test(`the ${type.name} (${from}) has its heading and content in <main>, lang="${language}", and a ${languageNames[to]} link to ${expected}`, ({ expect }) => {
					// A missing address is answered with the language's 404.html.
					const html = parse(readFileSync(builtFile(type.kind === 'not-found' ? `${urls.home(language)}404.html` : from), 'utf8'));

					const main = html.querySelector('main');
					const h1s = main?.querySelectorAll('h1') ?? [];
					const text = (main?.textContent ?? '').replace(/\s+/g, ' ').trim();
					const heading = (h1s[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
					const switchTo = html.querySelector(`nav.memoria-languages a[hreflang="${to}"]`)?.getAttribute('href');

					expect.soft(html.querySelector('html')?.getAttribute('lang'), `<html lang> of ${from}`).toBe(language);
					expect.soft(h1s, `${from} has one h1 in main`).toHaveLength(1);
					expect.soft(text.length - heading.length, `${from} shows content beyond its heading`).toBeGreaterThan(20);
					expect.soft(switchTo, `the ${languageNames[to]} link of ${from}`).toBe(expected);
				});
			}
		});
	}
});

/** One page of each kind the site has (home, a listing, an entry, a guide, the 404 page): they share their layout with the rest of their kind. */
const sample = () => {
	const seen = new Set<string>();
	return site.pageTypes.filter((type) => !seen.has(type.kind) && seen.add(type.kind));
};

describeInBrowser('Without JavaScript, in Chromium', () => {
	const browser = useBrowser();

	describe.concurrent('reading, the language switch and the sidebar', () => {
		for (const viewport of viewportNames) {
			for (const language of languages) {
				const to = otherLanguage(language);
				for (const type of sample()) {
					const from = type.paths[language];
					test(`in ${languageNames[language]} on a ${viewport} screen, the ${type.name} (${from}) shows its heading, and its language switch leads to the same page in ${languageNames[to]}`, async ({ expect }) => {
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

				test(`in ${languageNames[language]} on a ${viewport} screen, the sidebar links lead from page to page through every section listing`, async ({ expect }) => {
					await withSharedPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
						await page.visit(urls.home(language));
						for (const section of sections) {
							const here = page.pathname;
							const href = urls.listing(section.key, language);
							const link = await visible(page, `#starlight__sidebar a[href="${href}"]`, `sidebar link to ${href}`);
							const response = await page.follow(link);
							expect.soft(page.pathname, `address after following the sidebar link to ${href} on ${here}`).toBe(href);
							expect.soft(response?.status(), `HTTP status of ${href}`).toBe(200);
							expect.soft(await page.page.locator('main h1').isVisible(), `the heading of ${href} is visible`).toBe(true);
						}
					});
				});
			}
		}
	});
});
