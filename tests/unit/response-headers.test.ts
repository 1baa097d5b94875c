import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { memoriaOutputChecks } from '../../src/integrations/output-checks';
import {
	cacheClass,
	cacheControl,
	cachePolicyGaps,
	fingerprinted,
	headersFile,
	revalidatedExamples,
	securityHeaders,
} from '../../src/integrations/response-headers';
import { headersFor, parseHeadersFile, patternRegExp } from '../../src/lib/headers-file';

const immutable = 'public, max-age=31536000, immutable';
const fingerprintedExamples = fingerprinted.flatMap(({ examples }) => examples);

describe('the cache policy', () => {
	it.each([
		['_astro/Search.astro_astro_type_script_index_0_lang.DlQLgY9q.js', 'fingerprinted'],
		['/_astro/guides.DZVce7ps.css', 'fingerprinted'],
		['pagefind/fragment/en_0709f19.pf_fragment', 'fingerprinted'],
		['pagefind/index/en_4a1f164.pf_index', 'fingerprinted'],
		['pagefind/filter/es_11c03d9.pf_filter', 'fingerprinted'],
		['pagefind/pagefind.en_6a3767113d.pf_meta', 'fingerprinted'],
		['pagefind-retired/fragment/en_24542b2.pf_fragment', 'fingerprinted'],
		['pagefind/pagefind-entry.json', 'revalidated'],
		['pagefind/pagefind.js', 'revalidated'],
		['pagefind/wasm.en.pagefind', 'revalidated'],
		['pagefind-retired/pagefind-entry.json', 'revalidated'],
		['index.html', 'revalidated'],
		['', 'revalidated'],
		['learnings/listen-first/', 'revalidated'],
		['guides/_astro-notes/', 'revalidated'],
		['offline/colectivo-brujula-offline.zip', 'revalidated'],
	])('puts %s in the class of %s files', (path, expected) => {
		expect(cacheClass(path)).toBe(expected);
	});

	it('keeps fingerprinted files for a year and revalidates the rest; an internal build is never kept by a shared cache', () => {
		expect(cacheControl('fingerprinted')).toBe(immutable);
		expect(cacheControl('revalidated')).toBe('no-cache');
		expect(cacheControl('fingerprinted', 'internal')).toBe('private, max-age=31536000, immutable');
		expect(cacheControl('revalidated', 'internal')).toBe('private, no-cache');
	});

	it('gives each of its own examples the class it is an example of', () => {
		for (const path of fingerprintedExamples) expect(cacheClass(path), path).toBe('fingerprinted');
		for (const path of revalidatedExamples) expect(cacheClass(path), path).toBe('revalidated');
	});
});

describe('the _headers file Memoria writes', () => {
	const file = parseHeadersFile(headersFile());

	it('is read whole by the parser, every line a pattern, a header or a comment', () => {
		expect(file.unreadLines).toEqual([]);
		expect(file.rules.length).toBeGreaterThan(1);
	});

	it('sends the security headers with every file', () => {
		for (const path of ['/', '/learnings/listen-first/', '/_astro/x.DZVce7ps.css', '/pagefind/pagefind.js']) {
			const headers = headersFor(file, path);
			for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
		}
	});

	it.each([
		['/_astro/x.hash1234.js', immutable],
		['/pagefind/fragment/en_0709f19.pf_fragment', immutable],
		['/pagefind/index/es_6796a0d.pf_index', immutable],
		['/pagefind/filter/en_48313ac.pf_filter', immutable],
		['/pagefind/pagefind.es_ba49ffaae7.pf_meta', immutable],
		['/pagefind-retired/fragment/es_1a11665.pf_fragment', immutable],
		['/pagefind/pagefind-entry.json', 'no-cache'],
		['/pagefind/pagefind.js', 'no-cache'],
		['/pagefind/wasm.es.pagefind', 'no-cache'],
		['/pagefind-retired/pagefind-entry.json', 'no-cache'],
		// Pages: the host's default (Netlify's and Cloudflare's: max-age=0, must-revalidate), by no rule of the file.
		['/index.html', undefined],
		['/', undefined],
		['/es/aprendizajes/listen-first/', undefined],
	])('gives %s the Cache-Control %s, from one rule only', (path, expected) => {
		expect(headersFor(file, path)['cache-control']).toBe(expected);
	});

	it('has no gap in the cache policy, and names the base in every cache rule of a site under a sub-path', () => {
		expect(cachePolicyGaps(headersFile())).toEqual([]);
		const underBase = headersFile({ base: '/memoria/' });
		expect(cachePolicyGaps(underBase, '/memoria/')).toEqual([]);
		expect(headersFor(parseHeadersFile(underBase), '/memoria/_astro/x.hash1234.js')['cache-control']).toBe(immutable);
		expect(headersFor(parseHeadersFile(underBase), '/_astro/x.hash1234.js')['cache-control']).toBeUndefined();
	});

	it('marks an internal build private', () => {
		const internal = parseHeadersFile(headersFile({ audience: 'internal' }));
		expect(headersFor(internal, '/pagefind/fragment/en_0709f19.pf_fragment')['cache-control']).toBe('private, max-age=31536000, immutable');
		expect(headersFor(internal, '/pagefind/pagefind.js')['cache-control']).toBe('private, no-cache');
	});
});

describe('a site’s own _headers', () => {
	it('lacks the cache policy when it only has security headers', () => {
		const gaps = cachePolicyGaps('/*\n  X-Frame-Options: DENY\n');
		expect(gaps.map((gap) => gap.path)).toEqual(fingerprintedExamples.map((path) => `/${path}`));
	});

	it('undoes immutable with a catch-all no-cache, which the host joins to it', () => {
		const text = `/*\n  Cache-Control: no-cache\n${headersFile().split('\n').slice(3).join('\n')}`;
		expect(cachePolicyGaps(text).filter((gap) => gap.expected === 'fingerprinted')).toHaveLength(fingerprintedExamples.length);
	});

	it('departs from it when it keeps pages for an hour', () => {
		const text = `${headersFile()}\n/*.html\n  Cache-Control: max-age=3600\n/learnings/*\n  Cache-Control: max-age=3600\n`;
		expect(cachePolicyGaps(text)).toEqual([
			{ path: '/learnings/listen-first/', expected: 'revalidated', found: 'max-age=3600' },
			{ path: '/404.html', expected: 'revalidated', found: 'max-age=3600' },
			{ path: '/learnings/pagefind/', expected: 'revalidated', found: 'max-age=3600' },
		]);
	});

	it('is kept, and the build warns, in the writer’s language, with the rules to add', async () => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-headers-'));
		try {
			writeFileSync(join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n');
			writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>');
			const warnings: string[] = [];
			const hooks = memoriaOutputChecks().hooks as Record<string, (options: unknown) => Promise<void> | void>;
			await hooks['astro:config:done']!({ config: { base: '/' } });
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`), logger: { warn: (message: string) => warnings.push(message) } });

			expect(readFileSync(join(root, '_headers'), 'utf8')).toBe('/*\n  X-Frame-Options: DENY\n');
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toContain('[memoria:headers-without-cache-policy] public/_headers');
			expect(warnings[0]).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('is written by the build when the site has none', async () => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-headers-'));
		try {
			writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>');
			const integration: AstroIntegration = memoriaOutputChecks({ audience: 'internal' });
			const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
			await hooks['astro:config:done']!({ config: { base: '/memoria' } });
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`), logger: { warn: () => undefined } });

			expect(readFileSync(join(root, '_headers'), 'utf8')).toBe(headersFile({ base: '/memoria/', audience: 'internal' }));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('the _headers parser', () => {
	it.each([
		['/_astro/*', '/_astro/a/b.js', true],
		['/_astro/*', '/x/_astro/a.js', false],
		['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.en_1.pf_meta', true],
		['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefindXen_1.pf_meta', false],
		['/blog/:slug/', '/blog/part-one/', true],
		['/blog/:slug/', '/blog/a/b/', false],
		['/', '/', true],
		['/', '/a/', false],
		['https://example.org/a/*', '/a/b', true],
	])('matches %s against %s: %s', (pattern, path, expected) => {
		expect(patternRegExp(pattern).test(path)).toBe(expected);
	});

	it('joins the values of a header that several matching rules set, and a detach line removes it', () => {
		const file = parseHeadersFile('# comment\n/*\n  X-A: one\n/b/*\n  x-a: two\n  X-B: three\n/b/c\n  ! X-B\nno path here\n');
		expect(headersFor(file, '/b/c')).toEqual({ 'x-a': 'one, two' });
		expect(headersFor(file, '/b/d')).toEqual({ 'x-a': 'one, two', 'x-b': 'three' });
		expect(file.unreadLines).toEqual([{ line: 9, text: 'no path here' }]);
	});
});
