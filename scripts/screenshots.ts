/**
 * `npm run screenshots [-- DIST]`: a full-page picture of every page type of a built site, to look
 * at rather than to test. English and Spanish on a desktop in the light theme, English in the
 * dark theme, and both languages on a phone, as PNG files in tests/e2e/screenshots/ (git-ignored,
 * emptied first). DIST is the built site, dist/ unless told; build it first (`npm run build`).
 *
 * The browser suite checks what a picture would show a person (axe, no overflow on a phone, no
 * failed request); taking the pictures costs more than those checks, so it is a step of its own.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser, SitePage, type Theme, type ViewportName } from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/server';
import { discoverSite, type Language } from '../tests/e2e/support/site';

const repository = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(repository, 'dist'));
const folder = join(repository, 'tests/e2e/screenshots');

if (!existsSync(join(dist, 'index.html'))) {
	console.error(`✗ No built site in ${dist}. Build it first: npm run build`);
	process.exit(1);
}

const views: { language: Language; viewport: ViewportName; theme: Theme }[] = [
	{ language: 'en', viewport: 'desktop', theme: 'light' },
	{ language: 'en', viewport: 'desktop', theme: 'dark' },
	{ language: 'es', viewport: 'desktop', theme: 'light' },
	{ language: 'en', viewport: 'phone', theme: 'light' },
	{ language: 'es', viewport: 'phone', theme: 'light' },
];

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const site = discoverSite(dist);
const server = await startStaticServer(dist);
const browser = await launchBrowser();
let count = 0;
try {
	for (const view of views) {
		const page = await SitePage.open(browser, server.url, { viewport: view.viewport, theme: view.theme });
		for (const type of site.pageTypes) {
			await page.visit(type.paths[view.language], { expectStatus: type.status });
			// Scrolled to the end first, so lazy images are in the picture.
			await page.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.settle();
			const name = `${view.language}-${view.viewport}-${view.theme}-${type.key.replace(':', '-')}.png`;
			await page.page.screenshot({ path: join(folder, name), fullPage: true, type: 'png' });
			count++;
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`${count} screenshots of ${site.pageTypes.length} page types in ${folder}`);
