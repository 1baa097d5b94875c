/**
 * Every page type in Chromium, in English and in Spanish, each opened once on a desktop screen.
 * Each visit checks what only a running page shows: it is served with its status, scrolled to
 * the end (so late requests are made) it logs no console error and has no failed request and
 * none to another host, and axe-core finds no serious or critical violation in the light theme
 * (in Spanish, of the rules that judge markup and names: the colours are those of the English
 * page, audited already). The English page is then switched to the dark theme with the theme select and audited again by
 * the rules that judge colours (the others judge markup, the same in both themes). Last, the
 * window is narrowed to a phone's width: nothing may be wider than the screen, and axe's rules
 * that depend on the layout must pass there too.
 *
 * What the HTML alone says (one h1, <html lang>, the language switch's address, every resource
 * on this host, the inline scripts allowed by the policy) is checked once, without a browser, in
 * tests/static/; that the language switch can be followed, in no-javascript.e2e.ts and
 * language-switch.e2e.ts; the phone's menu, in menu-and-themes.e2e.ts. Pictures of every page
 * type, to look at: `npm run screenshots`.
 */
import { describe, test } from 'vitest';
import { auditPage, colourRules, layoutRules } from './support/axe';
import { listProblems, viewports } from './support/browser';
import { describeInBrowser, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, languages } from './support/site';
import { chooseTheme } from './support/ui';

describeInBrowser('Every page type', () => {
	const browser = useBrowser();

	for (const language of languages) {
		const dark = language === 'en';
		describe.concurrent(`in ${languageNames[language]}`, () => {
			for (const type of site.pageTypes) {
				const path = type.paths[language];
				test(`the ${type.name} (${path}) answers HTTP ${type.status}, logs no console error, has no failed request and none to another host, and has no serious or critical axe violation in the light theme${dark ? ', nor in the dark theme' : ''} nor at a phone's width, where nothing is wider than the screen`, async ({
					expect,
				}) => {
					await withSharedPage(browser(), { viewport: 'desktop', theme: 'light' }, async (page) => {
						const response = await page.visit(path, { expectStatus: type.status });
						// Scrolled to the end, so anything loaded late (lazy images) is requested too.
						await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
						await page.settle();

						expect.soft(response?.status(), `HTTP status of ${path}`).toBe(type.status);
						expect.soft(page.consoleErrors, `console errors on ${path}:\n${listProblems(page.consoleErrors)}`).toEqual([]);
						expect.soft(page.failedRequests, `failed requests on ${path}:\n${listProblems(page.failedRequests)}`).toEqual([]);
						expect.soft(page.foreignRequests, `requests to other hosts from ${path}:\n${listProblems(page.foreignRequests)}`).toEqual([]);

						const light = await auditPage(page, `${path} [light theme, ${languageNames[language]}]`, dark ? {} : { except: colourRules });
						expect.soft(light.rules, `serious or critical axe violations:\n${light.report}\n`).toEqual([]);

						if (dark) {
							await chooseTheme(page, 'dark');
							const audit = await auditPage(page, `${path} [dark theme, ${languageNames[language]}]`, { rules: colourRules });
							expect.soft(audit.rules, `serious or critical axe violations:\n${audit.report}\n`).toEqual([]);
							expect.soft(page.consoleErrors, `console errors on ${path} after choosing the dark theme:\n${listProblems(page.consoleErrors)}`).toEqual([]);
						}

						// The same page at a phone's width: the layout changes with the width alone (Starlight's and Memoria's CSS).
						await page.page.setViewportSize(viewports.phone);
						try {
							const widths = await page.page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
							expect.soft(widths.page, `${path} at a phone's width is wider than the screen (it scrolls sideways)`).toBeLessThanOrEqual(widths.screen);
							const layout = await auditPage(page, `${path} [phone's width, ${languageNames[language]}]`, { rules: layoutRules });
							expect.soft(layout.rules, `serious or critical axe violations:\n${layout.report}\n`).toEqual([]);
						} finally {
							await page.page.setViewportSize(viewports.desktop);
						}
					});
				});
			}
		});
	}
});
