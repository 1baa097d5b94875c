/**
 * What a reader's browser downloads on a first visit to one page, and then on a second page in
 * the same session: Debian's Chromium (playwright-core) opens the page with an empty cache from
 * the benchmark's static host (static-server.mjs: gzip, the site's `_headers`, ETags) and waits
 * until the network has been quiet for a while, so that scripts a page loads later (on idle, after
 * a timer) are counted too. A static reading of the HTML would miss them: vanilla Starlight, for
 * one, fetches its search interface on idle on every page.
 *
 * First visit: each response counts with its compressed body (Chromium's encoded size), not its
 * headers.
 *
 * Second page (issue 20): the reader then opens another page of the same kind in the same tab.
 * What reaches the server is recorded there: files downloaded (a body sent) and files only
 * revalidated (a 304, no body); a file the browser takes from its cache without asking never
 * reaches it. The target: only the page's own HTML is downloaded.
 */
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Quiet time after the network is idle before counting stops: idle callbacks and timers run in it. */
const SETTLE_MS = 1500;

const kind = (type, url) => {
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script' || /\.m?js$/.test(url)) return 'js';
	return 'other';
};

/**
 * Resolves with { total, beforeRender, blocking, html, css, js, other, files: [{ url, type, gzip }], second } (bytes),
 * where `second` (when `secondPage` is given) is { page, downloaded: [{ url, body, bytes }],
 * revalidated: [{ url, bytes }], bytes, onlyHtml }: `bytes` counts headers and bodies of every
 * response the second page caused.
 */
export async function firstVisit(dist, page, secondPage) {
	let counting = false;
	const served = [];
	const { server, origin } = await serve(dist, (response) => counting && served.push(response));
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
	try {
		const tab = await (await browser.newContext()).newPage();
		const files = [];
		const pending = [];
		const record = (request) => {
			const url = new URL(request.url()).pathname;
			pending.push(request.sizes().then((s) => files.push({ url, type: kind(request.resourceType(), url), gzip: s.responseBodySize })));
		};
		tab.on('requestfinished', record);
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(SETTLE_MS);
		await Promise.all(pending);
		tab.off('requestfinished', record);
		const sum = (type) => files.filter((f) => !type || f.type === type).reduce((s, f) => s + f.gzip, 0);
		// What the browser had to have before it could render: the page and the files Chromium's
		// Resource Timing marks render-blocking (stylesheets in <head>; a print stylesheet, a module
		// script or an image is not). Issue 20's limit is for this; `total` counts every download.
		const blocking = await tab.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.renderBlockingStatus === 'blocking')
				.map((entry) => new URL(entry.name).pathname)
		);
		const beforeRender = sum('html') + files.filter((f) => blocking.includes(f.url)).reduce((s, f) => s + f.gzip, 0);
		const first = { total: sum(), beforeRender, blocking, html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other'), files };
		if (!secondPage) return first;

		counting = true;
		await tab.goto(origin + secondPage, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(SETTLE_MS);
		counting = false;
		const downloaded = served.filter((r) => r.status === 200).map(({ url, body, bytes }) => ({ url, body, bytes }));
		const revalidated = served.filter((r) => r.status === 304).map(({ url, bytes }) => ({ url, bytes }));
		const second = {
			page: secondPage,
			downloaded,
			revalidated,
			bytes: served.reduce((s, r) => s + r.bytes, 0),
			onlyHtml: downloaded.length === 1 && downloaded[0].url === secondPage,
		};
		return { ...first, second };
	} finally {
		await browser.close();
		server.close();
	}
}
