/**
 * The language switch (plain links in <nav class="memoria-languages">) on every page type
 * leads to the same page in the other language; on an entry without a translation it leads
 * to the fallback page, which shows the original with Starlight's notice.
 */
import { describe, test } from 'vitest';
import { viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { fallbackNotice, languageNames, languages, missingPaths, otherLanguage, urls } from './support/site';
import { languageLink, mainText } from './support/ui';

describeInBrowser('The language switch', () => {
	const browser = useBrowser();

	for (const viewport of viewportNames) {
		for (const from of languages) {
			const to = otherLanguage(from);
			describe.concurrent(`from ${languageNames[from]} to ${languageNames[to]} on a ${viewport} screen`, () => {
				for (const type of site.pageTypes) {
					if (type.kind === 'not-found') {
						// A missing page has no counterpart, so the 404 page leads to the other language's home.
						test(`on the 404 page, the ${languageNames[to]} link leads to the ${languageNames[to]} home page`, async ({ expect }) => {
							await withPage(browser(), { viewport }, async (page) => {
								await page.visit(missingPaths[from], { expectStatus: 404 });
								const link = await languageLink(page, to);
								const href = await link.getAttribute('href');
								await page.follow(link);
								expect.soft(await page.htmlLang(), `<html lang> after following ${href} from ${missingPaths[from]}`).toBe(to);
								expect.soft(page.pathname, `address after following ${href}`).toBe(urls.home(to));
							});
						});
						continue;
					}
					test(`on the ${type.name} (${type.paths[from]}), the ${languageNames[to]} link leads to ${type.paths[to]}`, async ({ expect }) => {
						await withPage(browser(), { viewport }, async (page) => {
							await page.visit(type.paths[from]);
							const response = await page.follow(await languageLink(page, to));
							expect.soft(page.pathname, 'address after following the language link').toBe(type.paths[to]);
							expect.soft(response?.status(), `HTTP status of ${page.pathname}`).toBe(200);
							expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe(to);
						});
					});
				}
			});
		}

		describe.concurrent(`on an untranslated entry on a ${viewport} screen`, () => {
			const entry = site.untranslated;
			const where = entry ? `${entry.section}/${entry.id}` : 'an untranslated entry';

			test(`the Spanish link on the English page of ${where} leads to its Spanish fallback page with the notice "${fallbackNotice.es}"`, async ({ expect }) => {
				expect(entry, 'dist/ has no Spanish page showing the fallback notice, so there is no untranslated entry to test').not.toBeNull();
				await withPage(browser(), { viewport }, async (page) => {
					await page.visit(entry!.paths.en);
					const response = await page.follow(await languageLink(page, 'es'));
					expect.soft(page.pathname, 'address after following the Spanish link').toBe(entry!.paths.es);
					expect.soft(response?.status(), `HTTP status of ${page.pathname}`).toBe(200);
					expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe('es');
					expect.soft(await mainText(page), `the fallback notice on ${page.pathname}`).toContain(fallbackNotice.es);
				});
			});

			test(`the English link on the Spanish fallback page of ${where} leads back to the English original, which has no fallback notice`, async ({ expect }) => {
				expect(entry, 'dist/ has no Spanish page showing the fallback notice, so there is no untranslated entry to test').not.toBeNull();
				await withPage(browser(), { viewport }, async (page) => {
					await page.visit(entry!.paths.es);
					const response = await page.follow(await languageLink(page, 'en'));
					expect.soft(page.pathname, 'address after following the English link').toBe(entry!.paths.en);
					expect.soft(response?.status(), `HTTP status of ${page.pathname}`).toBe(200);
					expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe('en');
					const text = await mainText(page);
					expect.soft(text, `${page.pathname} is the original and should show no fallback notice`).not.toContain(fallbackNotice.en);
					expect.soft(text).not.toContain(fallbackNotice.es);
				});
			});
		});
	}
});
