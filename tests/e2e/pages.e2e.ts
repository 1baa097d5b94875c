/**
 * Every page type in Chromium, each visited three times: in English and in Spanish on a desktop
 * screen, and in English on a phone. Each visit checks what only a running page shows: it is served
 * with its status, scrolled to the end (so late requests are made) it logs no console error and
 * has no failed request and none to another host, it is kept as a full-page screenshot in
 * tests/e2e/screenshots/, and axe-core finds no serious or critical violation in the light theme.
 * On the desktop visits the page is then switched to the dark theme with the theme select and
 * audited again by the rules that judge colours (the others judge markup, the same in both themes).
 *
 * What the HTML alone says (one h1, <html lang>, the language switch's address, every resource
 * on this host, the inline scripts allowed by the policy) is checked once, without a browser, in
 * tests/static/; that the language switch can be followed, in no-javascript.e2e.ts and
 * language-switch.e2e.ts.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, test } from 'vitest';
import { auditPage, colourRules } from './support/axe';
import { listProblems, viewports, type ViewportName } from './support/browser';
import { describeInBrowser, screenshotDir, screenshotPath, site, useBrowser, withSharedPage } from './support/harness';
import { languageNames, type Language } from './support/site';
import { chooseTheme } from './support/ui';

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
 * Both languages on a desktop; on a phone, whose layout problems (tables scrolling sideways, the
 * menu, tap targets) do not depend on the language, English. The dark theme is audited on the
 * desktop visits: its colours are the same at every width.
 */
const visits: { viewport: ViewportName; language: Language; dark: boolean }[] = [
	{ viewport: 'desktop', language: 'en', dark: true },
	{ viewport: 'desktop', language: 'es', dark: true },
	{ viewport: 'phone', language: 'en', dark: false },
];

describeInBrowser('Every page type', () => {
	const browser = useBrowser();
	// This file writes every screenshot: start from an empty folder so none is left from an older run.
	beforeAll(() => {
		rmSync(screenshotDir, { recursive: true, force: true });
		mkdirSync(screenshotDir, { recursive: true });
	});

	for (const { viewport, language, dark } of visits) {
		describe.concurrent(`in ${languageNames[language]} on a ${viewport} screen`, () => {
			for (const type of site.pageTypes) {
				const path = type.paths[language];
				test(`the ${type.name} (${path}) answers HTTP ${type.status}, logs no console error, has no failed request and none to another host, is saved as a full-page screenshot, and has no serious or critical axe violation in the light theme${dark ? ' nor, switched to it, in the dark theme' : ''}`, async ({
					expect,
				}) => {
					await withSharedPage(browser(), { viewport, theme: 'light' }, async (page) => {
						const response = await page.visit(path, { expectStatus: type.status });
						// Scrolled to the end, so anything loaded late (lazy images) is requested too.
						await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
						await page.settle();
						const file = screenshotPath(`${language}-${viewport}-${type.key.replace(':', '-')}`);
						await page.page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 80 });

						expect.soft(response?.status(), `HTTP status of ${path}`).toBe(type.status);
						expect.soft(page.consoleErrors, `console errors on ${path}:\n${listProblems(page.consoleErrors)}`).toEqual([]);
						expect.soft(page.failedRequests, `failed requests on ${path}:\n${listProblems(page.failedRequests)}`).toEqual([]);
						expect.soft(page.foreignRequests, `requests to other hosts from ${path}:\n${listProblems(page.foreignRequests)}`).toEqual([]);

						const size = jpegSize(file);
						expect.soft(size.width, `screenshot ${file} width`).toBe(viewports[viewport].width);
						expect
							.soft(size.height, `screenshot ${file} should be the full page, at least the viewport's height`)
							.toBeGreaterThanOrEqual(viewports[viewport].height);

						const light = await auditPage(page, `${path} [light theme, ${languageNames[language]}, ${viewport}]`);
						expect.soft(light.rules, `serious or critical axe violations:\n${light.report}\n`).toEqual([]);

						if (dark) {
							await chooseTheme(page, 'dark');
							const audit = await auditPage(page, `${path} [dark theme, ${languageNames[language]}, ${viewport}]`, { rules: colourRules });
							expect.soft(audit.rules, `serious or critical axe violations:\n${audit.report}\n`).toEqual([]);
							expect.soft(page.consoleErrors, `console errors on ${path} after choosing the dark theme:\n${listProblems(page.consoleErrors)}`).toEqual([]);
						}
					});
				});
			}
		});
	}
});
