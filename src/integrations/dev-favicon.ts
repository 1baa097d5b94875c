import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The icons a browser asks for on every page: /favicon.ico whatever the page links, and Starlight's favicon.svg. */
const iconNames = ['favicon.ico', 'favicon.svg'];

/**
 * On the dev server, answers a browser's request for a site icon the site does not have with
 * "no content". Otherwise Astro prints a router warning for each page a writer opens: noise that
 * teaches writers to ignore warnings (issue 19). A build is not concerned: a static host answers
 * the request itself.
 */
export function devFavicon(publicFolder: string): Plugin {
	return {
		name: 'memoria:dev-favicon',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use((request, response, next) => {
				const name = (request.url ?? '').split('?')[0]!.split('/').at(-1)!;
				if (!iconNames.includes(name) || existsSync(join(publicFolder, name))) return next();
				response.writeHead(204, { 'Cache-Control': 'no-store' });
				response.end();
			});
		},
	};
}
