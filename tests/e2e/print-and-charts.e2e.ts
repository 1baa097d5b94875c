/**
 * Charts and print, in Chromium. The charts drawn at build time show in both languages and both
 * themes legibly (text at 4.5:1 and marks at 3:1 against the page, the drawing the column's
 * width), their data table opens from its disclosure, and on a phone they fit the screen with
 * readable text; in print a project's report hides the navigation, writes link addresses out, and
 * prints as several pages, a learning per page, the first page not blank.
 *
 * What the HTML says of them (each chart's accessible name, summary and data; the report linked
 * from its project) is checked without a browser in tests/static/; the report's accessibility in
 * both themes and languages, with every page type in pages.e2e.ts.
 */
import { inflateSync } from 'node:zlib';
import { describe, test } from 'vitest';
import type { Theme } from './support/browser';
import { charts as chartPlaces, dataToggle } from './support/charts';
import { describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages } from './support/site';
import { chooseTheme } from './support/ui';

const themes: Theme[] = ['light', 'dark'];
const report = site.pageTypes.find((t) => t.key === 'report');
const charts = chartPlaces(site);
const themesChart = charts[0]!;

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
	const luminance = (color: string) => {
		const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
		const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(bl ?? 0);
	};
	const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
	return (x + 0.05) / (y + 0.05);
}

/**
 * The pages of a PDF in order, each with how many text-showing operators (Tj, TJ) its content
 * streams hold: enough to tell a blank page from a printed one without a PDF library.
 */
function pdfPages(pdf: Buffer): { textRuns: number }[] {
	const text = pdf.toString('latin1');
	const objects = new Map<number, { dict: string; start: number }>();
	for (const match of text.matchAll(/(\d+) 0 obj\s*/g))
		objects.set(Number(match[1]), {
			dict: text.slice(match.index + match[0].length, text.indexOf('endobj', match.index)),
			start: match.index + match[0].length,
		});
	const refs = (dict: string, key: string) => {
		const list = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict)?.[1] ?? new RegExp(`/${key}\\s+(\\d+ 0 R)`).exec(dict)?.[1] ?? '';
		return [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
	};
	const stream = (id: number) => {
		const object = objects.get(id)!;
		const begin = text.indexOf('stream', object.start) + 'stream'.length;
		const from = begin + (text[begin] === '\r' ? 2 : 1);
		const bytes = pdf.subarray(from, text.indexOf('endstream', from));
		return /\/FlateDecode/.test(object.dict) ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
	};
	const root = refs(/\/Root\s+\d+ 0 R/.exec(text)![0], 'Root')[0]!;
	const pages: { textRuns: number }[] = [];
	const walk = (id: number) => {
		const dict = objects.get(id)!.dict;
		if (/\/Type\s*\/Pages\b/.test(dict)) for (const kid of refs(dict, 'Kids')) walk(kid);
		else if (/\/Type\s*\/Page\b/.test(dict))
			pages.push({ textRuns: refs(dict, 'Contents').reduce((n, c) => n + (stream(c).match(/\b(Tj|TJ)\b/g)?.length ?? 0), 0) });
	};
	walk(refs(objects.get(root)!.dict, 'Pages')[0]!);
	return pages;
}

describeInBrowser('Charts and print', () => {
	const browser = useBrowser();

	describe.concurrent('charts', () => {
		for (const language of languages) {
			for (const chart of charts) {
				const path = chart.path[language];
				test(`in ${languageNames[language]}, the chart on ${chart.where} (${path}) shows as a named image the column's width, legible in the light and the dark theme, and its data opens`, async ({
					expect,
				}) => {
					await withPage(browser(), { theme: 'light' }, async (page) => {
						await page.visit(path);
						const figure = page.page.locator(chart.selector);
						await expect.poll(() => figure.count(), { message: `a chart ${chart.selector} on ${path}` }).toBe(1);

						// The drawing is an image named by its title and description, as the browser exposes it.
						const image = figure.getByRole('img', { name: new RegExp(`^${chart.name[language]}`) });
						expect(await image.count(), `an img whose accessible name starts with "${chart.name[language]}"`).toBe(1);
						const box = (await image.boundingBox())!;
						expect(box.width, 'the drawing fills the width of the column').toBeGreaterThan(600);
						expect(box.height).toBeGreaterThan(60);
						expect(await figure.locator('.memoria-chart-summary').isVisible(), 'the summary is shown').toBe(true);

						// Legible in each theme, chosen as a reader would: text at 4.5:1 and marks at 3:1 against the page.
						for (const theme of themes) {
							await chooseTheme(page, theme);
							const colours = await figure.evaluate((el) => {
								const background = getComputedStyle(document.body).backgroundColor;
								const text = getComputedStyle(el.querySelector('svg[role="img"] text')!).fill;
								// A patterned fill is judged by its colour, the pattern's background.
								const colour = (fill: string) => {
									const pattern = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
									return pattern ? getComputedStyle(document.getElementById(pattern)!.querySelector('rect')!).fill : fill;
								};
								const marks = [...el.querySelectorAll('svg[role="img"] :is(rect, circle, use):not(pattern *)')].map((m) => colour(getComputedStyle(m).fill));
								return { background, text, marks };
							});
							expect(contrast(colours.text, colours.background), `chart text ${colours.text} on ${colours.background} (${theme} theme)`).toBeGreaterThanOrEqual(
								4.5
							);
							expect(colours.marks.length).toBeGreaterThan(0);
							for (const mark of colours.marks)
								expect(contrast(mark, colours.background), `chart mark ${mark} on ${colours.background} (${theme} theme)`).toBeGreaterThanOrEqual(3);
						}

						// The bar charts' data table opens from a disclosure, without JavaScript of ours.
						if (chart.table) {
							const table = figure.locator('table');
							expect(await table.isVisible(), 'the data table starts closed').toBe(false);
							await figure.getByText(dataToggle[language], { exact: true }).click();
							expect(await table.isVisible(), 'the data table opens').toBe(true);
						} else {
							// The timeline's data is the dated list beside it.
							expect(await page.page.locator('.memoria-timeline ol li').first().isVisible()).toBe(true);
						}
						expect(page.consoleErrors).toEqual([]);
					});
				});
			}
		}
	});

	describe.concurrent('on a phone', () => {
		for (const language of languages) {
			test(`the themes chart (${themesChart.path[language]}, ${languageNames[language]}) fits the screen and keeps its text at a readable size`, async ({
				expect,
			}) => {
				await withPage(browser(), { viewport: 'phone' }, async (page) => {
					await page.visit(themesChart.path[language]);
					const sizes = await page.page.locator('#learnings-by-theme svg[role="img"]').evaluate((svg) => ({
						width: svg.getBoundingClientRect().width,
						font: Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize))),
						overflow: document.documentElement.scrollWidth - window.innerWidth,
					}));
					expect(sizes.width).toBeGreaterThan(300);
					expect(sizes.width).toBeLessThanOrEqual(390);
					expect(sizes.font, 'smallest chart text in px').toBeGreaterThanOrEqual(12);
					expect(sizes.overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
				});
			});
		}
	});

	describe.concurrent('the printable report', () => {
		for (const language of languages) {
			test(`(${languageNames[language]}) prints without navigation, with link addresses written out`, async ({ expect }) => {
				await withPage(browser(), {}, async (page) => {
					await page.visit(report!.paths[language]);
					const hidden = ['header site-search', 'nav.sidebar', 'header .memoria-languages', 'starlight-theme-select', '.memoria-report-screen'];
					const shownOnScreen = await Promise.all(['header site-search', '.memoria-report-screen'].map((s) => page.page.locator(s).first().isVisible()));
					expect(shownOnScreen, 'search and the back link show on screen').toEqual([true, true]);
					const afterContent = (selector: string) =>
						page.page
							.locator(selector)
							.first()
							.evaluate((a) => getComputedStyle(a, '::after').content);
					// A link to another site, as a writer would put in a learning's text.
					await page.page.evaluate(() => {
						const p = document.createElement('p');
						p.innerHTML = 'See <a id="probe" href="https://example.org/guide/">the guide</a>.';
						document.querySelector('.memoria-report')!.append(p);
					});
					expect(await afterContent('#probe'), 'no address written out on screen').toBe('none');

					await page.page.emulateMedia({ media: 'print' });
					for (const selector of hidden) {
						const visible = await page.page
							.locator(selector)
							.evaluateAll((els) => els.some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'));
						expect(await page.page.locator(selector).count(), `${selector} is on the page`).toBeGreaterThan(0);
						expect(visible, `${selector} is hidden in print`).toBe(false);
					}
					expect(await afterContent('#probe')).toBe('" (https://example.org/guide/)"');
					// A link to another page of this site gets the site's address in front.
					const learning = page.page.locator('.memoria-timeline li[data-kind="learnings"] a').first();
					const href = (await learning.getAttribute('href'))!;
					expect(await learning.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (https://memoria.example.org${href})"`);
					// In-page anchors, and links whose text is already their address, are left as they are.
					expect(await afterContent('section[aria-labelledby="learnings"] a[href^="#"]')).toBe('none');
					expect(await afterContent('.memoria-report-source a')).toBe('none');
					// Black on white.
					const colours = await page.page.evaluate(() => [
						getComputedStyle(document.body).backgroundColor,
						getComputedStyle(document.querySelector('.memoria-report > p:not([class])')!).color,
					]);
					expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
				});
			});
		}

		test('prints as a PDF of several pages, each learning on a page of its own, the first page not blank', async ({ expect }) => {
			await withPage(browser(), { theme: 'dark' }, async (page) => {
				await page.visit(report!.paths.en);
				const learnings = await page.page.locator('article.memoria-report-learning').count();
				expect(learnings).toBeGreaterThan(0);
				await page.page.emulateMedia({ media: 'print' });
				const breaks = await page.page.locator('article.memoria-report-learning').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
				expect(breaks, 'each learning starts a new page').toEqual(breaks.map(() => 'page'));
				const pdf = await page.page.pdf({ format: 'A4', printBackground: false });
				const pages = pdfPages(pdf);

				expect(pages.length, 'pages in the PDF').toBeGreaterThanOrEqual(1 + learnings);
				expect(pages[0]!.textRuns, 'text drawn on the first page').toBeGreaterThan(20);
				expect(
					pages.filter((p) => p.textRuns === 0),
					'blank pages'
				).toEqual([]);
			});
		});
	});
});
