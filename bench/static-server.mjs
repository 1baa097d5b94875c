/**
 * The benchmark's static host: serves a built site on 127.0.0.1 (a free port) as a host that
 * reads `_headers` does (Netlify, Cloudflare Pages):
 *
 * - text types are gzipped when the browser accepts it (level 6); Pagefind's own files are
 *   already compressed;
 * - each response carries the headers the site's `_headers` gives its path, read with Memoria's
 *   own parser (src/lib/headers-file.ts), and, where no rule sets one, those hosts' default
 *   `Cache-Control: public, max-age=0, must-revalidate` (a vanilla Starlight site has no
 *   `_headers`: everything it serves gets that default);
 * - every file has an ETag, and a request whose If-None-Match names it gets a 304 without a body,
 *   as from any of those hosts.
 *
 * `onSent({ url, status, bytes, body })` hears of every response once sent: its status, its body
 * as sent (compressed) and, in `bytes`, its headers too. A file the browser takes from its cache
 * without asking is never heard of.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, hostDefaultCacheControl, parseHeadersFile } from '../src/lib/headers-file.ts';

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

export function serve(dist, onSent = () => {}) {
	const headersPath = join(dist, '_headers');
	const headersFile = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : undefined;
	const server = createServer((req, res) => {
		const url = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
		let file = join(dist, url);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end('not found');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		const { size, mtimeMs } = statSync(file);
		const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}${gzip ? '-gzip' : ''}"`;
		const headers = {
			'cache-control': hostDefaultCacheControl,
			...(headersFile ? headersFor(headersFile, url) : {}),
			'content-type': type,
			etag,
			...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
		};
		let sent = 0;
		// `_header` is the header block Node wrote for this response.
		res.on('finish', () => onSent({ url, status: res.statusCode, body: sent, bytes: sent + Buffer.byteLength(res._header ?? '') }));
		if ((req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) return res.writeHead(304, headers).end();
		res.writeHead(200, headers);
		const stream = createReadStream(file);
		const body = gzip ? stream.pipe(createGzip({ level: 6 })) : stream;
		body.on('data', (chunk) => (sent += chunk.length));
		body.pipe(res);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
