import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * On the dev server, answers a browser's own request for /favicon.ico with "no content" when the
 * site has no such file. Browsers ask for it whatever the page links to (Memoria's pages link the
 * site's favicon.svg), and Astro would print a router warning for each page a writer opens:
 * noise that teaches writers to ignore warnings (issue 19). A build is not concerned: a static
 * host answers the request itself.
 */
export function devFavicon(publicFolder: string): Plugin {
	return {
		name: 'memoria:dev-favicon',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use((request, response, next) => {
				const pathname = (request.url ?? '').split('?')[0]!;
				if (!pathname.endsWith('/favicon.ico') || existsSync(join(publicFolder, 'favicon.ico'))) return next();
				response.writeHead(204, { 'Cache-Control': 'no-store' });
				response.end();
			});
		},
	};
}
