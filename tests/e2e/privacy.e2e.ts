/**
 * Privacy: searching, the browser asks nothing of any host but the local server. (Every page
 * type is checked for requests to other hosts in pages.e2e.ts, on the same visit as its other
 * checks, scrolled to the end.) data: and blob: URLs stay in the browser and are allowed.
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
				test(`searching from the ${languageNames[language]} home page on a ${viewport} screen, the browser loads the index from the local server and requests nothing from another host`, async ({ expect }) => {
					await withPage(browser(), { viewport }, async (page) => {
						await page.visit(urls.home(language));
						const open = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
						await expect.poll(() => open.isEnabled()).toBe(true);
						await open.click();
						await page.page.locator('dialog[open] input[type="search"]').pressSequentially(site.search[language]?.word ?? 'data', { delay: 20 });
						await page.page.locator('dialog[open] [data-search-results] a, dialog[open] [data-search-status]:not(:empty)').first().waitFor({ timeout: 15_000 });
						await page.settle();

						expect(page.requests.some((url) => url.includes('/pagefind/')), 'the search loaded its index from the local server').toBe(true);
						expect(page.requests.some((url) => url.includes('/pagefind-retired/')), 'the search merged the drafts-and-archive index from the local server').toBe(true);
						expect(page.foreignRequests, `requests to other hosts:\n${listProblems(page.foreignRequests)}`).toEqual([]);
					});
				});
			}
		}
	});
});
