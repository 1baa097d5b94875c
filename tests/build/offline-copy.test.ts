import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, type FixtureBuild } from './support/fixture';
import { offlineArchive, type OfflineArchive } from './support/offline';

/**
 * The offline copy of a site served under a sub-path (/memoria/), read from the archive the build
 * wrote: one folder, pages whose every address is relative and leads to a file of the archive,
 * and nothing a reader cannot use from disk.
 */
let site: FixtureBuild;
let copy: OfflineArchive;
beforeAll(() => {
	site = builtFixture('sub-path');
	copy = offlineArchive(site)!;
});

/** Every address in a page's start tags (href, src, srcset candidates). */
function addresses(html: string): string[] {
	const found: string[] = [];
	for (const [, name, value] of html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => tag.replace(/>[\s\S]*<\/script>$/, '></script>'))
		.matchAll(/\s(href|src|srcset|action)="([^"]*)"/g)) {
		if (name === 'srcset') found.push(...value!.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0]!));
		else found.push(value!);
	}
	return found;
}

describe('the offline copy of a site under a sub-path', () => {
	it('is a stable address in the output, holding one folder named after the organisation and the day', () => {
		expect(copy.path).toBe('offline/sub-path-org-offline.zip');
		expect(copy.folder).toMatch(/^sub-path-org-offline-\d{4}-\d{2}-\d{2}$/);
		expect(Object.keys(copy.entries).every((name) => name.startsWith(`${copy.folder}/`))).toBe(true);
	});

	it('opens at index.html, the default language’s home page, and explains itself in README.txt in English and Spanish', () => {
		expect(dom(copy.text('index.html')).querySelector('html')?.getAttribute('lang')).toBe('en');
		const readme = copy.text('README.txt');
		expect(readme).toContain('open index.html');
		expect(readme).toContain('abre index.html');
		expect(readme).toContain('https://org.github.io/memoria/offline/sub-path-org-offline.zip');
	});

	it('writes every address of every page relative to the page, leading to a file of the copy', () => {
		const files = new Set(copy.files());
		const broken: string[] = [];
		let checked = 0;
		for (const page of copy.files().filter((f) => f.endsWith('.html'))) {
			for (const address of addresses(copy.text(page))) {
				if (/^([a-z]+:|#|$)/i.test(address)) continue;
				checked++;
				if (address.startsWith('/')) {
					broken.push(`${page}: ${address} starts at the root of the disk`);
					continue;
				}
				const target = decodeURIComponent(new URL(address, `file:///copy/${page}`).pathname.slice('/copy/'.length));
				if (!files.has(target)) broken.push(`${page}: ${address} → ${target} is not in the archive`);
			}
		}
		expect(checked).toBeGreaterThan(200);
		expect(broken).toEqual([]);
	});

	it('points folder links at index.html and strips the base path', () => {
		const learning = copy.text('learnings/listen/index.html');
		expect(learning).toContain('href="../../es/aprendizajes/listen/index.html"');
		expect(learning).toContain('href="../../projects/river/index.html"');
		expect(learning).not.toContain('"/memoria/');
	});

	it('carries no Pagefind, module script, source map, feed, sitemap, export but the whole memory’s, “not found” page or host file', () => {
		const unwanted = copy
			.files()
			.filter((f) =>
				/^(pagefind(-retired)?\/|offline\/)|^_astro\/.*\.js$|\.map$|rss\.xml$|^sitemap|^data\/(?!memory\.[a-z]+\.json$)|(^|\/)404(\.html|\/)|^_headers$/.test(f)
			);
		expect(unwanted).toEqual([]);
		expect(copy.files().some((f) => f.startsWith('_astro/') && f.endsWith('.css'))).toBe(true);
	});

	it('carries what a network’s hub copies a memory from: the manifest, listing no search bundle, and each language’s whole export', () => {
		const manifest = JSON.parse(copy.text('memoria.json')) as { site: { base: string }; exports: { path: string }[]; search: unknown[] };

		expect(manifest.site.base).toBe('/memoria/');
		expect(manifest.search).toEqual([]);
		expect(manifest.exports.map((e) => e.path)).toEqual(['data/memory.en.json', 'data/memory.es.json']);
		expect(copy.files()).toEqual(expect.arrayContaining(['memoria.json', 'data/memory.en.json', 'data/memory.es.json']));
		// Paths of pages are from the base, without it.
		expect(JSON.parse(copy.text('data/memory.es.json')).learnings[0].path).toBe('aprendizajes/listen/');
	});

	it('has an offline search page per language, with its script (MiniSearch and its licence inside) and an index of each language’s entries', () => {
		expect(copy.text('search/index.html')).toContain('<script src="../_offline/search-index.en.js"></script>');
		expect(copy.text('es/buscar/index.html')).toContain('<script src="../../_offline/search-index.es.js"></script>');
		expect(copy.text('_offline/search.js')).toContain('MiniSearch');
		expect(copy.text('_offline/search.js')).toContain('Permission is hereby granted');
		expect(copy.text('_offline/search-index.en.js')).toContain('"url":"learnings/listen/index.html"');
		expect(copy.text('_offline/search-index.es.js')).toContain('"url":"es/aprendizajes/listen/index.html"');
	});
});

describe('the online home pages', () => {
	it('link to the archive under the base path, with its size in the page’s language', () => {
		for (const [path, decimal] of [
			['/', '.'],
			['/es/', ','],
		] as const) {
			const section = dom(site.page(path)).querySelector('[data-memoria-offline-download]')!;
			expect(section.querySelector('a[download]')?.getAttribute('href')).toBe('/memoria/offline/sub-path-org-offline.zip');
			const size = section.querySelector('[data-memoria-offline-size]')!.text;
			expect(size).toMatch(/^\(ZIP, [\d.,]+ (kB|MB)\)$/);
			if (copy.bytes >= 1_000_000) expect(size).toContain(decimal);
		}
	});
});

describe('the offline copy of a site whose default language is Spanish', () => {
	it('opens at the Spanish home page, with the English pages under en/ and each language’s search page', () => {
		const spanish = offlineArchive(builtFixture('spanish-default'))!;
		expect(dom(spanish.text('index.html')).querySelector('html')?.getAttribute('lang')).toBe('es');
		expect(dom(spanish.text('en/index.html')).querySelector('html')?.getAttribute('lang')).toBe('en');
		expect(spanish.text('index.html')).toContain('href="buscar/index.html"');
		expect(spanish.text('en/index.html')).toContain('href="search/index.html"');
		expect(spanish.files()).toEqual(expect.arrayContaining(['_offline/search-index.es.js', '_offline/search-index.en.js']));
	});
});
