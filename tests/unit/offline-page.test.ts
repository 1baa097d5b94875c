import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createZipWriter } from '../../src/offline/archive';
import { offlinePage } from '../../src/offline/offline-page';

const files = new Set([
	'index.html',
	'es/index.html',
	'search/index.html',
	'es/buscar/index.html',
	'learnings/x/index.html',
	'_astro/site.css',
	'_offline/offline.css',
	'_offline/search.js',
	'_offline/search-index.en.js',
	'_offline/search-index.es.js',
]);
const context = { base: '/', has: (path: string) => files.has(path), siteUrl: 'https://org.example/' };
const date = new Date('2026-11-22T10:00:00Z');
const searchIndexes = { en: '_offline/search-index.en.js', es: '_offline/search-index.es.js' };

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const menuScript = "customElements.define('x-menu', class extends HTMLElement {});";
/** The online page, with the policy the build wrote: the hashes of Memoria's own inline scripts. */
const built = (lang: string, main: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf('window.theme = 1;')} ${hashOf(menuScript)}"><meta charset="utf-8"/>` +
	'<link rel="sitemap" href="/sitemap-index.xml"/><link rel="alternate" type="application/rss+xml" title="Blog" href="/blog/rss.xml"/>' +
	'<script>window.theme = 1;</script><link rel="stylesheet" href="/_astro/site.css"></head><body><header>' +
	'<div class="memoria-search-box"><site-search data-translations="{}"><button data-open-modal disabled aria-label="Buscar" class="b"><svg aria-hidden="true"><path d="M1"/></svg><span>Buscar</span></button><dialog><div id="starlight__search"></div></dialog></site-search>' +
	'<script type="module" src="/_astro/Search.js"></script><a class="memoria-advanced-search astro-1" href="/es/buscar/">Búsqueda con filtros</a></div>' +
	`<script type="module">${menuScript}</script></header><main>${main}</main>` +
	'<script type="module" src="/_astro/TableOfContents.js"></script></body></html>';

describe('a page of the offline copy', () => {
	const html = offlinePage(built('es', '<h1>Hola</h1><a href="/learnings/x/">x</a>'), {
		path: 'es/index.html',
		context,
		searchPage: 'es/buscar/index.html',
		searchIndexes,
		date,
	});

	it('loads no module script from a file, and keeps inline ones', () => {
		expect(html).not.toMatch(/<script[^>]*type="module"[^>]*src=/);
		expect(html).toContain("customElements.define('x-menu'");
	});

	it('replaces the search box, which needs a server, with a link to the offline search page of its language', () => {
		expect(html).not.toContain('<site-search');
		expect(html).toContain(
			'<a class="memoria-offline-search-link" href="buscar/index.html" aria-label="Buscar"><svg aria-hidden="true"><path d="M1"/></svg><span class="sl-hidden md:sl-block">Buscar</span></a>'
		);
		expect(html).not.toContain('memoria-advanced-search');
	});

	it('drops the sitemap and feed links and adds the copy’s stylesheet, all relative', () => {
		expect(html).not.toMatch(/sitemap|rss\.xml/);
		expect(html).toContain('<link rel="stylesheet" href="../_astro/site.css">');
		expect(html).toContain('<link rel="stylesheet" href="../_offline/offline.css">');
		expect(html).toContain('<a href="../learnings/x/index.html">x</a>');
	});

	it('has one Content-Security-Policy, first in <head>, with the hashes the online policy allowed and no WebAssembly or fetch', () => {
		const policies = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/g) ?? [];
		expect(policies).toHaveLength(1);
		expect(html).toMatch(/^<!DOCTYPE html><html lang="es"><head><meta http-equiv="content-security-policy"/);
		const policy = /content-security-policy" content="([^"]*)"/.exec(html)![1]!;
		for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) expect(policy).toContain(hashOf(body!));
		expect(policy).not.toContain('wasm-unsafe-eval');
		expect(policy).toContain("connect-src 'none'");
	});

	it('never allows an inline script that the online policy did not allow', () => {
		const injected = offlinePage(built('es', '<h1>Hola</h1><script>steal()</script>'), {
			path: 'es/index.html',
			context,
			searchPage: 'es/buscar/index.html',
			searchIndexes,
			date,
		});

		const policy = /content-security-policy" content="([^"]*)"/.exec(injected)![1]!;
		expect(policy).not.toContain(hashOf('steal()'));
		expect(policy).toContain(hashOf('window.theme = 1;'));
	});
});

describe('the home page of the offline copy', () => {
	const block =
		'<section aria-labelledby="offline-copy" class="memoria-offline-download" data-memoria-offline-download data-memoria-offline-note="Esta es la copia sin conexión del sitio, hecha el {{date}}. No se actualiza sola." data-memoria-offline-online="La versión más reciente está en">' +
		'<h2 id="offline-copy">Leer sin conexión</h2><p><a href="/offline/x.zip" download>Descargar</a> <span data-memoria-offline-size>(ZIP, 1,2 MB)</span></p></section>';
	const html = offlinePage(built('es', `<h1>Inicio</h1>${block}`), {
		path: 'es/index.html',
		context,
		searchPage: 'es/buscar/index.html',
		searchIndexes,
		date,
		siteUrl: 'https://org.example/',
	});

	it('says it is the offline copy, of which day, in the page’s language, instead of offering the download', () => {
		expect(html).not.toContain('offline/x.zip');
		expect(html).toContain(
			'<section class="memoria-offline-note" role="note"><p>Esta es la copia sin conexión del sitio, hecha el 22 de noviembre de 2026. No se actualiza sola. La versión más reciente está en <a href="https://org.example/">org.example</a>.</p></section>'
		);
	});
});

describe('the search page of the offline copy', () => {
	const searchMain =
		'<memoria-search data-language="es" data-bundle="/pagefind/" data-strings="{}" data-languages="[]" data-filter-keys="[&quot;type&quot;]"><form action="/es/buscar/" method="get"><input name="q"></form>' +
		'<section class="memoria-search-filters" hidden><div data-filters></div></section><section class="memoria-search-results"><p data-status></p><ol data-results></ol></section></memoria-search>' +
		'<script type="module" src="/_astro/SearchPage.js"></script>';
	const html = offlinePage(built('es', searchMain), {
		path: 'es/buscar/index.html',
		context,
		searchPage: 'es/buscar/index.html',
		searchIndexes,
		isSearchPage: true,
		date,
	});

	it('loads its language’s index, then the offline search, with plain scripts', () => {
		expect(html).toContain('<script src="../../_offline/search-index.es.js"></script><script src="../../_offline/search.js"></script></body>');
		expect(html).not.toContain('SearchPage.js');
	});

	it('tells the offline search where the copy’s root and every language’s index are, and forgets Pagefind', () => {
		expect(html).toContain('data-offline-root="../../"');
		expect(html).toContain(
			'data-offline-indexes="{&quot;en&quot;:&quot;../../_offline/search-index.en.js&quot;,&quot;es&quot;:&quot;../../_offline/search-index.es.js&quot;}"'
		);
		expect(html).not.toContain('pagefind');
		expect(html).toContain('<form action="index.html" method="get">');
	});
});

describe('the archive writer', () => {
	const dir = mkdtempSync(join(tmpdir(), 'memoria-zip-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes a zip that unpacks to the same files, names with accents included', async () => {
		const path = join(dir, 'out', 'copy.zip');
		const zip = createZipWriter(path, { mtime: date });
		zip.add('site/index.html', '<h1>Hola, año</h1>');
		zip.add('site/imágenes/a.png', new Uint8Array([137, 80, 78, 71]));
		const bytes = await zip.close();
		expect(bytes).toBe(readFileSync(path).length);
		const entries = unzipSync(readFileSync(path));
		expect(Object.keys(entries)).toEqual(['site/index.html', 'site/imágenes/a.png']);
		expect(strFromU8(entries['site/index.html']!)).toBe('<h1>Hola, año</h1>');
		expect([...entries['site/imágenes/a.png']!]).toEqual([137, 80, 78, 71]);
		expect(existsSync(`${path}.partial`)).toBe(false);
	});

	it('leaves nothing behind when the step is abandoned', () => {
		const path = join(dir, 'abandoned.zip');
		const zip = createZipWriter(path);
		zip.add('a.txt', 'a');
		zip.abort();
		expect(readdirSync(dir).filter((f) => f.startsWith('abandoned'))).toEqual([]);
	});
});
