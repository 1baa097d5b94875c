/**
 * The language switch (plain links in <nav class="memoria-languages">) followed in Chromium on
 * an entry without a translation, at both screen sizes: to the Spanish fallback page, which shows
 * the original with Starlight's notice, and back to the English original, which shows none.
 * Where the switch of every page type leads is checked in the HTML (tests/static/).
 */
import { describe, test } from 'vitest';
import { viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { fallbackNotice } from './support/site';
import { languageLink, mainText } from './support/ui';

describeInBrowser('The language switch', () => {
	const browser = useBrowser();

	describe.concurrent('on an untranslated entry', () => {
		const entry = site.untranslated;
		const where = entry ? `${entry.section}/${entry.id}` : 'an untranslated entry';

		for (const viewport of viewportNames) {
			test(`on a ${viewport} screen, the Spanish link on the English page of ${where} leads to its Spanish fallback page with the notice "${fallbackNotice.es}", whose English link leads back to the original, without a notice`, async ({
				expect,
			}) => {
				expect(entry, 'dist/ has no Spanish page showing the fallback notice, so there is no untranslated entry to test').not.toBeNull();
				await withPage(browser(), { viewport }, async (page) => {
					await page.visit(entry!.paths.en);
					const there = await page.follow(await languageLink(page, 'es'));
					expect.soft(page.pathname, 'address after following the Spanish link').toBe(entry!.paths.es);
					expect.soft(there?.status(), `HTTP status of ${page.pathname}`).toBe(200);
					expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe('es');
					expect.soft(await mainText(page), `the fallback notice on ${page.pathname}`).toContain(fallbackNotice.es);

					const back = await page.follow(await languageLink(page, 'en'));
					expect.soft(page.pathname, 'address after following the English link').toBe(entry!.paths.en);
					expect.soft(back?.status(), `HTTP status of ${page.pathname}`).toBe(200);
					expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe('en');
					const text = await mainText(page);
					expect.soft(text, `${page.pathname} is the original and should show no fallback notice`).not.toContain(fallbackNotice.en);
					expect.soft(text).not.toContain(fallbackNotice.es);
				});
			});
		}
	});
});
