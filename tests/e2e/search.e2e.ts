/**
 * Search (Memoria's dialog over Pagefind's API): a word that only one learning uses finds that
 * learning first, in the language of the page searched from, and every result links to a
 * page that exists; searching asks nothing of any host but the local server (privacy; every
 * page type is checked for requests to other hosts in pages.e2e.ts). The word is chosen from
 * dist/ by the global setup. A page that is only read fetches nothing of search; pointing at
 * the search button does.
 */
import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { auditPage } from './support/axe';
import { listProblems, viewportNames } from './support/browser';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages, urls } from './support/site';

describeInBrowser('Search', () => {
	const browser = useBrowser();

	for (const viewport of viewportNames) {
		describe.concurrent(`on a ${viewport} screen`, () => {
			for (const language of languages) {
				const target = site.search[language];
				const title = target
					? `from the ${languageNames[language]} home page, searching "${target.word}" (used only by ${target.learning.paths[language]}) lists that learning first, every result in ${languageNames[language]} and linking to a page that exists`
					: `from the ${languageNames[language]} home page, searching a word used only by one learning lists that learning first`;
				test(title, async ({ expect }) => {
					expect(
						target,
						`no learning page in ${languageNames[language]} has a word that no other ${languageNames[language]} page uses; cannot test search`
					).not.toBeNull();
					const { word, learning } = target!;
					await withPage(browser(), { viewport }, async (page) => {
						await page.visit(urls.home(language));
						const open = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
						await expect.poll(() => open.isEnabled(), { message: 'the search button is enabled once its script has run' }).toBe(true);
						await open.click();
						const dialog = page.page.locator('dialog[open]');
						const input = dialog.locator('input[type="search"]');
						await input.waitFor({ state: 'visible' });
						await input.pressSequentially(word, { delay: 20 });

						// The dialog searches after a pause in typing, so a slow machine may first show
						// results for the word's first letters: wait for those of the whole word.
						const links = dialog.locator(`[data-search-results][data-query=${JSON.stringify(word)}] a`);
						await links.first().waitFor({ state: 'visible', timeout: 15_000 });
						const hrefs = await links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
						const paths = [...new Set(hrefs.map((href) => new URL(href).pathname))];

						expect.soft(paths[0], `first result for "${word}" (results: ${paths.join(', ')})`).toBe(learning.paths[language]);
						const inLanguage = (path: string) => (language === 'en' ? !path.startsWith('/es/') : path.startsWith(`/${language}/`));
						expect
							.soft(
								paths.filter((p) => !inLanguage(p)),
								`results for "${word}" outside ${languageNames[language]}`
							)
							.toEqual([]);
						for (const href of new Set(hrefs.map((h) => h.replace(/#.*$/, '')))) {
							const response = await page.context.request.get(href, { failOnStatusCode: false });
							expect.soft(response.status(), `HTTP status of search result ${href}`).toBe(200);
						}
						expect
							.soft(
								page.requests.filter((url) => url.includes('pagefind-worker')),
								'Pagefind searches in the page, without fetching its worker'
							)
							.toEqual([]);
						// Privacy: the index, and the bundle of drafts and archived entries merged for so few results, come from the local server, and nothing from another host.
						expect
							.soft(
								page.requests.some((url) => url.includes('/pagefind/')),
								'the search loaded its index from the local server'
							)
							.toBe(true);
						expect
							.soft(
								page.requests.some((url) => url.includes('/pagefind-retired/')),
								'the search merged the drafts-and-archive index from the local server'
							)
							.toBe(true);
						expect.soft(page.foreignRequests, `requests to other hosts while searching:\n${listProblems(page.foreignRequests)}`).toEqual([]);
						expect.soft(page.consoleErrors, 'console errors while searching').toEqual([]);
						expect.soft(page.failedRequests, 'failed requests while searching').toEqual([]);

						await page.follow(links.first());
						expect.soft(page.pathname, 'address after choosing the first result').toBe(learning.paths[language]);
						expect.soft(await page.htmlLang()).toBe(language);
					});
				});
			}
		});
	}

	for (const language of languages) {
		test(`the ${languageNames[language]} home page, only read, fetches nothing of search, not even the dialog's script; pointing at the search button loads both`, async ({
			expect,
		}) => {
			await withPage(browser(), { viewport: 'desktop' }, async (page) => {
				await page.visit(urls.home(language));
				const searchFiles = () => page.requests.filter((url) => /\/pagefind(-retired)?\/|\/_astro\/search-dialog\./.test(new URL(url).pathname));
				expect(searchFiles(), 'requests for search files after the page has loaded and settled').toEqual([]);
				await page.page.locator('button[data-open-modal]').filter({ visible: true }).first().hover();
				await expect
					.poll(() => searchFiles().some((url) => url.endsWith('/pagefind/pagefind.js')), { message: "Pagefind's script is fetched on hover" })
					.toBe(true);
				expect(
					searchFiles().some((url) => /\/_astro\/search-dialog\.[\w-]+\.js$/.test(url)),
					"the dialog's script was fetched on hover"
				).toBe(true);
			});
		});
	}

	for (const language of languages) {
		test(`in ${languageNames[language]}, the search dialog opens with Ctrl+K, passes axe with its results shown, leads from the field to the results by Tab, and closes with Escape`, async ({
			expect,
		}) => {
			const target = site.search[language];
			expect(target, `a word only one ${languageNames[language]} learning uses`).not.toBeNull();
			await withPage(browser(), { viewport: 'phone' }, async (page) => {
				await page.visit(urls.home(language));
				const open = page.page.locator('button[data-open-modal]').filter({ visible: true }).first();
				await expect.poll(() => open.isEnabled()).toBe(true);
				await page.page.keyboard.press('Control+k');
				const dialog = page.page.locator('dialog[open]');
				await expect.poll(() => dialog.count(), { message: 'Ctrl+K opens the dialog' }).toBe(1);
				const input = dialog.locator('input[type="search"]');
				await expect.poll(() => input.evaluate((el) => el === document.activeElement), { message: 'the field has the focus' }).toBe(true);
				await page.page.keyboard.type(target!.word, { delay: 20 });
				const first = dialog.locator(`[data-search-results][data-query=${JSON.stringify(target!.word)}] a`).first();
				await first.waitFor({ state: 'visible', timeout: 15_000 });

				const audit = await auditPage(page, `the open search dialog [${languageNames[language]}, phone]`);
				expect(audit.rules, audit.report).toEqual([]);

				let reached = false;
				for (let tab = 0; tab < 3 && !reached; tab++) {
					await page.page.keyboard.press('Tab');
					reached = await first.evaluate((el) => el === document.activeElement);
				}
				expect(reached, 'Tab from the field reaches the first result within three presses').toBe(true);
				await page.page.keyboard.press('Escape');
				await expect.poll(() => dialog.count(), { message: 'Escape closes the dialog' }).toBe(0);
			});
		});
	}

	test('when the search index cannot be loaded, the dialog says so in the page’s language, and the next search loads it', async ({ expect }) => {
		const target = site.search.es;
		expect(target, 'a word only one Spanish learning uses').not.toBeNull();
		await withPage(browser(), { viewport: 'desktop' }, async (page) => {
			const reconnect = await withoutPagefind(page.page);
			await page.visit(urls.home('es'));
			await page.page.locator('button[data-open-modal]').filter({ visible: true }).first().click();
			const dialog = page.page.locator('dialog[open]');
			await dialog.locator('input[type="search"]').pressSequentially(target!.word, { delay: 20 });
			await expect
				.poll(() => dialog.locator('[data-search-status]').textContent(), { message: 'the dialog says the index could not be loaded' })
				.toBe('No se pudo cargar el índice de búsqueda. Revisa la conexión y vuelve a intentarlo.');

			reconnect();
			await dialog.locator('input[type="search"]').press('Enter');
			await dialog
				.locator(`[data-search-results][data-query=${JSON.stringify(target!.word)}] a`)
				.first()
				.waitFor({ timeout: 15_000 });
		});
	});

	test('when the search index cannot be loaded, the search page says so in the page’s language, and the next search loads it', async ({ expect }) => {
		const target = site.search.en;
		expect(target, 'a word only one English learning uses').not.toBeNull();
		await withPage(browser(), { viewport: 'desktop' }, async (page) => {
			const reconnect = await withoutPagefind(page.page);
			await page.visit(`/search/?q=${encodeURIComponent(target!.word)}`, { settle: false });
			await expect
				.poll(() => page.page.locator('memoria-search [data-status]').textContent(), { message: 'the search page says the index could not be loaded' })
				.toBe('The search index could not be loaded. Check the connection and try again.');

			reconnect();
			await page.page.locator('memoria-search input[type="search"]').press('Enter');
			const found = page.page.locator(`memoria-search a[href$=${JSON.stringify(target!.learning.paths.en)}]`);
			await expect.poll(() => found.count(), { message: 'the next search, with the index reachable, finds the learning' }).toBeGreaterThan(0);
		});
	});
});

/** Makes Pagefind's script unreachable in `tab`, as on a dropped connection; the function returned reconnects. */
async function withoutPagefind(tab: Page): Promise<() => void> {
	let blocked = true;
	await tab.route('**/pagefind/pagefind.js', (route) => (blocked ? route.abort() : route.continue()));
	return () => {
		blocked = false;
	};
}
