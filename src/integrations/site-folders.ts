import type { AstroConfig } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteLayout } from '../config/site-layout';
import { memoriaError } from '../errors/memoria-error';

/**
 * Stops a build whose Astro configuration moves the folders Memoria reads (src/config/site-layout.ts):
 * the content checks, `memoria build` and Astro would otherwise read different files, and files
 * nobody checked could be published. `memoria()` sets these; a site's astro.config.mjs may only
 * change them by spreading its own values over it.
 */
export function checkSiteFolders(config: Pick<AstroConfig, 'root' | 'srcDir' | 'publicDir'>) {
	const root = fileURLToPath(config.root);
	const layout = siteLayout(root);
	const shown = (path: string) => `./${relative(root, path)}`;
	const expected = { srcDir: layout.root, publicDir: layout.public };
	for (const option of ['srcDir', 'publicDir'] as const) {
		const folder = fileURLToPath(config[option]).replace(/\/$/, '');
		if (folder !== expected[option]) throw memoriaError('site-folder-moved', { option, folder: shown(folder), expected: shown(expected[option]) });
	}
}
