import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The versions of Memoria and of the Pagefind it indexes with, for `memoria --version` and a
 * published memory's manifest (src/network/). Both are found from this module's own place, never
 * from the folder a command runs in: the package is installed inside other organisations' sites.
 */

const versionIn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;

/** Memoria's own version, from its package.json. */
export function memoriaVersion(): string {
	return versionIn(fileURLToPath(new URL('../../package.json', import.meta.url)));
}

/**
 * The version of the Pagefind package that Memoria's own imports reach: the nearest
 * node_modules/pagefind above Memoria's files, as Node resolves a bare import. (Pagefind's
 * package.json is not among the files it exports, so it cannot be resolved by name.)
 */
export function pagefindVersion(): string {
	for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
		const file = join(folder, 'node_modules', 'pagefind', 'package.json');
		if (existsSync(file)) return versionIn(file);
		if (dirname(folder) === folder)
			throw new Error('Memoria cannot find the Pagefind package it indexes with: install the site’s dependencies again (npm install).');
	}
}
