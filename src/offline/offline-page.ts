/**
 * One built page turned into its offline version. A page opened from disk has no server behind
 * it, so what needs one is replaced or removed:
 *
 * - Module scripts loaded from a file (`<script type="module" src>`) are removed: Chromium refuses
 *   them for pages opened from disk (their origin is "null"). The site reads and navigates
 *   without them: the language switch is plain links, the sidebar is in the HTML, the phone menu is
 *   a native popover, and the small inline scripts (theme, menu, sidebar state) stay.
 * - Starlight's search box (Pagefind, which needs a server) becomes a link to the offline search
 *   page of the page's language (with filters, like the online search page).
 * - Links to the sitemap and to feeds go: a feed reader needs the online address anyway.
 * - On the home pages, the block that offers the download becomes a note saying this is the
 *   offline copy, of which date, and where the site is online.
 * - On the search pages, the Pagefind search becomes the offline search (src/offline/browser/).
 * - Every address becomes relative (relative-links.ts), and the page gets its own
 *   Content-Security-Policy again, for the scripts and styles it now has.
 */
import { contentSecurityPolicy, policyHashes } from '../integrations/output-checks';
import { relativePath, rewriteHtmlLinks, type LinkContext } from './relative-links';
import { escapeHtml } from '../lib/escape-html';

/** Where the offline copy keeps its own files (search, styles), from its root. */
export const offlineFolder = '_offline';

export interface OfflinePageOptions {
	/** The page's path in the copy: `es/aprendizajes/x/index.html`. */
	path: string;
	context: LinkContext;
	/** The copy's path of the search page of the page's language (`es/buscar/index.html`). */
	searchPage: string | undefined;
	/** The offline search pages, by language, so a search page can load another language's index. */
	searchIndexes?: Record<string, string>;
	/** Set on a search page: it becomes the offline search of this language. */
	isSearchPage?: boolean;
	/** The day the copy was made, for the note on the home pages. */
	date: Date;
	/** The site's public address, for the note on the home pages. */
	siteUrl?: string | undefined;
}

const unescapeHtml = (text: string) =>
	text.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name]!);

/** The value of an attribute in a start tag, unescaped. */
function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return match ? unescapeHtml(match[1]!) : undefined;
}

/** Starlight's search box → a link to the offline search page, with the same icon and words. */
function replaceSearchBox(html: string, searchHref: string | undefined): string {
	return html.replace(/<site-search\b[\s\S]*?<\/site-search>/g, (box) => {
		if (!searchHref) return '';
		const button = /<button\b[^>]*data-open-modal[^>]*>/.exec(box)?.[0] ?? '';
		const label = attribute(button, 'aria-label') ?? 'Search';
		const icon = /<svg\b[\s\S]*?<\/svg>/.exec(box)?.[0] ?? '';
		return `<a class="memoria-offline-search-link" href="${escapeHtml(searchHref)}" aria-label="${escapeHtml(label)}">${icon}<span class="sl-hidden md:sl-block">${escapeHtml(label)}</span></a>`;
	});
}

/** The home page's download block → the note saying which copy this is (its text is written by the site, in the page's language). */
function replaceDownloadBlock(html: string, language: string, date: Date, siteUrl: string | undefined): string {
	if (!html.includes('data-memoria-offline-download')) return html;
	return html.replace(/<(section|aside|div)\b([^>]*\sdata-memoria-offline-download[^>]*)>[\s\S]*?<\/\1>/, (_, tag: string, attrs: string) => {
		const template = attribute(` ${attrs}`, 'data-memoria-offline-note') ?? '';
		const day = new Intl.DateTimeFormat(language || 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
		const onlineLabel = attribute(` ${attrs}`, 'data-memoria-offline-online');
		const address = siteUrl?.replace(/^https?:\/\//, '').replace(/\/$/, '');
		const online = siteUrl && onlineLabel ? ` ${escapeHtml(onlineLabel)} <a href="${escapeHtml(siteUrl)}">${escapeHtml(address!)}</a>.` : '';
		const text = escapeHtml(template.replace('{{date}}', day));
		return `<${tag} class="memoria-offline-note" role="note"><p>${text}${online}</p></${tag}>`;
	});
}

/** The search page's Pagefind search → the offline search, which reads the indexes with plain scripts. */
function offlineSearch(html: string, options: OfflinePageOptions, language: string): string {
	const base = options.context.base;
	const indexes = Object.fromEntries(Object.entries(options.searchIndexes ?? {}).map(([code, file]) => [code, relativePath(options.path, file)]));
	html = html.replace(/<memoria-search\b([^>]*)>/, (_, attrs: string) => {
		const kept = attrs.replace(/\sdata-bundle="[^"]*"/, '');
		return `<memoria-search${kept} data-offline-root="${escapeHtml(relativePath(options.path, 'index.html').replace(/index\.html$/, ''))}" data-offline-indexes="${escapeHtml(JSON.stringify(indexes))}">`;
	});
	const own = options.searchIndexes?.[language];
	// The page's own index first, so the search finds it loaded; the search script, built with
	// MiniSearch inside (offline-search-script.ts), after the markup it works on.
	const scripts = [...(own ? [own] : []), `${offlineFolder}/search.js`].map((file) => `<script src="${base}${file}"></script>`).join('');
	return html.replace('</body>', `${scripts}</body>`);
}

/** The offline version of one page. */
export function offlinePage(html: string, options: OfflinePageOptions): string {
	const language = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';
	const base = options.context.base;
	// The online policy lists the page's own inline code (known from Memoria's code, never read from
	// the page); the offline version keeps those hashes and adds no other.
	const own = policyHashes(html);
	// A policy the build added already is replaced by one for this version of the page.
	html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	html = html.replace(/<script\b[^>]*\btype="module"[^>]*\ssrc="[^"]*"[^>]*>\s*<\/script>/g, '');
	html = html.replace(/<link\b[^>]*\srel="modulepreload"[^>]*>/g, '');
	html = html.replace(/<link\b[^>]*\srel="sitemap"[^>]*>/g, '');
	html = html.replace(/<link\b[^>]*\stype="application\/(rss|atom)\+xml"[^>]*>/g, '');
	html = replaceSearchBox(html, options.searchPage ? `${base}${options.searchPage}` : undefined);
	// The header's second link to the same page: one is enough.
	if (html.includes('memoria-advanced-search')) html = html.replace(/<a\b[^>]*class="memoria-advanced-search[^"]*"[^>]*>[\s\S]*?<\/a>/g, '');
	html = replaceDownloadBlock(html, language, options.date, options.siteUrl);
	if (options.isSearchPage) html = offlineSearch(html, options, language);
	html = html.replace('</head>', `<link rel="stylesheet" href="${base}${offlineFolder}/offline.css"></head>`);
	html = rewriteHtmlLinks(html, options.path, options.context);
	return html.replace(/<head>/, `<head><meta http-equiv="content-security-policy" content="${contentSecurityPolicy(own, { offline: true })}">`);
}
