import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoriaError } from '../errors/memoria-error';

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

/**
 * Stops a site whose package.json does not list Starlight. Astro compiles a package's Astro code
 * (components, `astro:` modules) only when it finds the package through the site's own
 * package.json; Starlight, a peer dependency of Memoria, reached only through Memoria, would be
 * loaded by Node as it is, and the build would fail on its first page with a message about an
 * "astro:" URL that names nothing a writer can fix. (A site folder without a package.json, as
 * Memoria's test fixtures are, is left alone: Astro then reads the one above it.)
 */
export function checkSiteDependencies(root: string) {
	const file = join(root, 'package.json');
	if (!existsSync(file)) return;
	const site = read(file);
	if (site.dependencies?.['@astrojs/starlight'] || site.devDependencies?.['@astrojs/starlight']) return;
	const memoria = read(fileURLToPath(new URL('../../package.json', import.meta.url)));
	const range = memoria.peerDependencies?.['@astrojs/starlight'] ?? 'latest';
	throw memoriaError('starlight-not-a-dependency', { command: `npm install @astrojs/starlight@${range}` }, { file: 'package.json' });
}
