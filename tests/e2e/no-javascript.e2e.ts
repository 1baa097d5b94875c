/**
 * With JavaScript disabled the site still works, except search: every page type can be read,
 * the sidebar's section links navigate (on a phone, through the menu, which is a native
 * popover), and the language switch leads to the same page in the other language.
 */
import { describe, test } from 'vitest';
import { listProblems, viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, languages, otherLanguage, sections, urls } from './support/site';
import { languageLink, visible } from './support/ui';

describeInBrowser('Without JavaScript', () => {
	const browser = useBrowser();

	// One concurrent block for the whole file: every page type is its own test, so a few run at once.
	describe.concurrent('reading, the language switch and the sidebar', () => {
		for (const viewport of viewportNames) {
			for (const language of languages) {
				const to = otherLanguage(language);
				for (const type of site.pageTypes) {
					const from = type.paths[language];
					test(`in ${languageNames[language]} on a ${viewport} screen, the ${type.name} (${from}) shows its heading and content, and its language switch leads to the same page in ${languageNames[to]}`, async ({ expect }) => {
						await withSharedPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
							// Reading. Without scripts nothing loads late: no need to wait for a quiet network.
							const response = await page.visit(from, { expectStatus: type.status, settle: false });
							expect.soft(response?.status(), `HTTP status of ${from}`).toBe(type.status);
							expect.soft(await page.htmlLang(), `<html lang> of ${from}`).toBe(language);
							const h1 = page.page.locator('main h1');
							expect.soft(await h1.count(), `${from} has its h1 in main`).toBe(1);
							expect.soft(await h1.first().isVisible(), `the h1 of ${from} is visible`).toBe(true);
							const text = (await page.page.locator('main').innerText()).trim();
							const heading = (await h1.first().innerText().catch(() => '')).trim();
							expect.soft(text.length - heading.length, `${from} shows content beyond its heading`).toBeGreaterThan(20);

							// The language switch.
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
