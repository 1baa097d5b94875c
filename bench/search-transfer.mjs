/**
 * The bytes a reader's browser downloads for a typical search: Debian's Chromium (playwright-core)
 * opens one page of the built site, served from 127.0.0.1 by a small static server that gzips
 * text like a typical static host, runs each query through Pagefind's JS API and opens the first
 * five results. Every response under /pagefind/ is summed by its on-the-wire length (headers and
 * encoded body, as Chromium's Network.loadingFinished encodedDataLength counts it).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain',
};

/** Serves `dist` on 127.0.0.1 (a free port); text types are gzipped when the browser accepts it. Pagefind's own files are already compressed. */
export function serve(dist) {
	const server = createServer((req, res) => {
		let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
		let file = join(dist, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end('not found');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/**
 * Opens `page` of the site in `dist` in a fresh browser profile and runs `queries` one after
 * another. Resolves with { bytes, requests, perQuery: [{ query, bytes, results }], files }.
 */
export async function searchTransfer(dist, page, queries) {
	const { server, origin } = await serve(dist);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
	try {
		const context = await browser.newContext();
		const tab = await context.newPage();
		// Pagefind 1.6 fetches its index from a Web Worker; Playwright reports a dedicated worker's
		// requests on its page, with their on-the-wire sizes (headers + encoded body).
		const files = [];
		const pending = [];
		tab.on('requestfinished', (request) => {
			const path = new URL(request.url()).pathname;
			if (!path.includes('/pagefind/')) return;
			pending.push(request.sizes().then((s) => files.push({ url: path, bytes: s.responseHeadersSize + s.responseBodySize, body: s.responseBodySize })));
		});
		await tab.goto(origin + page, { waitUntil: 'load' });
		const perQuery = [];
		for (const query of queries) {
			const before = files.length;
			const results = await tab.evaluate(async (q) => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const r = await pf.search(q);
				await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
				return r.results.length;
			}, query);
			await tab.waitForTimeout(200); // let the last requestfinished events arrive
			await Promise.all(pending);
			perQuery.push({ query, results, bytes: files.slice(before).reduce((s, f) => s + f.bytes, 0) });
		}
		await context.close();
		return { bytes: files.reduce((s, f) => s + f.bytes, 0), requests: files.length, perQuery, files };
	} finally {
		await browser.close();
		server.close();
	}
}
