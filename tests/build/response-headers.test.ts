/**
 * The `_headers` of real builds (fixtures shared with other build tests, built once per run):
 * every file of the output gets the cache rule its name calls for, read back with the same parser
 * hosts' rules are read with. Which files carry a fingerprint is decided here from their names
 * alone, apart from the policy module: Astro names what it bundles `name.<hash>.ext` (Expressive
 * Code `ec.<hash>.ext`), Pagefind names its index files `<language>_<hex digits>`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/integrations/response-headers';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { builtFixture, type FixtureBuild } from './support/fixture';

const fingerprint =
	/^_astro\/[^/]*\.[\w-]{5,}\.\w+$|^pagefind(-retired)?\/(pagefind\.[a-z-]+_[0-9a-f]{7,}\.pf_meta|(fragment|index|filter)\/[a-z-]+_[0-9a-f]{7,}\.pf_\w+)$/;

describe.each([
	['bilingual-basics', '/'],
	['sub-path', '/memoria/'],
])('the _headers of the %s build', (name, base) => {
	let site: FixtureBuild;
	beforeAll(() => {
		site = builtFixture(name);
	});

	it('keeps every file whose name carries a fingerprint for a year, and nothing else', () => {
		const file = parseHeadersFile(site.page('/_headers'));
		const files = site.files().filter((path) => path !== '_headers');
		const kept = files.filter((path) => fingerprint.test(path));
		// Scripts, styles, and every kind of Pagefind index file, in both bundles.
		expect(kept.some((path) => path.endsWith('.js'))).toBe(true);
		expect(kept.some((path) => path.endsWith('.css'))).toBe(true);
		for (const kind of ['pf_meta', 'pf_index', 'pf_filter', 'pf_fragment']) {
			expect(kept.some((path) => path.startsWith('pagefind/') && path.endsWith(kind))).toBe(true);
			expect(kept.some((path) => path.startsWith('pagefind-retired/') && path.endsWith(kind))).toBe(true);
		}

		const wrong = files
			.map((path) => ({ path, cacheControl: headersFor(file, `${base}${path}`)['cache-control'] }))
			.filter(({ path, cacheControl }) =>
				fingerprint.test(path) ? cacheControl !== 'public, max-age=31536000, immutable' : cacheControl !== undefined && cacheControl !== 'no-cache'
			);
		expect(wrong).toEqual([]);
	});

	it("revalidates Pagefind's runtime and pages by their own address, and sends the security headers with every file", () => {
		const file = parseHeadersFile(site.page('/_headers'));
		expect(headersFor(file, `${base}pagefind/pagefind.js`)['cache-control']).toBe('no-cache');
		expect(headersFor(file, `${base}pagefind/pagefind-entry.json`)['cache-control']).toBe('no-cache');
		expect(headersFor(file, `${base}es/`)['cache-control']).toBeUndefined();
		for (const path of [`${base}`, `${base}pagefind/pagefind.js`, `${base}${site.files().find((f) => f.startsWith('_astro/'))}`]) {
			const headers = headersFor(file, path);
			for (const [header, value] of securityHeaders) expect(headers[header.toLowerCase()], `${header} of ${path}`).toBe(value);
		}
	});
});
