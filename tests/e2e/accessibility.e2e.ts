/**
 * Accessibility in the dark theme: axe-core finds no serious or critical violation on any page
 * type, in either language, on a desktop screen. The light theme is audited on the same visit as
 * the other checks of every page type, on a desktop and a phone screen (pages.e2e.ts). A failure
 * lists each rule, the page and the offending elements' selectors.
 */
import { describe, test } from 'vitest';
import { auditPage } from './support/axe';
import { describeInBrowser, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, languages } from './support/site';

describeInBrowser('Accessibility', () => {
	const browser = useBrowser();

	for (const language of languages) {
		describe.concurrent(`in the dark theme, in ${languageNames[language]}, on a desktop screen`, () => {
			for (const type of site.pageTypes) {
				const path = type.paths[language];
				test(`the ${type.name} (${path}) has no serious or critical axe violation`, async ({ expect }) => {
					await withSharedPage(browser(), { viewport: 'desktop', theme: 'dark' }, async (page) => {
						await page.visit(path, { expectStatus: type.status });
						expect(await page.page.getAttribute('html', 'data-theme'), `html[data-theme] on ${path}`).toBe('dark');
						const audit = await auditPage(page, `${path} [dark theme, ${languageNames[language]}, desktop]`);
						expect(audit.rules, `serious or critical axe violations:\n${audit.report}\n`).toEqual([]);
					});
				});
			}
		});
	}
});
