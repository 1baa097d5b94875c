import { describe, expect, it } from 'vitest';
import { relativePath, resolveLink, rewriteCssUrls, rewriteHtmlLinks, type LinkContext } from '../../src/offline/relative-links';

/** The files of a small copy, by path from its root. */
const files = [
	'index.html',
	'es/index.html',
	'learnings/index.html',
	'learnings/listen/index.html',
	'es/aprendizajes/listen/index.html',
	'themes/café/index.html',
	'_astro/site.css',
	'_astro/photo.webp',
	'_astro/photo-2x.webp',
	'fonts/a.woff2',
	'favicon.svg',
	'guides/diagram.png',
];
const context = (base = '/', siteUrl?: string): LinkContext => ({ base, has: (path) => files.includes(path), siteUrl });
const page = 'learnings/listen/index.html';

describe('an address in a page of the offline copy', () => {
	it('becomes relative to the page when it starts at the site root', () => {
		expect(resolveLink('/favicon.svg', page, context())).toEqual({ kind: 'copy', href: '../../favicon.svg', path: 'favicon.svg' });
		expect(resolveLink('/_astro/site.css', 'index.html', context())).toMatchObject({ href: '_astro/site.css' });
		expect(resolveLink('/es/aprendizajes/listen/', page, context())).toMatchObject({ href: '../../es/aprendizajes/listen/index.html' });
	});

	it('points a folder at its index.html, the root included', () => {
		expect(resolveLink('/learnings/', page, context())).toMatchObject({ href: '../index.html' });
		expect(resolveLink('/', page, context())).toMatchObject({ href: '../../index.html' });
		expect(resolveLink('/', 'index.html', context())).toMatchObject({ href: 'index.html' });
		expect(resolveLink('/es/', 'index.html', context())).toMatchObject({ href: 'es/index.html' });
		// Without the trailing slash too.
		expect(resolveLink('/learnings/listen', 'es/index.html', context())).toMatchObject({ href: '../learnings/listen/index.html' });
		// The page itself.
		expect(resolveLink('/learnings/listen/', page, context())).toMatchObject({ href: 'index.html' });
	});

	it('keeps the query and the #fragment', () => {
		expect(resolveLink('/learnings/?page=2#top', page, context())).toMatchObject({ href: '../index.html?page=2#top' });
		expect(resolveLink('/#sections', 'es/index.html', context())).toMatchObject({ href: '../index.html#sections' });
	});

	it('strips the base path of a site served under a sub-path', () => {
		const sub = context('/memoria/');
		expect(resolveLink('/memoria/learnings/listen/', 'index.html', sub)).toMatchObject({ href: 'learnings/listen/index.html' });
		expect(resolveLink('/memoria/', page, sub)).toMatchObject({ href: '../../index.html' });
		expect(resolveLink('/memoria', page, sub)).toMatchObject({ href: '../../index.html' });
		expect(resolveLink('/memoria/_astro/site.css', 'es/aprendizajes/listen/index.html', sub)).toMatchObject({ href: '../../../_astro/site.css' });
	});

	it('resolves addresses that are relative already against the page’s own folder', () => {
		expect(resolveLink('../', page, context())).toMatchObject({ href: '../index.html' });
		expect(resolveLink('../../guides/diagram.png', page, context())).toMatchObject({ href: '../../guides/diagram.png' });
		expect(resolveLink('learnings/listen/', 'index.html', context())).toMatchObject({ href: 'learnings/listen/index.html' });
	});

	it('finds files whose names are percent-encoded, and encodes them again', () => {
		expect(resolveLink('/themes/caf%C3%A9/', 'index.html', context())).toMatchObject({ href: 'themes/caf%C3%A9/index.html', path: 'themes/café/index.html' });
	});

	it('leaves addresses of other sites, other schemes and the page’s own fragments alone', () => {
		for (const url of [
			'https://example.org/learnings/',
			'http://x.test/',
			'//cdn.example.org/a.js',
			'mailto:a@b.org',
			'tel:+52',
			'data:image/png;base64,AA',
			'#_top',
			'',
			'javascript:void(0)',
		]) {
			expect(resolveLink(url, page, context()), url).toEqual({ kind: 'keep' });
		}
	});

	it('sends a file the copy leaves out (a feed) to the public site, or nowhere without one', () => {
		expect(resolveLink('/blog/rss.xml', page, context('/', 'https://org.example/'))).toEqual({ kind: 'online', href: 'https://org.example/blog/rss.xml' });
		expect(resolveLink('/memoria/data/memory.en.json?x=1', page, context('/memoria/', 'https://org.github.io/memoria/'))).toEqual({
			kind: 'online',
			href: 'https://org.github.io/memoria/data/memory.en.json?x=1',
		});
		expect(resolveLink('/blog/rss.xml', page, context())).toEqual({ kind: 'missing' });
	});

	it('computes relative paths between any two files', () => {
		expect(relativePath('index.html', 'index.html')).toBe('index.html');
		expect(relativePath('a/b/index.html', 'a/c/index.html')).toBe('../c/index.html');
		expect(relativePath('a/index.html', 'a/b/c.png')).toBe('b/c.png');
		expect(relativePath('a/b/c/index.html', 'x.css')).toBe('../../../x.css');
	});
});

describe('a whole page rewritten for the offline copy', () => {
	const html = [
		'<!DOCTYPE html><html lang="en"><head>',
		'<link rel="stylesheet" href="/_astro/site.css">',
		'<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml">',
		'<link rel="canonical" href="https://org.example/learnings/listen/">',
		'<style>.hero{background:url(/_astro/photo.webp)}</style>',
		'<script>const a = "<a href=\\"/learnings/\\">";</script>',
		'</head><body>',
		'<a href="/learnings/?page=2#list" class="x">Learnings</a>',
		'<a href="https://example.org/">Elsewhere</a>',
		'<a href="/blog/rss.xml">Feed</a>',
		`<a href="/" title="a > b" data-x='{"b":">"}'>Home</a>`,
		'<img src="/_astro/photo.webp" srcset="/_astro/photo.webp 1x, /_astro/photo-2x.webp 2x" alt="">',
		'<div style="background-image: url(\'/_astro/photo.webp\')"></div>',
		'<a href="/learnings/?a=1&amp;b=2">Query</a>',
		'</body></html>',
	].join('');
	const result = rewriteHtmlLinks(html, page, context());

	it('rewrites links, stylesheets, images, srcset and CSS url() in <style> and style attributes', () => {
		expect(result).toContain('<link rel="stylesheet" href="../../_astro/site.css">');
		expect(result).toContain('<a href="../index.html?page=2#list" class="x">Learnings</a>');
		expect(result).toContain('.hero{background:url(../../_astro/photo.webp)}');
		expect(result).toContain('srcset="../../_astro/photo.webp 1x, ../../_astro/photo-2x.webp 2x"');
		expect(result).toContain(`style="background-image: url('../../_astro/photo.webp')"`);
		expect(result).toContain('<img src="../../_astro/photo.webp"');
	});

	it('reads quoted attributes that contain ">" and keeps escaped ampersands escaped', () => {
		expect(result).toContain(`<a href="../../index.html" title="a > b" data-x='{"b":">"}'>Home</a>`);
		expect(result).toContain('<a href="../index.html?a=1&amp;b=2">Query</a>');
	});

	it('leaves other sites, absolute canonical links and script content untouched', () => {
		expect(result).toContain('<a href="https://example.org/">Elsewhere</a>');
		expect(result).toContain('<link rel="canonical" href="https://org.example/learnings/listen/">');
		expect(result).toContain('<script>const a = "<a href=\\"/learnings/\\">";</script>');
	});

	it('drops a <link> to a left-out file and turns a link to it into text, when the site has no public address', () => {
		expect(result).not.toContain('rss.xml');
		expect(result).toContain('<a>Feed</a>');
	});

	it('points them at the public site when it has one', () => {
		const online = rewriteHtmlLinks(html, page, context('/', 'https://org.example/'));
		expect(online).toContain('<a href="https://org.example/blog/rss.xml">Feed</a>');
	});

	it('never fetches an icon, image or stylesheet the copy does not have from the public site', () => {
		const page = [
			'<link rel="icon" href="/missing.svg">',
			'<img src="/missing.png" srcset="/missing.png 1x, /_astro/photo-2x.webp 2x" alt="A">',
			'<img src="/missing.png" srcset="/missing.png 1x" alt="B">',
			'<div style="background:url(/missing.png)"></div>',
		].join('');
		const online = rewriteHtmlLinks(page, 'index.html', context('/', 'https://org.example/'));
		expect(online).not.toContain('https://org.example/');
		expect(online).toBe('<img srcset="_astro/photo-2x.webp 2x" alt="A"><img alt="B"><div style="background:url(/missing.png)"></div>');
	});

	it('leaves no address that starts at the root of the disk', () => {
		expect(result).not.toMatch(/\s(href|src)="\//);
	});

	it('follows the redirect of an old address', () => {
		const redirect = '<meta http-equiv="refresh" content="0;url=/learnings/listen/">';
		expect(rewriteHtmlLinks(redirect, 'learnings/old-name/index.html', context())).toBe('<meta http-equiv="refresh" content="0;url=../listen/index.html">');
	});
});

describe('a stylesheet of the offline copy', () => {
	it('has its url() made relative to the stylesheet itself, data: URLs kept', () => {
		const css = '@font-face{src:url("/fonts/a.woff2") format("woff2")}.i{background:url("data:image/svg+xml,%3Csvg%3E")}';
		expect(rewriteCssUrls(css, '_astro/site.css', context())).toBe(
			'@font-face{src:url("../fonts/a.woff2") format("woff2")}.i{background:url("data:image/svg+xml,%3Csvg%3E")}'
		);
	});
});
