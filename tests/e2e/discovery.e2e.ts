/**
 * The research tools of issue 4 as a reader uses them: a filtered search on the full search
 * page, the same search reopened from a shared link, and the "other languages" switch. (A
 * project's timeline in date order is plain HTML: tests/static/timeline.test.ts.)
 */
import { describe, test } from 'vitest';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';

describeInBrowser('Discovery', () => {
	const browser = useBrowser();

	describe.concurrent('the search page with filters', () => {
		test('narrows Spanish results to one type with a filter, and writes the filter into the address', async ({ expect }) => {
			await withPage(browser(), { viewport: 'desktop' }, async (page) => {
				await page.visit('/es/buscar/?q=datos');
				const results = page.page.locator('[data-results] li');
				await results.first().waitFor({ timeout: 15_000 });
				const before = await results.count();

				const filter = page.page.locator('[data-filters] fieldset', { hasText: 'Tipo' }).locator('label', { hasText: 'Aprendizaje' });
				await filter.locator('input').check();
				await expect.poll(() => page.page.url()).toContain('type=Aprendizaje');
				await expect.poll(async () => (await results.first().locator('.memoria-result-meta').innerText()).startsWith('Aprendizaje')).toBe(true);
				const types = await results.locator('.memoria-result-meta').allInnerTexts();

				expect(types.length).toBeGreaterThan(0);
				expect(types.length).toBeLessThanOrEqual(before);
				expect(types.filter((t) => !t.startsWith('Aprendizaje'))).toEqual([]);
				expect(page.consoleErrors).toEqual([]);
			});
		});

		test('shows ten results at a time, fetching only those, and "Show more results" adds the next ten up to the count it announces', async ({ expect }) => {
			await withPage(browser(), { viewport: 'desktop' }, async (page) => {
				await page.visit('/search/?q=data');
				const results = page.page.locator('[data-results] li');
				await results.first().waitFor({ timeout: 15_000 });
				// The count is announced once the first ten are drawn.
				const status = page.page.locator('[data-status]');
				await expect.poll(() => status.innerText(), { message: 'the number of results is announced' }).toMatch(/\d/);
				const announced = Number((await status.innerText()).match(/\d+/)?.[0]);
				const fragments = () => page.requests.filter((url) => url.includes('/pagefind/fragment/')).length;
				expect(announced, 'the demo has more than ten results for "data"').toBeGreaterThan(10);
				expect(await results.count()).toBe(10);
				expect(fragments(), 'result fragments fetched for the first ten').toBe(10);
				expect(
					page.requests.filter((url) => url.includes('pagefind-worker')),
					'Pagefind searches in the page, without fetching its worker'
				).toEqual([]);

				const more = page.page.locator('[data-more]');
				while (await more.isVisible()) {
					const shown = await results.count();
					await more.click();
					await expect.poll(() => results.count(), { message: `more than ${shown} results after "Show more results"` }).toBeGreaterThan(shown);
				}
				await expect.poll(() => results.count()).toBe(announced);
				expect(fragments(), 'never more fragments than results').toBeLessThanOrEqual(announced);
			});
		});

		test('keeps the words a reader types while the index is still loading, and searches them once it has loaded', async ({ expect }) => {
			const target = site.search.en;
			expect(target, 'no English-only word found in dist/').not.toBeNull();
			const { word } = target!;
			await withPage(browser(), { viewport: 'desktop' }, async (page) => {
				// Pagefind's script is held back until the reader has typed: the index is loading all that time.
				let release = () => {};
				const held = new Promise<void>((done) => (release = done));
				let requested = () => {};
				const asked = new Promise<void>((done) => (requested = done));
				await page.page.route('**/pagefind/pagefind.js', async (route) => {
					requested();
					await held;
					await route.continue();
				});
				await page.visit('/search/?q=data', { settle: false });
				await asked;
				const input = page.page.locator('#memoria-search-q');
				await expect.poll(() => input.inputValue(), { message: 'the words of the address in the field' }).toBe('data');
				await input.fill(word);
				release();

				await page.page
					.locator(`[data-results][data-query=${JSON.stringify(word)}] li > a`)
					.first()
					.waitFor({ timeout: 15_000 });
				expect(await input.inputValue(), 'the words in the field once the index has loaded').toBe(word);
				expect(new URL(page.page.url()).searchParams.get('q'), 'the words in the address').toBe(word);
				expect(page.consoleErrors).toEqual([]);
			});
		});

		test('reopens the same results from a shared link', async ({ expect }) => {
			const link = '/search/?q=data&theme=Open+data';
			const titles = async () =>
				withPage(browser(), { viewport: 'desktop' }, async (page) => {
					await page.visit(link);
					await page.page.locator('[data-results] li').first().waitFor({ timeout: 15_000 });
					const checked = await page.page.locator('[data-filters] input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
					return { checked, titles: await page.page.locator('[data-results] li > a').allInnerTexts(), query: await page.page.inputValue('#memoria-search-q') };
				});
			const first = await titles();
			const second = await titles();

			expect(first.query).toBe('data');
			expect(first.checked).toEqual(['Open data']);
			expect(first.titles.length).toBeGreaterThan(0);
			expect(second).toEqual(first);
		});

		test('finds pages in the other language when "Include other languages" is ticked', async ({ expect }) => {
			const target = site.search.es;
			expect(target, 'no Spanish-only word found in dist/').not.toBeNull();
			await withPage(browser(), { viewport: 'desktop' }, async (page) => {
				await page.visit(`/search/?q=${encodeURIComponent(target!.word)}`);
				// Searched in English alone: the list answers the word and the count (or "nothing found") is announced after it is drawn.
				const search = page.page.locator('memoria-search');
				const loading = await search.evaluate((el) => (JSON.parse((el as HTMLElement).dataset.strings!) as { loading: string }).loading);
				const answered = search.locator(`[data-results][data-query=${JSON.stringify(target!.word)}]`);
				const status = search.locator('[data-status]');
				await expect
					.poll(async () => (await answered.count()) === 1 && !['', loading].includes((await status.textContent()) ?? ''), {
						message: `the English results for "${target!.word}"`,
						timeout: 15_000,
					})
					.toBe(true);
				const alone = await page.page.locator('[data-results] li > a').evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));

				await page.page.locator('input[name="all"]').check();
				await expect.poll(() => page.page.url()).toContain('all=1');
				const link = page.page.locator(`[data-results] li > a[href$="${target!.learning.paths.es}"]`);
				await link.waitFor({ timeout: 15_000 });

				expect(alone).not.toContain(target!.learning.paths.es);
				expect(await link.getAttribute('lang')).toBe('es');
			});
		});
	});
});
