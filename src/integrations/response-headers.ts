/**
 * The HTTP headers a host should send with a Memoria site, declared once: the `_headers` file the
 * build writes (output-checks.ts), the check of a site's own `public/_headers`, and the examples
 * for other servers (examples/deploy/: nginx, Apache, Caddy, S3 + CloudFront, each compared with
 * this module by tests/unit/deploy-examples.test.ts) all follow it.
 *
 * Security: what a page's own <meta> policy cannot say (frame-ancestors), for every response.
 *
 * Caching (issue 20): a file whose name changes whenever its content does is kept by the browser
 * for a year and never asked for again (`immutable`); everything else is asked for again on every
 * use (`no-cache`: the browser keeps it, and a conditional request brings back a 304 without a
 * body when nothing changed). Not a short max-age, for three reasons:
 * - a page may have to change now: a text taken down, a person's name removed on request. A page
 *   cached for ten minutes stays on readers' screens for ten minutes;
 * - each build replaces the whole output, so the fingerprinted files an older page names are gone:
 *   an older page kept in a cache can point at styles and scripts that no longer exist;
 * - Pagefind's runtime (`pagefind.js`, the WebAssembly, `pagefind-entry.json`) keeps its names
 *   from one build and one Pagefind version to the next, and must match the index it reads:
 *   Pagefind's own maintainers say it is safe to cache only within one version
 *   (github.com/Pagefind/pagefind/issues/814), and sites that cached it longer had search
 *   break after an upgrade (github.com/saicaca/fuwari/issues/774).
 * What it costs: one conditional request per page view, which the page needs anyway.
 *
 * Pagefind's runtime is not renamed to a content-addressed name here: `pagefind.js` fetches its
 * WebAssembly and entry file by fixed names from the folder of the index, and pages are written
 * before Pagefind runs, so a hashed name would mean patching Pagefind's minified script and
 * rewriting every page after indexing. On a repeat visit it costs two 304s (no body).
 *
 * Pagefind's index files are named by a hash of their content (seven hex digits of a SHA-1, one
 * more when two files of a build collide; Pagefind's own comment notes that two colliding files
 * could swap names between builds, which no cache policy can see: a remote risk, taken as
 * Pagefind takes it).
 */
import { parseHeadersFile, headersFor, hostDefaultCacheControl } from '../lib/headers-file';
import { retiredBundle } from '../search/bundles';

export type Audience = 'public' | 'internal';

/** Sent with every response. A page's own Content-Security-Policy <meta> says the rest (output-checks.ts). */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
	['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"],
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'no-referrer'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
	['X-Frame-Options', 'DENY'],
	['Strict-Transport-Security', 'max-age=31536000'],
];

export type CacheClass = 'fingerprinted' | 'revalidated';

/**
 * The Cache-Control of each class. An internal build's files are `private`: a shared cache (a
 * proxy, a CDN in front of a password) must never keep the text of internal search results.
 */
export function cacheControl(kind: CacheClass, audience: Audience = 'public'): string {
	const scope = audience === 'internal' ? 'private, ' : kind === 'fingerprinted' ? 'public, ' : '';
	return kind === 'fingerprinted' ? `${scope}max-age=31536000, immutable` : `${scope}no-cache`;
}

const searchBundles = ['pagefind', retiredBundle] as const;

/**
 * Files whose names change with their content, as `_headers` patterns from the site's base (`*`:
 * any characters), each with examples of real names: Astro's bundled scripts, styles and images,
 * and Pagefind's index (metadata, word index, filters, result fragments).
 */
export const fingerprinted: readonly { pattern: string; examples: readonly string[] }[] = [
	{
		pattern: '_astro/*',
		examples: ['_astro/Search.astro_astro_type_script_index_0_lang.DlQLgY9q.js', '_astro/guides.DZVce7ps.css', '_astro/photo.B1x9s0Qa_Z1abc.webp'],
	},
	...searchBundles.flatMap((bundle) => [
		{ pattern: `${bundle}/pagefind.*.pf_meta`, examples: [`${bundle}/pagefind.en_6a3767113d.pf_meta`] },
		{ pattern: `${bundle}/index/*`, examples: [`${bundle}/index/en_4a1f164.pf_index`] },
		{ pattern: `${bundle}/filter/*`, examples: [`${bundle}/filter/es_11c03d9.pf_filter`] },
		{ pattern: `${bundle}/fragment/*`, examples: [`${bundle}/fragment/en_0709f19.pf_fragment`, `${bundle}/fragment/es_1a2b3c4d.pf_fragment`] },
	]),
];

/**
 * Pagefind's runtime and entry files, which keep their names: named in `_headers` too, so that a
 * host whose default for scripts is longer than Netlify's and Cloudflare's still revalidates them.
 */
export const runtimePatterns: readonly string[] = [
	'pagefind/*.js',
	'pagefind/*.css',
	'pagefind/wasm.*',
	...searchBundles.map((bundle) => `${bundle}/pagefind-entry.json`),
];

/** Examples of paths (from the base) that must be revalidated: pages, feeds, exports, Pagefind's runtime. */
export const revalidatedExamples: readonly string[] = [
	'',
	'learnings/listen-first/',
	'es/aprendizajes/listen-first/',
	'404.html',
	'favicon.svg',
	'sitemap-index.xml',
	'blog/rss.xml',
	'data/learnings.en.json',
	'offline/colectivo-brujula-offline.zip',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/wasm.en.pagefind',
	'pagefind/wasm.unknown.pagefind',
	'pagefind/pagefind-worker.js',
	`${retiredBundle}/pagefind-entry.json`,
	// Astro's and Pagefind's folder names inside a page's address are still pages.
	'guides/_astro-notes/',
	'learnings/pagefind/',
];

const globRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
const fingerprintedRegExps = fingerprinted.map(({ pattern }) => globRegExp(pattern));

/** Which class a file of the output belongs to, by its path from the base (`_astro/x.js`, `learnings/a/`). */
export function cacheClass(path: string): CacheClass {
	const clean = path.replace(/^\/+/, '');
	return fingerprintedRegExps.some((pattern) => pattern.test(clean)) ? 'fingerprinted' : 'revalidated';
}

const withBase = (base: string, pattern: string) => `${base.endsWith('/') ? base : `${base}/`}${pattern}`;

/**
 * The cache rules of a `_headers` file. HTML and other files get no rule of their own: hosts that
 * read `_headers` combine the values of every rule that matches a path, so a catch-all `no-cache`
 * would undo `immutable`; what no rule covers gets their default, `public, max-age=0,
 * must-revalidate`, which revalidates as `no-cache` does.
 */
export function cacheRules({ base = '/', audience = 'public' }: { base?: string; audience?: Audience } = {}): string {
	const rules = (patterns: readonly string[], value: string) => patterns.map((pattern) => `${withBase(base, pattern)}\n  Cache-Control: ${value}`);
	return [
		'# Their names change with their content: browsers keep them for a year without asking again.',
		...rules(
			fingerprinted.map(({ pattern }) => pattern),
			cacheControl('fingerprinted', audience)
		),
		'',
		"# Pagefind's runtime keeps its names from one build to the next: asked for again on every use.",
		...rules(runtimePatterns, cacheControl('revalidated', audience)),
		'',
		"# Pages and every other file: the host's default, which revalidates (no catch-all rule here:",
		'# these hosts join the values of every rule that matches, and `no-cache` would undo `immutable`).',
	].join('\n');
}

/** The `_headers` file for hosts that read one (Netlify, Cloudflare Pages): security headers and cache rules. */
export function headersFile(options: { base?: string; audience?: Audience } = {}): string {
	return [
		'# Written by Memoria (src/integrations/response-headers.ts) for hosts that read _headers, such as',
		'# Netlify and Cloudflare Pages. A public/_headers of the site replaces it, and should then carry',
		'# the same cache rules.',
		'/*',
		...securityHeaders.map(([name, value]) => `  ${name}: ${value}`),
		'',
		cacheRules(options),
		'',
	].join('\n');
}

/** The Cache-Control directives of a value, as a set of lower-case words (`max-age=600`). */
const directives = (value: string | undefined) =>
	new Set(
		(value ?? '')
			.toLowerCase()
			.split(',')
			.map((d) => d.trim())
			.filter(Boolean)
	);

/** Whether a Cache-Control value (undefined: the host's default) revalidates on every use. */
export function revalidates(value: string | undefined): boolean {
	const words = directives(value ?? hostDefaultCacheControl);
	return words.has('no-cache') || words.has('no-store') || words.has('max-age=0');
}

/** Whether a Cache-Control value keeps a file for a year without asking. */
export function keepsForAYear(value: string | undefined): boolean {
	const words = directives(value);
	return words.has('immutable') && words.has('max-age=31536000') && !words.has('no-cache') && !words.has('no-store');
}

export interface CachePolicyGap {
	path: string;
	expected: CacheClass;
	/** The Cache-Control the file gives it; undefined when none (the host's default). */
	found: string | undefined;
}

/**
 * Where a `_headers` file (a site's own public/_headers) departs from the cache policy, checked on
 * the example paths above: a fingerprinted file not kept for a year, or another file kept
 * without asking again.
 */
export function cachePolicyGaps(text: string, base = '/'): CachePolicyGap[] {
	const file = parseHeadersFile(text);
	const gaps: CachePolicyGap[] = [];
	const url = (path: string) => withBase(base, path);
	for (const path of fingerprinted.flatMap(({ examples }) => examples)) {
		const found = headersFor(file, url(path))['cache-control'];
		if (!keepsForAYear(found)) gaps.push({ path: url(path), expected: 'fingerprinted', found });
	}
	for (const path of revalidatedExamples) {
		const found = headersFor(file, url(path))['cache-control'];
		if (!revalidates(found)) gaps.push({ path: url(path), expected: 'revalidated', found });
	}
	return gaps;
}
