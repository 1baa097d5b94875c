/**
 * Ranking: drafts and archived entries never outrank current pages. For each retired page the
 * global setup found, the words of its title (its strongest match) are searched on the full
 * search page (one after another on one visit) and in Starlight's dialog; every retired result
 * must come after every current one.
 */
import { describe, test } from 'vitest';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, type Language } from './support/site';

const searchPage: Record<Language, string> = { en: '/search/', es: '/es/buscar/' };

/** The whole title and its four longest words: the queries a retired page matches best. */
function queriesFor(title: string): string[] {
	const words = (title.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []).sort((a, b) => b.length - a.length).slice(0, 4);
	return [...new Set([title, ...words])];
}

/** Where the first retired result sits before the last current one, as a readable message; undefined when the order is right. */
function misorder(paths: string[], retired: Set<string>): string | undefined {
	const lastCurrent = paths.findLastIndex((p) => !retired.has(p));
	const firstRetired = paths.findIndex((p) => retired.has(p));
	if (firstRetired === -1 || firstRetired > lastCurrent) return undefined;
	return `${paths[firstRetired]} (retired) is result ${firstRetired + 1}, above ${paths[lastCurrent]} (current, result ${lastCurrent + 1})`;
}

describeInBrowser('Search ranking', () => {
	const browser = useBrowser();

	describe.concurrent('drafts and archived entries', () => {
		for (const language of languages) {
			test(`never outrank current pages on the ${languageNames[language]} search page, even for the words of their own titles`, async ({ expect }) => {
				const retired = site.retired[language];
				expect(retired.length, `the demo has drafts or archived entries in ${languageNames[language]} to rank`).toBeGreaterThan(0);
				const retiredPaths = new Set(retired.map((r) => r.path));
				await withPage(browser(), { viewport: 'desktop' }, async (page) => {
					let sawRetired = false;
					// One visit; each query is then searched on the page, as a reader searches one after another.
					await page.visit(searchPage[language]);
					const search = page.page.locator('memoria-search');
					const loading = await search.evaluate((el) => (JSON.parse((el as HTMLElement).dataset.strings!) as { loading: string }).loading);
					const status = search.locator('[data-status]');
					await expect.poll(() => status.textContent(), { message: 'the search page has loaded its index' }).not.toBe(loading);
					for (const query of retired.flatMap((r) => queriesFor(r.title))) {
						// The query submitted at once (no typing pause to wait out), the last count cleared so the next one is this query's.
						await search.evaluate((el, words) => {
							el.querySelector<HTMLElement>('[data-status]')!.textContent = '';
							el.querySelector<HTMLInputElement>('#memoria-search-q')!.value = words;
							el.querySelector('form')!.requestSubmit();
						}, query);
						const list = search.locator(`[data-results][data-query=${JSON.stringify(query)}]`);
						await expect
							.poll(async () => (await list.count()) === 1 && /\d/.test((await status.textContent()) ?? ''), {
								message: `results for "${query}"`,
								timeout: 15_000,
							})
							.toBe(true);
						// The page shows ten results at a time; ask for the rest until the button goes.
						const items = list.locator('li');
						const more = search.locator('[data-more]');
						while (await more.isVisible()) {
							const shown = await items.count();
							await more.click();
							await expect.poll(() => items.count(), { message: `more than ${shown} results after "Show more results"` }).toBeGreaterThan(shown);
						}
						const hrefs = await list.locator('a').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
						const paths = hrefs.map((href) => new URL(href).pathname);
						sawRetired ||= paths.some((p) => retiredPaths.has(p));
						expect.soft(misorder(paths, retiredPaths), `results for "${query}": ${paths.join(', ')}`).toBeUndefined();
					}
					// Retired entries are still found: ranked last, not dropped.
					expect(sawRetired, 'a retired entry appears among the results for its own title').toBe(true);
					expect.soft(page.consoleErrors, 'console errors while searching').toEqual([]);
					expect.soft(page.failedRequests, 'failed requests while searching').toEqual([]);
				});
			});

			test(`never outrank current pages in the ${languageNames[language]} search dialog`, async ({ expect }) => {
				const first = site.retired[language][0];
				expect(first, `a retired entry in ${languageNames[language]}`).toBeDefined();
				const retiredPaths = new Set(site.retired[language].map((r) => r.path));
				const query = first!.title.toLowerCase().match(/[\p{L}]{5,}/gu)![0]!;
				await withPage(browser(), { viewport: 'desktop' }, async (page) => {
					await page.visit(language === 'en' ? '/' : `/${language}/`);
					const open = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
					await expect.poll(() => open.isEnabled()).toBe(true);
					await open.click();
					const input = page.page.locator('dialog[open] input[type="search"]');
					await input.waitFor({ state: 'visible' });
					await input.pressSequentially(query, { delay: 20 });
					// Results for the whole query, not those drawn for its first letters while typing.
					const results = page.page.locator(`dialog[open] [data-search-results][data-query=${JSON.stringify(query)}] li`);
					const links = results.locator('a');
					await results.first().waitFor({ state: 'visible', timeout: 15_000 });
					const status = page.page.locator('dialog[open] [data-search-status]');
					// The count is announced once the first results are drawn, and with them whether there are more.
					await expect.poll(() => status.textContent(), { message: `the dialog says how many results "${query}" has` }).toMatch(/\d/);
					// The dialog shows a few results at a time; ask for the rest until the button goes.
					const more = page.page.locator('dialog[open] [data-search-more]');
					while (await more.isVisible()) {
						const shown = await results.count();
						await more.click();
						await expect.poll(() => results.count(), { message: `more than ${shown} results after "Show more results"` }).toBeGreaterThan(shown);
					}
					const hrefs = await links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
					const paths = [...new Set(hrefs.map((href) => new URL(href).pathname))];
					expect(
						paths.some((p) => retiredPaths.has(p)),
						`"${query}" finds ${first!.path}; results: ${paths.join(', ')}`
					).toBe(true);
					expect(misorder(paths, retiredPaths), `results for "${query}": ${paths.join(', ')}`).toBeUndefined();
					expect.soft(page.consoleErrors, 'console errors while searching').toEqual([]);
				});
			});
		}
	});
});
