import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminEnabled, adminFiles, adminFolder } from '../admin/admin-files';
import type { SiteConfig } from '../config/site-config';

/**
 * The admin at /admin/ (src/admin/): served by the dev server, written into the build once Astro
 * has written the pages, and only when memoria.config.ts turns it on (`admin`). The files are not
 * Astro pages: nothing of Starlight's or Astro's reaches them, and the output checks, which run
 * before this, never give the admin page the public pages' policy (it has its own).
 */
export function memoriaAdmin(config: SiteConfig): AstroIntegration {
	let enabled = false;
	return {
		name: 'memoria:admin',
		hooks: {
			'astro:config:setup': ({ command }) => {
				enabled = adminEnabled(config, command);
			},
			'astro:server:setup': ({ server }) => {
				if (!enabled) return;
				const folder = `${config.base}${adminFolder}`;
				const files = new Map(adminFiles(config).map((file) => [`${folder}/${file.path}`, file]));
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split(/[?#]/)[0]!);
					if (path === folder) {
						response.writeHead(301, { Location: `${folder}/` }).end();
						return;
					}
					const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
					if (!file) return next();
					response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' }).end(file.body());
				});
			},
			'astro:build:done': async ({ dir }) => {
				if (!enabled) return;
				const root = join(fileURLToPath(dir), adminFolder);
				for (const file of adminFiles(config)) {
					const target = join(root, file.path);
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, file.body());
				}
			},
		},
	};
}
