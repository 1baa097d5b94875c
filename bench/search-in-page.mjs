/**
 * Pagefind in the page or in its Web Worker: how long a reader waits for results and how long the
 * page is busy, on a built site, with Chromium's CPU slowed fourfold (a modest phone), over the
 * local network and over a slow connection (300 ms latency, 50 KB/s). Memoria
 * searches in the page (src/search/browser/pagefind/load-pagefind.ts); this puts Pagefind's default, the worker,
 * beside it by serving a pagefind.js without that option. Run after a benchmark:
 *
 *   node bench/search-in-page.mjs bench/work/memoria-2000/dist /learnings/<a learning>/
 *
 * Prints, per run, the milliseconds from the first key to the first result for three queries,
 * and the main thread's long tasks (over 50 ms) while searching.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { SEARCH_QUERIES } from './corpus.mjs';

const [dist, page] = process.argv.slice(2);
if (!dist || !page) throw new Error('Usage: node bench/search-in-page.mjs <dist> <page path>');
const { server, origin } = await serve(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	for (const [mode, slow] of [
		['page', false],
		['worker', false],
		['page', false],
		['worker', false],
		['page', true],
		['worker', true],
	]) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const tab = await context.newPage();
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		if (slow) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 50_000, uploadThroughput: 25_000 });
		if (mode === 'worker') {
			// Pagefind's wrapper keeps the options it is created with; dropping `noWorker` there restores its default.
			const script = readFileSync(`${dist}/pagefind/pagefind.js`, 'utf8').replace(
				'this.initOptions=options2;',
				'this.initOptions={...options2,noWorker:false};'
			);
			await tab.route('**/pagefind/pagefind.js', (route) => route.fulfill({ body: script, contentType: 'text/javascript' }));
		}
		await tab.addInitScript(() => {
			window.longTasks = [];
			new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
		});
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		await tab.evaluate(() => (window.longTasks = []));
		const open = tab.locator('button[data-open-modal]').filter({ visible: true }).first();
		await open.hover();
		await open.click();
		const input = tab.locator('dialog[open] input[type="search"]');
		const waits = [];
		for (const query of SEARCH_QUERIES) {
			// The previous query's results stay until the new ones replace them: wait for a change.
			const before = await tab.evaluate(() => document.querySelector('dialog[open] [data-search-results]')?.textContent ?? '');
			await input.fill('');
			const start = Date.now();
			await input.pressSequentially(query, { delay: 20 });
			await tab.waitForFunction(
				(previous) => {
					const list = document.querySelector('dialog[open] [data-search-results]');
					return list?.querySelector('a') && list.textContent !== previous;
				},
				before,
				{ timeout: 30_000 }
			);
			waits.push(Date.now() - start);
			await tab.waitForLoadState('networkidle');
		}
		const long = await tab.evaluate(() => window.longTasks);
		console.log(
			`${mode.padEnd(6)} ${slow ? 'slow ' : 'local'} first result after ${waits.join(' / ')} ms; long tasks: ${long.length ? `${long.join(', ')} ms` : 'none'}`
		);
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}
