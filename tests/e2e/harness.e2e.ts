/**
 * The suite's own tools, checked against the real build: the static server behaves like a
 * static host, and the page recorder does notice console errors, failed requests and requests
 * to other hosts (so that the other files' "none found" results mean something).
 */
import { describe, test } from 'vitest';
import { baseUrl, describeInBrowser, site, useBrowser, withPage } from './support/harness';
import { contentTypeFor } from './support/server';

describeInBrowser('The static server', () => {
	test('serves directory index pages, redirects a directory without its slash, and answers a missing path with the 404 page and status 404', async ({
		expect,
	}) => {
		const home = await fetch(`${baseUrl}/`);
		expect(home.status).toBe(200);
		expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await home.text()).toMatch(/<html[^>]*lang="en"/);

		const bare = await fetch(`${baseUrl}/es`, { redirect: 'manual' });
		expect(bare.status).toBe(301);
		expect(bare.headers.get('location')).toBe('/es/');

		const missing = await fetch(`${baseUrl}/no/such/page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('<h1');

		const outside = await fetch(`${baseUrl}/..%2f..%2fpackage.json`);
		expect(outside.status).toBe(404);
	});

	test('sends the content types the site needs, Pagefind index files as application/octet-stream', ({ expect }) => {
		expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
		expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
		expect(contentTypeFor('a.json')).toBe('application/json; charset=utf-8');
		expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
		expect(contentTypeFor('a.png')).toBe('image/png');
		expect(contentTypeFor('a.webp')).toBe('image/webp');
		expect(contentTypeFor('a.wasm')).toBe('application/wasm');
		for (const ext of ['pf_meta', 'pf_index', 'pf_fragment', 'pagefind']) expect(contentTypeFor(`x.${ext}`)).toBe('application/octet-stream');
	});
});

describeInBrowser('The page recorder', () => {
	const browser = useBrowser();

	describe.concurrent('on a real page', () => {
		test('reports a console error, an uncaught exception, a failed request and a request to another host', async ({ expect }) => {
			await withPage(browser(), {}, async (page) => {
				await page.visit(site.pageTypes[0]!.paths.en);
				expect(page.consoleErrors).toEqual([]);
				expect(page.foreignRequests).toEqual([]);
				await page.page.evaluate(() => {
					console.error('recorder self-test');
					setTimeout(() => {
						throw new Error('recorder self-test exception');
					});
					void fetch('/recorder-self-test-missing.js').catch(() => undefined);
					new Image().src = 'https://tracker.example.org/pixel.png';
				});
				// Each problem reaches the recorder when the browser reports it: wait for each one, not for a while.
				const recorded = (list: { detail: string }[]) => () => list.map((p) => p.detail).join('\n');
				await expect.poll(recorded(page.consoleErrors), { message: 'the console error is recorded' }).toContain('recorder self-test');
				await expect
					.poll(recorded(page.consoleErrors), { message: 'the uncaught exception is recorded' })
					.toContain('Uncaught Error: recorder self-test exception');
				await expect.poll(recorded(page.failedRequests), { message: 'the failed request is recorded' }).toContain('/recorder-self-test-missing.js: HTTP 404');
				await expect
					.poll(recorded(page.foreignRequests), { message: 'the request to another host is recorded' })
					.toContain('https://tracker.example.org/pixel.png');
			});
		});
	});
});
