/**
 * What a browser would fetch and run on every page of the demo, read from the HTML rather than
 * recorded in a browser, so it covers every page (the browser covers each page type:
 * tests/e2e/pages.e2e.ts): every resource a page loads (scripts, stylesheets, icons, the web
 * manifest, images) is a file of dist/ on the site's own host, and so is everything a stylesheet
 * or script loads in turn; and the page's own Content-Security-Policy allows each of its inline
 * scripts and styles (a browser would refuse the others and report an error).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { dist, files, page, pagePaths } from './support/dist';

/** <link> relations a browser fetches (canonical, alternate and sitemap links are addresses, not requests). */
const fetched = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch']);

/** The addresses a page asks the browser to fetch as it loads. */
function resources(html: HTMLElement): string[] {
	const found: string[] = [];
	for (const el of html.querySelectorAll('script[src], img[src], iframe[src], video[src], audio[src], source[src], embed[src]'))
		found.push(el.getAttribute('src')!);
	for (const el of html.querySelectorAll('object[data]')) found.push(el.getAttribute('data')!);
	for (const el of html.querySelectorAll('img[srcset], source[srcset]'))
		found.push(
			...el
				.getAttribute('srcset')!
				.split(',')
				.map((c) => c.trim().split(/\s+/)[0]!)
		);
	for (const el of html.querySelectorAll('link[href]')) {
		if ((el.getAttribute('rel') ?? '').split(/\s+/).some((rel) => fetched.has(rel.toLowerCase()))) found.push(el.getAttribute('href')!);
	}
	for (const el of html.querySelectorAll('[style*="url("]')) found.push(...urlsInCss(el.getAttribute('style')!));
	return found.filter((url) => url && !/^(data|blob):/.test(url));
}

const urlsInCss = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((url) => !/^(#|data:|blob:)/.test(url));

/** The file of dist/ an address of a page at `from` leads to, or why it leads nowhere on this site. */
function target(url: string, from: string): { file?: string; problem?: string } {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { problem: `${url} is on another host` };
	const path = posix.normalize(url.startsWith('/') ? url : posix.join(posix.dirname(from), url)).replace(/[?#].*$/, '');
	const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? { file } : { problem: `${url} (${path}) is not in dist/` };
}

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
/** The sources a policy allows for a directive, falling back to default-src as browsers do. */
function sources(policy: string, directive: string): string[] {
	const rules = new Map(
		policy
			.split(';')
			.map((rule) => rule.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!.toLowerCase(), values])
	);
	return rules.get(directive) ?? rules.get('default-src') ?? [];
}

const pages = pagePaths();

describe('every page of the demo', () => {
	test('is more than a handful', () => {
		expect(pages.length).toBeGreaterThan(100);
	});

	test('loads only files of dist/, from its own host', () => {
		const problems: string[] = [];
		for (const path of pages) {
			// The file's own address: relative URLs of /x/ resolve from /x/, of /404.html from /.
			const from = path.endsWith('/') ? `${path}index.html` : path;
			for (const url of resources(page(path))) {
				const { problem } = target(url, from);
				if (problem) problems.push(`${path}: ${problem}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('has a policy that allows each of its inline scripts and styles, and no inline event handler', () => {
		const problems: string[] = [];
		for (const path of pages) {
			const html = page(path);
			const policy = html.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content');
			if (!policy) {
				problems.push(`${path}: no Content-Security-Policy`);
				continue;
			}
			const scripts = sources(policy, 'script-src');
			for (const script of html.querySelectorAll('script:not([src])')) {
				// Data blocks (JSON) are not run, so no policy governs them.
				const type = (script.getAttribute('type') ?? '').toLowerCase();
				if (type && type !== 'module' && type !== 'text/javascript') continue;
				if (!scripts.includes(hash(script.rawText))) problems.push(`${path}: inline script not allowed: ${script.rawText.trim().slice(0, 60)}`);
			}
			const styles = sources(policy, 'style-src');
			for (const style of html.querySelectorAll('style')) {
				if (!styles.includes(hash(style.rawText)) && !styles.includes("'unsafe-inline'"))
					problems.push(`${path}: inline style not allowed: ${style.rawText.trim().slice(0, 60)}`);
			}
			for (const el of html.querySelectorAll('*')) {
				const handler = Object.keys(el.attributes).find((name) => /^on/i.test(name));
				if (handler) problems.push(`${path}: <${el.tagName.toLowerCase()} ${handler}> would be refused`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('every stylesheet and script of the demo', () => {
	const assets = files().filter((f) => /\.(css|js)$/.test(f) && !f.startsWith('pagefind'));

	test('is there to check', () => {
		expect(assets.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0);
		expect(assets.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
	});

	test('loads only files of dist/, from its own host (url() of stylesheets, imports of scripts)', () => {
		const problems: string[] = [];
		for (const file of assets) {
			const code = readFileSync(join(dist, file), 'utf8');
			const urls = file.endsWith('.css')
				? urlsInCss(code)
				: // Static and dynamic imports with a literal relative or absolute address.
					[...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(['"`])(\.{1,2}\/[^'"`]+|\/[^/'"`][^'"`]*)\1/g)].map((m) => m[2]!);
			for (const url of urls) {
				const { problem } = target(url, `/${dirname(file)}/x`);
				if (problem) problems.push(`${file}: ${problem}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
