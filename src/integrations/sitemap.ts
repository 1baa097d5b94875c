import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The sitemap with hreflang alternates that match each page's real addresses in the other
 * languages (/learnings/x/ ↔ /es/aprendizajes/x/). Every page already states its alternates in
 * its <head> (src/route-data.ts), so after the build we read them back once and hand them to
 * @astrojs/sitemap, instead of computing URLs a second way. Pages that ask search engines not to
 * index them (`<meta name="robots" content="noindex…">`, such as a project's printable report)
 * are left out.
 */
export function memoriaSitemap(): AstroIntegration[] {
	const alternates = new Map<string, { lang: string; url: string }[]>();
	const noindex = new Set<string>();
	const collector: AstroIntegration = {
		name: 'memoria:sitemap-alternates',
		hooks: {
			'astro:build:done': async ({ dir, pages }) => {
				await Promise.all(
					pages.map(async ({ pathname }) => {
						const file = fileURLToPath(new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`, dir));
						const html = await readFile(file, 'utf8').catch(() => '');
						const head = html.slice(0, html.indexOf('</head>'));
						const links = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
							.filter(([, lang]) => lang !== 'x-default')
							.map(([, lang, url]) => ({ lang: lang!, url: url! }));
						for (const link of links) alternates.set(link.url, links);
						if (/<meta name="robots" content="noindex/.test(head)) {
							const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
							if (canonical) noindex.add(canonical);
						}
					})
				);
			},
		},
	};
	return [
		collector,
		sitemap({
			filter: (page) => !/\/404\/?$/.test(page) && !noindex.has(page),
			serialize: (item: SitemapItem) => ({ ...item, links: alternates.get(item.url) ?? [] }),
		}),
	];
}
