import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

/**
 * The version of Pagefind this Memoria indexes with: the one it imports, resolved from Memoria's
 * own place (a site installs Pagefind as Memoria's dependency, never on its own). A manifest
 * records it (`generator.pagefind`), and a hub merges a member's search bundle only when both are
 * the same, since Pagefind reads only the bundles of its own version.
 */
export function installedPagefindVersion(): string {
	const file = findPackageJSON('pagefind', import.meta.url);
	if (!file) throw new Error('Pagefind is not installed beside Memoria: run npm install.');
	return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
