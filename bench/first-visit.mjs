/**
 * What a reader's browser downloads on a first visit to one page: Debian's Chromium
 * (playwright-core) opens the page with an empty cache from the small gzip server in
 * search-transfer.mjs and waits until the network has been quiet for a while, so that scripts a
 * page loads later (on idle, after a timer) are counted too. A static reading of the HTML would
 * miss them: vanilla Starlight, for one, fetches its search interface on idle on every page.
 *
 * Each response counts with its compressed body (Chromium's encoded size), not its headers.
 */
import { chromium } from 'playwright-core';
import { serve } from './search-transfer.mjs';

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

/** Resolves with { total, html, css, js, other, files: [{ url, type, gzip }] } (bytes). */
export async function firstVisit(dist, page) {
	const { server, origin } = await serve(dist);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
	try {
		const tab = await (await browser.newContext()).newPage();
		const files = [];
		const pending = [];
		tab.on('requestfinished', (request) => {
			const url = new URL(request.url()).pathname;
			pending.push(request.sizes().then((s) => files.push({ url, type: kind(request.resourceType(), url), gzip: s.responseBodySize })));
		});
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(SETTLE_MS);
		await Promise.all(pending);
		const sum = (type) => files.filter((f) => !type || f.type === type).reduce((s, f) => s + f.gzip, 0);
		return { total: sum(), html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other'), files };
	} finally {
		await browser.close();
		server.close();
	}
}
