/**
 * The bytes a reader's browser downloads for a typical search: Debian's Chromium (playwright-core)
 * opens one page of the built site, served from 127.0.0.1 by the benchmark's static host
 * (static-server.mjs: gzip like a typical static host, the site's `_headers`, ETags), and searches
 * through the site's own search dialog, as a reader would. Every response after the page has
 * loaded is summed by its length on the wire (headers and encoded body), counted by the server as
 * it sends it: Chromium reports no body size for a Web Worker's own script (Pagefind's is 12 KB
 * compressed), so its figures undercount.
 *
 * Issue 20 reads three figures from it: the first query on a cold cache (Pagefind's runtime,
 * index and the results' fragments), each further query, and a repeat visit (the same browser
 * opens the page again later and searches the first word again: the runtime should come from the
 * cache); and the time from the first key to the first result.
 */
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Pagefind's runtime: its script and WebAssembly (the entry file is fetched fresh by design, with ?ts=). */
const RUNTIME = /\/pagefind\/(pagefind\.js|wasm\.[^/]+\.pagefind)$/;

/**
 * How each site's search box is used: what to press, where to type, what a result is. Memoria's
 * is its own dialog (src/components/Search.astro); vanilla Starlight's is Pagefind's default UI.
 */
export const searchBoxes = {
	memoria: {
		input: 'dialog[open] input[type="search"]',
		done: 'dialog[open] [data-search-results] a, dialog[open] [data-search-status]:not(:empty)',
		// The results of the whole word, not of its first letters (the list carries the words it answers).
		result: (query) => `dialog[open] [data-search-results][data-query=${JSON.stringify(query)}] a`,
	},
	vanilla: {
		input: 'dialog[open] #starlight__search input',
		done: 'dialog[open] .pagefind-ui__result-link, dialog[open] .pagefind-ui__message',
		result: () => 'dialog[open] .pagefind-ui__result-link',
	},
};

/**
 * Opens `page` of the site in `dist` in a fresh browser profile, waits until the page has
 * finished loading (what a first visit fetches is counted by first-visit.mjs, not here), then
 * searches as a reader does: opens the search dialog and types each of `queries` in turn,
 * waiting for its results and for the network to go quiet. Every response from then on counts:
 * the search interface, Pagefind's runtime, index and the fragments of the results shown.
 * Then, in the same browser, a repeat visit: the page opened again in a new tab, the first query
 * searched again.
 * Resolves with { bytes, requests, perQuery: [{ query, bytes }], firstResultMs, files,
 * repeat: { bytes, runtimeBody, firstResultMs, files } }.
 */
export async function searchTransfer(dist, page, queries, box) {
	let files;
	const { server, origin } = await serve(dist, (file) => files?.push(file));
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const cold = await searchIn(await context.newPage(), origin + page, queries, box, (list) => (files = list));
		const repeat = await searchIn(await context.newPage(), origin + page, queries.slice(0, 1), box, (list) => (files = list));
		await context.close();
		return {
			bytes: cold.files.reduce((s, f) => s + f.bytes, 0),
			requests: cold.files.length,
			perQuery: cold.perQuery,
			firstResultMs: cold.firstResultMs,
			files: cold.files,
			repeat: {
				bytes: repeat.files.reduce((s, f) => s + f.bytes, 0),
				runtimeBody: repeat.files.filter((f) => RUNTIME.test(f.url)).reduce((s, f) => s + f.body, 0),
				firstResultMs: repeat.firstResultMs,
				files: repeat.files.map(({ url, status, body, bytes }) => ({ url, status, body, bytes })),
			},
		};
	} finally {
		await browser.close();
		server.close();
	}
}

/** One visit of `url` in `tab` with searches; `count(list)` counts responses into `list` from then on (`undefined`: none). */
async function searchIn(tab, url, queries, box, count) {
	count(undefined);
	await tab.goto(url, { waitUntil: 'networkidle' });
	await tab.waitForTimeout(1500);
	const files = [];
	count(files);
	const open = tab.locator('button[data-open-modal]').filter({ visible: true }).first();
	await open.hover();
	await open.click();
	const input = tab.locator(box.input);
	await input.waitFor({ state: 'visible' });
	const perQuery = [];
	let firstResultMs;
	for (const query of queries) {
		const before = files.length;
		await input.fill('');
		const start = Date.now();
		await input.pressSequentially(query, { delay: 20 });
		await tab.locator(box.result(query)).first().waitFor({ timeout: 20_000 });
		firstResultMs ??= Date.now() - start;
		await tab.locator(box.done).first().waitFor({ timeout: 20_000 });
		await tab.waitForLoadState('networkidle');
		await tab.waitForTimeout(500); // let the last responses finish
		perQuery.push({ query, bytes: files.slice(before).reduce((s, f) => s + f.bytes, 0) });
	}
	await tab.close();
	return { files, perQuery, firstResultMs };
}
