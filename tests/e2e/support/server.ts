/**
 * A small static file server for the built site, written with node:http so the suite needs
 * nothing beyond Node. It behaves like a plain static host:
 *
 * - `/path/` serves `path/index.html`; `/path` (a directory without the slash) redirects to `/path/`;
 * - a missing path answers 404 with the nearest `404.html` up the folder tree (`dist/es/404.html`
 *   for `/es/…` when the site has one, otherwise `dist/404.html`), as Cloudflare Pages and
 *   similar hosts do;
 * - content types cover what Astro, Starlight and Pagefind emit, Pagefind's binary index files
 *   (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pagefind`) as application/octet-stream.
 *
 * It listens on 127.0.0.1 on a free port chosen by the system. By default it sends none of the
 * site's `_headers` and tells the browser to keep nothing (`no-store`), so every test loads what
 * it checks. With `{ headers: true }` it behaves like a host that reads `_headers` (Netlify,
 * Cloudflare Pages): each response carries the headers the file gives its path (read with
 * Memoria's own parser), Cache-Control defaulting to those hosts' `max-age=0, must-revalidate`,
 * and a request whose If-None-Match names the file's ETag gets a 304 without a body.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, hostDefaultCacheControl, parseHeadersFile, type HeadersFile } from '../../../src/lib/headers-file';

export const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export function contentTypeFor(path: string): string {
	return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
	/** Base URL without a trailing slash, such as http://127.0.0.1:41234 */
	url: string;
	host: string;
	port: number;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

/** The file a URL path maps to inside root, or undefined when the path escapes root. */
function fileInRoot(root: string, urlPath: string): string | undefined {
	const file = normalize(join(root, urlPath));
	return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** The 404 page for a missing URL path: the nearest 404.html up the tree, then the root one. */
async function notFoundPage(root: string, urlPath: string): Promise<string | undefined> {
	const parts = urlPath.split('/').filter(Boolean);
	for (let i = parts.length - 1; i >= 0; i--) {
		const candidate = fileInRoot(root, `/${parts.slice(0, i).join('/')}/404.html`);
		if (candidate && (await isFile(candidate))) return candidate;
	}
	return undefined;
}

export interface ServerOptions {
	/** Apply the site's `_headers` and answer conditional requests, as a host that reads the file does. */
	headers?: boolean;
	/** Told of every response, with the URL path asked for and the status sent. */
	onResponse?: (response: { path: string; status: number }) => void;
}

async function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, headersFile: HeadersFile | undefined, urlPath: string) {
	if (!headersFile) {
		const body = await readFile(file);
		res.writeHead(status, {
			'Content-Type': contentTypeFor(file),
			'Content-Length': body.length,
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
		});
		res.end(req.method === 'HEAD' ? undefined : body);
		return;
	}
	const { size, mtimeMs } = await stat(file);
	const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
	const headers = { 'cache-control': hostDefaultCacheControl, ...headersFor(headersFile, urlPath), etag, 'content-type': contentTypeFor(file) };
	if (status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
		res.writeHead(304, headers).end();
		return;
	}
	const body = await readFile(file);
	res.writeHead(status, { ...headers, 'content-length': body.length });
	res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startStaticServer(directory: string, options: ServerOptions = {}): Promise<StaticServer> {
	const root = resolve(directory);
	const headersPath = join(root, '_headers');
	const headersFile = options.headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : undefined;
	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		if (options.onResponse) res.on('finish', () => options.onResponse!({ path: new URL(req.url ?? '/', 'http://localhost').pathname, status: res.statusCode }));
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const file = fileInRoot(root, path);
		if (file) {
			if (path.endsWith('/')) {
				const index = join(file, 'index.html');
				if (await isFile(index)) return send(req, res, 200, index, headersFile, path);
			} else if (await isFile(file)) {
				return send(req, res, 200, file, headersFile, path);
			} else if (await isDirectory(file)) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
		}
		const notFound = await notFoundPage(root, path);
		if (notFound) return send(req, res, 404, notFound, headersFile, path);
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
	};

	const server: Server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		});
	});
	// Node closes a kept-alive connection after 5 s idle by default; a client that picks that socket
	// for its next request at the same moment gets ECONNRESET. Browsers and Playwright's request
	// context keep connections open between a test's steps, which on a busy machine can be seconds
	// apart: idle connections stay open until the client or close() ends them.
	server.keepAliveTimeout = 0;
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => done());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		host: `127.0.0.1:${port}`,
		port,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
