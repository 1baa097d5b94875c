import { readFileSync } from 'node:fs';

/**
 * Memoria's own version, from its package.json, found from this module's place (never from the
 * folder a command runs in: the package is installed inside other organisations' sites), for
 * `memoria --version` and a published memory's manifest (src/network/).
 */
export function memoriaVersion(): string {
	return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
