/**
 * Every page type, in both languages, at desktop and phone size: served with the right
 * status, one h1, the right language, no console errors, no failed requests; and a
 * full-page screenshot of each is kept in tests/e2e/screenshots/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, test } from 'vitest';
import { listProblems, viewportNames, viewports } from './support/browser';
import { describeInBrowser, screenshotDir, screenshotPath, site, useBrowser, withPage } from './support/harness';
import { languageNames, languages } from './support/site';

/** Width and height of a PNG file, read from its header. */
function pngSize(file: string): { width: number; height: number } {
	const header = readFileSync(file).subarray(0, 24);
	return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describeInBrowser('The built demo site', () => {
	test('offers every page type: an entry in every section, a guide and the 404 page', ({ expect }) => {
		expect(site.missingPageTypes, `dist/ has no page for: ${site.missingPageTypes.join(', ')}; the suite cannot cover these page types until the demo content has one`).toEqual([]);
	});
});

describeInBrowser('Every page type', () => {
	const browser = useBrowser();
	// This file writes every screenshot: start from an empty folder so none is left from an older run.
	beforeAll(() => {
		rmSync(screenshotDir, { recursive: true, force: true });
		mkdirSync(screenshotDir, { recursive: true });
	});

	for (const viewport of viewportNames) {
		for (const language of languages) {
			describe.concurrent(`in ${languageNames[language]} on a ${viewport} screen`, () => {
				for (const type of site.pageTypes) {
					const path = type.paths[language];
					test(`the ${type.name} (${path}) answers HTTP ${type.status}, has one h1 and lang="${language}", logs no console error, has no failed request and is saved as a full-page screenshot`, async ({ expect }) => {
						await withPage(browser(), { viewport }, async (page) => {
							const response = await page.visit(path, { expectStatus: type.status });
							const file = screenshotPath(`${language}-${viewport}-${type.key.replace(':', '-')}`);
							await page.page.screenshot({ path: file, fullPage: true });

							expect.soft(response?.status(), `HTTP status of ${path}`).toBe(type.status);
							const h1s = await page.h1s();
							expect.soft(h1s, `${path} should have exactly one h1, has ${h1s.length}: ${JSON.stringify(h1s)}`).toHaveLength(1);
							expect.soft(await page.htmlLang(), `<html lang> of ${path}`).toBe(language);
							expect.soft(page.consoleErrors, `console errors on ${path}:\n${listProblems(page.consoleErrors)}`).toEqual([]);
							expect.soft(page.failedRequests, `failed requests on ${path}:\n${listProblems(page.failedRequests)}`).toEqual([]);

							const size = pngSize(file);
							expect.soft(size.width, `screenshot ${file} width`).toBe(viewports[viewport].width);
							expect.soft(size.height, `screenshot ${file} should be the full page, at least the viewport's height`).toBeGreaterThanOrEqual(viewports[viewport].height);
						});
					});
				}
			});
		}
	}
});
