import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { SiteConfig } from '../config/site-config';
import { writerLanguage } from '../errors/writer-language';
import { ContentProblems } from '../dev/content-problems';
import { guideEntry } from '../dev/guide-entries';
import { errorPage, problemEventsPath, problemsPage, problemsPath, type ProblemPageContext } from '../dev/problem-pages';
import { problemText } from '../dev/problem-text';
import { buildAudience } from '../model/visibility';
import { createLocales } from '../site/locales';

/**
 * The writer's loop on the dev server (`memoria dev`): the content checks of the build, kept up to
 * date as files are saved (src/dev/content-problems.ts), shown where the writer looks.
 *
 * - A page whose files have an error is answered with status 500 and a page that names each
 *   error (file, line, field, what is wrong, what to write, the guide's entry), instead of the
 *   last good version Astro would keep serving with 200. Every other page works as before.
 * - /_memoria/problems/ lists every problem of the site, errors and warnings, with their pages.
 * - When a save changes the problems, open pages reload: the site's through Vite's own reload,
 *   the problem pages through an event stream of their own. Fixing the file brings the page back.
 *
 * In the writer's language (src/errors/writer-language.ts), as `memoria check` and the build
 * speak. A Vite plugin rather than Astro middleware: Astro's middleware runs only once the page's
 * content has loaded, and a broken file is exactly what keeps it from loading anew.
 */
export function memoriaDevProblems(config: SiteConfig, root: string): Plugin {
	return {
		name: 'memoria:dev-problems',
		apply: 'serve',
		configureServer(server) {
			const language = writerLanguage();
			const problems = new ContentProblems({ root, config, audience: buildAudience(), language });
			const locales = createLocales(config);
			const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			const text = problemText[language];
			// The first look at the whole site, once the server is up, a few files at a time. Pages do not
			// wait for it (a large site's first page would): when it finds errors, open pages reload into them.
			let firstLook: Promise<void> | undefined;
			let looked = false;
			const checked = () =>
				(firstLook ??= problems.checkAll().then(() => {
					looked = true;
					report();
					if (problems.findings.some((f) => f.severity === 'error')) reload();
				}));
			const listeners = new Set<ServerResponse>();
			const reload = () => {
				for (const listener of listeners) listener.write('data: changed\n\n');
				server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
			};
			const report = () => {
				const errors = problems.findings.filter((f) => f.severity === 'error').length;
				if (errors > 0) server.config.logger.warn(`[memoria] ${text.errors(errors)} ${urlOf(server, `${base}${problemsPath}`)}`, { timestamp: true });
			};
			server.httpServer?.once('listening', () => void checked());
			const store = contentStoreWrites(root);
			server.watcher.on('all', (event, path) => {
				if (store.written(path)) return;
				// What changes before the first look has begun, that look reads anyway.
				if (!firstLook || (event !== 'add' && event !== 'change' && event !== 'unlink')) return;
				void firstLook.then(async () => {
					if (!problems.update(path)) return;
					report();
					// A content file without errors now is shown from Astro's content store, which Astro
					// fills again a moment later: reloading before that would show the page as it was
					// while broken (its fallback in another language, or none). The error page waits too.
					if (problems.isContentFile(path) && !problems.hasErrors(path)) await store.holds(path);
					reload();
				});
			});
			const context: ProblemPageContext = {
				language,
				base,
				guideFor: (id) => guideEntry(id, problems.files, language, locales, base),
				textOf: (path) => problems.file(path)?.raw ?? readInside(root, path),
			};
			server.middlewares.use((request, response, next) => {
				void answer(request, response).then((answered) => answered || next(), next);
			});

			/** Answers a request with a problem page when one is due; false leaves it to Astro. */
			async function answer(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
				if (request.method !== 'GET' && request.method !== 'HEAD') return false;
				let pathname: string;
				try {
					pathname = decodeURI(new URL(request.url ?? '/', 'http://localhost').pathname);
				} catch {
					return false;
				}
				if (pathname === `/${problemEventsPath}`) {
					response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
					response.write(': connected\n\n');
					listeners.add(response);
					request.on('close', () => listeners.delete(response));
					return true;
				}
				if (pathname === `/${problemsPath}` || pathname === `/${problemsPath.slice(0, -1)}`) {
					await checked();
					send(
						response,
						200,
						problemsPage(problems.findings, (finding) => problems.pagesOf(finding), context)
					);
					return true;
				}
				// Without a server of its own (Vite in middleware mode), the first request starts the first look.
				void checked();
				if (!looked || !(request.headers.accept ?? '').includes('text/html')) return false;
				const errors = problems.errorsAt(pathname);
				if (errors.length === 0) return false;
				send(response, 500, errorPage(`${base}${pathname.replace(/^\//, '')}`, errors, context));
				return true;
			}
		},
	};
}

/** How long a reload waits for Astro's content store at most: a save that changes no entry writes nothing. */
const storeWait = 5000;

/**
 * Astro's content store on the dev server: Astro writes it once it has loaded the entries a save
 * changed, and reloads the pages then. `written` tells a watched path is the store's own file.
 * `holds(file)` waits for a write that holds the file's entry: a write of an earlier save (one
 * that had left the entry out, being broken) may come first, and a reload then would show the
 * page without its entry.
 */
function contentStoreWrites(root: string) {
	const store = resolve(root, '.astro', 'data-store.json');
	const waiting = new Set<() => void>();
	return {
		written(path: string): boolean {
			if (resolve(root, path) !== store) return false;
			for (const check of [...waiting]) check();
			return true;
		},
		holds(file: string): Promise<void> {
			const entry = JSON.stringify(relative(root, resolve(root, file)).split(sep).join('/'));
			return new Promise((done) => {
				const finish = () => {
					clearTimeout(timer);
					waiting.delete(check);
					done();
				};
				const check = () => {
					try {
						if (readFileSync(store, 'utf8').includes(entry)) finish();
					} catch {
						// Being replaced: the next write tells.
					}
				};
				const timer = setTimeout(finish, storeWait);
				waiting.add(check);
			});
		},
	};
}

function send(response: ServerResponse, status: number, html: string): void {
	response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
	response.end(html);
}

/** A file of the site by its path from the root, never one outside it. */
function readInside(root: string, path: string): string | undefined {
	const inside = relative(root, join(root, path));
	if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
	try {
		return readFileSync(join(root, inside), 'utf8');
	} catch {
		return undefined;
	}
}

/** The address of a page of the dev server, as the terminal shows it (the server's own address until Vite has resolved its names). */
function urlOf(server: ViteDevServer, path: string): string {
	const local = server.resolvedUrls?.local[0];
	if (local) return new URL(path, local).href;
	const address = server.httpServer?.address();
	if (!address || typeof address === 'string') return path;
	const host = ['::', '0.0.0.0', '::1'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return `http://${host}:${address.port}${path}`;
}
