/**
 * Every page type, in both languages on a desktop and in English on a phone: served with the right
 * status, one h1, the right language, no console errors, no failed requests; a full-page
 * screenshot of each is kept in tests/e2e/screenshots/; axe-core finds no serious or critical
 * violation in the light theme (the dark theme: accessibility.e2e.ts); then its language switch is followed
 * to the same page in the other language (the 404 page's, to the other language's home), so
 * each page is loaded once for both checks. Untranslated entries: language-switch.e2e.ts.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, test } from 'vitest';
import { listProblems, viewportNames, viewports } from './support/browser';
import { describeInBrowser, screenshotDir, screenshotPath, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, languages, otherLanguage, urls } from './support/site';
import { languageLink } from './support/ui';
import { auditPage } from './support/axe';

/** Width and height of a JPEG file, read from its start-of-frame marker. */
function jpegSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	let at = 2;
	while (at + 9 < bytes.length) {
		const marker = bytes.readUInt16BE(at);
		// SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
		if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
			return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
		}
		at += 2 + bytes.readUInt16BE(at + 2);
	}
	throw new Error(`${file} has no JPEG frame header`);
}

/**
 * The light theme is audited in both languages on a desktop; on a phone, whose layout problems
 * (tables scrolling sideways, the menu, tap targets) do not depend on the language, in English.
 */
const audited = (viewport: string, language: string) => viewport === 'desktop' || language === 'en';

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
		// On a phone, whose layout does not depend on the language, in English only (as the audit).
		for (const language of languages.filter((l) => audited(viewport, l))) {
			describe.concurrent(`in ${languageNames[language]} on a ${viewport} screen`, () => {
				const to = otherLanguage(language);
				for (const type of site.pageTypes) {
					const path = type.paths[language];
					// A missing page has no counterpart, so the 404 page leads to the other language's home.
					const counterpart = type.kind === 'not-found' ? urls.home(to) : type.paths[to];
					test(`the ${type.name} (${path}) answers HTTP ${type.status}, has one h1 and lang="${language}", logs no console error, has no failed request and none to another host, is saved as a full-page screenshot, ${audited(viewport, language) ? 'has no serious or critical axe violation in the light theme, ' : ''}and its ${languageNames[to]} link leads to ${counterpart}`, async ({ expect }) => {
						await withSharedPage(browser(), { viewport, theme: 'light' }, async (page) => {
							const response = await page.visit(path, { expectStatus: type.status });
							// Scrolled to the end, so anything loaded late (lazy images) is requested too.
							await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
							await page.settle();
							const file = screenshotPath(`${language}-${viewport}-${type.key.replace(':', '-')}`);
							await page.page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 80 });

							expect.soft(response?.status(), `HTTP status of ${path}`).toBe(type.status);
							const h1s = await page.h1s();
							expect.soft(h1s, `${path} should have exactly one h1, has ${h1s.length}: ${JSON.stringify(h1s)}`).toHaveLength(1);
							expect.soft(await page.htmlLang(), `<html lang> of ${path}`).toBe(language);
							expect.soft(page.consoleErrors, `console errors on ${path}:\n${listProblems(page.consoleErrors)}`).toEqual([]);
							expect.soft(page.failedRequests, `failed requests on ${path}:\n${listProblems(page.failedRequests)}`).toEqual([]);
							expect.soft(page.foreignRequests, `requests to other hosts from ${path}:\n${listProblems(page.foreignRequests)}`).toEqual([]);

							const size = jpegSize(file);
							expect.soft(size.width, `screenshot ${file} width`).toBe(viewports[viewport].width);
							expect.soft(size.height, `screenshot ${file} should be the full page, at least the viewport's height`).toBeGreaterThanOrEqual(viewports[viewport].height);

							if (audited(viewport, language)) {
								const audit = await auditPage(page, `${path} [light theme, ${languageNames[language]}, ${viewport}]`);
								expect.soft(audit.rules, `serious or critical axe violations:\n${audit.report}\n`).toEqual([]);
							}

							const link = await languageLink(page, to);
							// Only where the link leads is checked here, so the next page need not settle.
							const arrival = await page.follow(link, { settle: false });
							expect.soft(page.pathname, `address after following the ${languageNames[to]} link on ${path}`).toBe(counterpart);
							expect.soft(arrival?.status(), `HTTP status of ${page.pathname}`).toBe(200);
							expect.soft(await page.htmlLang(), `<html lang> of ${page.pathname}`).toBe(to);
						});
					});
				}
			});
		}
	}
});
