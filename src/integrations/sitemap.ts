import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';

/**
 * The sitemap with hreflang alternates that match each page's real addresses in the other
 * languages (/learnings/x/ ↔ /es/aprendizajes/x/). Every page already states its alternates in
 * its <head> (src/route-data.ts), so after the build we read them back once and hand them to
 * @astrojs/sitemap, instead of computing URLs a second way. Pages that ask search engines not to
 * index them (`<meta name="robots" content="noindex…">`, such as a project's printable report)
 * are left out. Only each page's <head> is read, a few pages at a time: reading every page whole
 * and at once held them all in memory (2.5 GB at 10,000 entries per language, issue 20).
 */
export function memoriaSitemap(): AstroIntegration[] {
	const alternates = new Map<string, { lang: string; url: string }[]>();
	const noindex = new Set<string>();
	const collector: AstroIntegration = {
		name: 'memoria:sitemap-alternates',
		hooks: {
			'astro:build:done': async ({ dir, pages }) => {
				const limit = pLimit(16);
				await Promise.all(
					pages.map(({ pathname }) =>
						limit(async () => {
							const file = fileURLToPath(new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`, dir));
							const head = await readHead(file);
							const links = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
								.filter(([, lang]) => lang !== 'x-default')
								.map(([, lang, url]) => ({ lang: lang!, url: url! }));
							for (const link of links) alternates.set(link.url, links);
							if (/<meta name="robots" content="noindex/.test(head)) {
								const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
								if (canonical) noindex.add(canonical);
							}
						})
					)
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

/** A page's text before its </head> ("" for a page that cannot be read), read a piece at a time. */
export async function readHead(file: string): Promise<string> {
	const handle = await open(file, 'r').catch(() => undefined);
	if (!handle) return '';
	try {
		const piece = Buffer.alloc(16 * 1024);
		const pieces: Buffer[] = [];
		for (;;) {
			const { bytesRead } = await handle.read(piece, 0, piece.length, null);
			if (bytesRead === 0) break;
			pieces.push(Buffer.from(piece.subarray(0, bytesRead)));
			// Searched in bytes: a piece can end inside a character, never inside "</head>" once joined.
			const read = Buffer.concat(pieces);
			const end = read.indexOf('</head>');
			if (end !== -1) return read.subarray(0, end).toString('utf8');
		}
		return Buffer.concat(pieces).toString('utf8');
	} finally {
		await handle.close();
	}
}
