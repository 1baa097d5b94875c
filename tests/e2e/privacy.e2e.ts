/**
 * Privacy: visiting every page type, and searching, the browser asks nothing of any host but
 * the local server (no fonts, analytics, images or scripts from elsewhere). data: and blob:
 * URLs stay in the browser and are allowed.
 */
import { describe, test } from 'vitest';
import { listProblems, viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, urls } from './support/site';

describeInBrowser('Privacy', () => {
	const browser = useBrowser();

	describe.concurrent('requests stay on the local server', () => {
		for (const viewport of viewportNames) {
			for (const language of languages) {
				test(`visiting every page type in ${languageNames[language]} on a ${viewport} screen, scrolling each to the end and searching, the browser requests nothing from another host`, async ({ expect }) => {
					await withPage(browser(), { viewport }, async (page) => {
						for (const type of site.pageTypes) {
							await page.visit(type.paths[language], { expectStatus: type.status });
							await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
							await page.settle();
						}
						await page.visit(urls.home(language));
						const open = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
						await expect.poll(() => open.isEnabled()).toBe(true);
						await open.click();
						await page.page.locator('dialog[open] #starlight__search input').pressSequentially(site.search[language]?.word ?? 'data', { delay: 20 });
						await page.page.locator('dialog[open] .pagefind-ui__result-link, dialog[open] .pagefind-ui__message').first().waitFor({ timeout: 15_000 });
						await page.settle();

						const visited = site.pageTypes.map((t) => page.url(t.paths[language]));
						expect(visited.filter((url) => !page.requests.includes(url)), 'every page type was requested (the recorder saw them)').toEqual([]);
						expect(page.requests.some((url) => url.includes('/pagefind/')), 'the search loaded its index from the local server').toBe(true);
						expect(page.foreignRequests, `requests to other hosts:\n${listProblems(page.foreignRequests)}`).toEqual([]);
					});
				});
			}
		}
	});
});
