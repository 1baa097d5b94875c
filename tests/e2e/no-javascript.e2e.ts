/**
 * With JavaScript disabled the site still works, except search: every page type can be read,
 * the sidebar's section links navigate (on a phone, through the menu, which is a native
 * popover), and the language switch leads to the same page in the other language.
 */
import { describe, test } from 'vitest';
import { listProblems, viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, otherLanguage, sections, urls } from './support/site';
import { languageLink, visible } from './support/ui';

describeInBrowser('Without JavaScript', () => {
	const browser = useBrowser();

	for (const viewport of viewportNames) {
		for (const language of languages) {
			const to = otherLanguage(language);
			describe.concurrent(`in ${languageNames[language]} on a ${viewport} screen`, () => {
				test(`every page type shows its heading and content, and its language switch leads to the same page in ${languageNames[to]}`, async ({ expect }) => {
					await withPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
						for (const type of site.pageTypes) {
							// Reading.
							const from = type.paths[language];
							// Without scripts nothing loads late: no need to wait for a quiet network.
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
							const link = await languageLink(page, to).catch((error: Error) => error);
							if (link instanceof Error) {
								expect.soft(undefined, link.message).toBeDefined();
								continue;
							}
							await page.follow(link, { settle: false });
							expect.soft(await page.htmlLang(), `<html lang> after the language switch on ${from}`).toBe(to);
							if (type.kind === 'not-found') {
								expect.soft(page.pathname, `address after the language switch on ${from}: the ${languageNames[to]} home page`).toBe(urls.home(to));
							} else {
								expect.soft(page.pathname, `address after the language switch on ${from}`).toBe(type.paths[to]);
							}
						}
						expect.soft(page.consoleErrors, `console errors:\n${listProblems(page.consoleErrors)}`).toEqual([]);
					});
				});

				test('the sidebar links lead from page to page through every section listing', async ({ expect }) => {
					await withPage(browser(), { viewport, javaScriptEnabled: false }, async (page) => {
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
			});
		}
	}
});
