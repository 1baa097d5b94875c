import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The version of Pagefind this hub indexes with. A member's bundle is merged only when the same
 * version made it: Pagefind's script reads only its own version's index files. Found through
 * Node's module folders, since Pagefind's package exposes neither `require` nor its package.json.
 */
export function hubPagefindVersion(): string {
	for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
		const manifest = join(folder, 'pagefind', 'package.json');
		if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
	}
	throw new Error('Memoria could not find the pagefind package it depends on: reinstall the site’s packages (npm install).');
}
