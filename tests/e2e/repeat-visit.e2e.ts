/**
 * Repeat visits (issue 20): served as a host that reads the site's `_headers` serves it (a server
 * of its own, with Memoria's cache rules and conditional requests), a reader who opens a second
 * learning in the same browser downloads only its HTML: the scripts and styles the first page
 * brought are taken from the browser's cache without asking the server. The demo's build is read;
 * nothing is built for this file.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { launchArgs } from './support/browser';
import { describeInBrowser, site, useBrowser } from './support/harness';
import { startStaticServer } from './support/server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describeInBrowser('A second page in the same browser', () => {
	const browser = useBrowser();

	test('downloads only its HTML: no script or style is fetched or even revalidated again', async ({ expect }) => {
		expect(launchArgs, 'the browser runs with its cache on').not.toContain('--disable-cache');
		const [first, second] = site.entries.filter((entry) => entry.section === 'learnings' && !entry.fallback.en).map((entry) => entry.paths.en);
		expect(second, 'the demo has two learnings in English').toBeDefined();
		const responses: { path: string; status: number }[] = [];
		const server = await startStaticServer(dist, { headers: true, onResponse: (response) => responses.push(response) });
		const context = await browser().newContext();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}${first}`, { waitUntil: 'load' });
			const assets = (path: string) => responses.filter((r) => r.path.startsWith('/_astro/') && r.path !== path).map((r) => r.path);
			const firstAssets = assets(first!);
			expect(firstAssets.length, 'the first page loads styles and scripts from /_astro/').toBeGreaterThan(0);
			// The browser asks for the page's icon after the page has loaded: wait for it, so that it is
			// not counted as the second page's.
			const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
			if (icon) await expect.poll(() => responses.some((r) => r.path === new URL(icon).pathname), { message: 'the first page’s icon is fetched' }).toBe(true);

			responses.length = 0;
			await page.goto(`${server.url}${second}`, { waitUntil: 'load' });
			const secondAssets = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"][href], script[src]')].map(
					(element) => new URL('href' in element ? element.href : element.src).pathname
				)
			);
			expect(secondAssets.filter((path) => firstAssets.includes(path)).length, 'the second page uses files the first one brought').toBeGreaterThan(0);

			expect(
				responses.filter((r) => r.status === 200).map((r) => r.path),
				'files downloaded for the second page'
			).toEqual([second]);
			expect(
				responses.filter((r) => r.path.startsWith('/_astro/')),
				'requests for /_astro/ files while opening the second page'
			).toEqual([]);
		} finally {
			await context.close();
			await server.close();
		}
	});
});
