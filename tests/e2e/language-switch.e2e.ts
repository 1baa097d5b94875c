/**
 * The language switch (plain links in <nav class="memoria-languages">) on an entry without a
 * translation leads to the fallback page, which shows the original with Starlight's notice, and
 * back. That it leads to the same page in the other language on every page type is checked in
 * pages.e2e.ts, on the same visit as the page's other checks.
 */
import { describe, test } from 'vitest';
import { viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { fallbackNotice } from './support/site';
import { languageLink, mainText } from './support/ui';

describeInBrowser('The language switch', () => {
	const browser = useBrowser();

	for (const viewport of viewportNames) {
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
