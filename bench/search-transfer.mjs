/**
 * The bytes a reader's browser downloads for a typical search: Debian's Chromium (playwright-core)
 * opens one page of the built site, served from 127.0.0.1 by a small static server that gzips
 * text like a typical static host, and searches through the site's own search dialog, as a
 * reader would. Every response after the page has loaded is summed by its length on the wire
 * (headers and encoded body), counted by the server as it sends it: Chromium reports no body size
 * for a Web Worker's own script (Pagefind's is 12 KB compressed), so its figures undercount.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
};

/**
 * Serves `dist` on 127.0.0.1 (a free port); text types are gzipped when the browser accepts it.
 * Pagefind's own files are already compressed. `onSent({ url, bytes, body })` hears of every
 * response once sent: its body as sent (compressed) and, in `bytes`, its headers too.
 */
export function serve(dist, onSent = () => {}) {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
		const url = path;
		let file = join(dist, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end('not found');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		const stream = createReadStream(file);
		const body = gzip ? stream.pipe(createGzip({ level: 6 })) : stream;
		let sent = 0;
		body.on('data', (chunk) => (sent += chunk.length));
		// `_header` is the header block Node wrote for this response.
		res.on('finish', () => onSent({ url, body: sent, bytes: sent + Buffer.byteLength(res._header ?? '') }));
		body.pipe(res);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/**
 * How each site's search box is used: what to press, where to type, what a result is. Memoria's
 * is its own dialog (src/components/Search.astro); vanilla Starlight's is Pagefind's default UI.
 */
export const searchBoxes = {
	memoria: { input: 'dialog[open] input[type="search"]', done: 'dialog[open] [data-search-results] a, dialog[open] [data-search-status]:not(:empty)' },
	vanilla: { input: 'dialog[open] #starlight__search input', done: 'dialog[open] .pagefind-ui__result-link, dialog[open] .pagefind-ui__message' },
};

/**
 * Opens `page` of the site in `dist` in a fresh browser profile, waits until the page has
 * finished loading (what a first visit fetches is counted by first-visit.mjs, not here), then
 * searches as a reader does: opens the search dialog and types each of `queries` in turn,
 * waiting for its results and for the network to go quiet. Every response from then on counts:
 * the search interface, Pagefind's runtime, index and the fragments of the results shown.
 * Resolves with { bytes, requests, perQuery: [{ query, bytes }], files }.
 */
export async function searchTransfer(dist, page, queries, box) {
	let counting = false;
	const files = [];
	const { server, origin } = await serve(dist, (file) => counting && files.push(file));
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const tab = await context.newPage();
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		await tab.waitForTimeout(1500);
		counting = true;
		const open = tab.locator('button[data-open-modal]').filter({ visible: true }).first();
		await open.hover();
		await open.click();
		const input = tab.locator(box.input);
		await input.waitFor({ state: 'visible' });
		const perQuery = [];
		for (const query of queries) {
			const before = files.length;
			await input.fill('');
			await input.pressSequentially(query, { delay: 20 });
			await tab.locator(box.done).first().waitFor({ timeout: 20_000 });
			await tab.waitForLoadState('networkidle');
			await tab.waitForTimeout(500); // let the last responses finish
			perQuery.push({ query, bytes: files.slice(before).reduce((s, f) => s + f.bytes, 0) });
		}
		await context.close();
		return { bytes: files.reduce((s, f) => s + f.bytes, 0), requests: files.length, perQuery, files };
	} finally {
		await browser.close();
		server.close();
	}
}
