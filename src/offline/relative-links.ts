/**
 * Rewrites the addresses of a built page so that it works when opened from disk (file://):
 * every link, image, stylesheet and script of the site becomes relative to the page, and every
 * address of a folder points at its `index.html` (a browser opening files shows a folder listing,
 * or nothing, for `learnings/`). The query and #fragment of an address are kept; addresses of
 * other sites (https:, mailto:, data:…) are left exactly as they are.
 *
 * The HTML is not parsed into a tree and printed again: only the attribute values that hold
 * addresses change, so everything else stays byte for byte as Astro wrote it (and inline scripts
 * keep their hashes).
 */

/** What the offline copy knows about the site it was made from. */
export interface LinkContext {
	/** The site's base path, with slashes at both ends: `/` or `/memoria/`. */
	base: string;
	/** Whether the offline copy holds a file, by its decoded path from the copy's root (`learnings/x/index.html`). */
	has(path: string): boolean;
	/** The public address of the site's root, ending in `/`, for the few links to files the copy leaves out. */
	siteUrl?: string | undefined;
}

/** Where an address leads once the copy is on disk. */
export type Resolved =
	/** Not an address of this site (another site, mailto:, a #fragment of the page itself): keep it. */
	| { kind: 'keep' }
	/** A file of the copy: `href` is relative to the page. */
	| { kind: 'copy'; href: string; path: string }
	/** A file of the site the copy leaves out (a feed, the sitemap): its public address, when the site has one. */
	| { kind: 'online'; href: string }
	/** A file of the site the copy leaves out, and the site has no public address to send the reader to. */
	| { kind: 'missing' };

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** The folders of a path, without its file name: `learnings/x/index.html` → ['learnings', 'x']. */
const foldersOf = (path: string) => path.split('/').slice(0, -1);

function decode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * The relative address of `target` seen from the page at `from` (both decoded paths from the
 * copy's root, such as `learnings/x/index.html`), each segment percent-encoded.
 */
export function relativePath(from: string, target: string): string {
	const here = foldersOf(from);
	const there = target.split('/');
	let common = 0;
	while (common < here.length && common < there.length - 1 && here[common] === there[common]) common++;
	const up = here.length - common;
	return `${'../'.repeat(up)}${there.slice(common).map(encodeURIComponent).join('/')}`;
}

/**
 * The file a path of the site stands for: a folder (`learnings/`, or the root ``) is its
 * `index.html`; `learnings/x` is `learnings/x/index.html` when only that exists.
 */
function fileFor(path: string, context: LinkContext): string | undefined {
	if (path === '' || path.endsWith('/')) return context.has(`${path}index.html`) ? `${path}index.html` : undefined;
	if (context.has(path)) return path;
	if (context.has(`${path}/index.html`)) return `${path}/index.html`;
	return undefined;
}

/** Where the address `url`, written in the page (or stylesheet) at `from`, leads in the offline copy. */
export function resolveLink(url: string, from: string, context: LinkContext): Resolved {
	const trimmed = url.trim();
	if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || scheme.test(trimmed)) return { kind: 'keep' };
	const [, rawPath = '', suffix = ''] = /^([^?#]*)(.*)$/s.exec(trimmed) ?? [];
	if (rawPath === '') return { kind: 'keep' }; // "?page=2": the page itself with a query.

	let sitePath: string;
	if (rawPath.startsWith('/')) {
		const baseNoSlash = context.base.replace(/\/$/, '');
		if (rawPath === baseNoSlash) sitePath = '';
		else if (rawPath.startsWith(context.base)) sitePath = rawPath.slice(context.base.length);
		// Outside the site's base path: another application on the same host.
		else return context.siteUrl ? { kind: 'online', href: new URL(trimmed, context.siteUrl).href } : { kind: 'missing' };
	} else {
		// Relative already: resolve it against the page's own folder.
		const resolved = new URL(rawPath, `file:///${foldersOf(from).map(encodeURIComponent).join('/')}${from.includes('/') ? '/' : ''}`).pathname;
		sitePath = resolved.slice(1);
	}
	const decoded = sitePath.split('/').map(decode).join('/');
	const file = fileFor(decoded, context);
	if (file !== undefined) {
		const relative = relativePath(from, file);
		return { kind: 'copy', href: `${relative}${suffix}`, path: file };
	}
	if (context.siteUrl) return { kind: 'online', href: `${context.siteUrl}${sitePath}${suffix}` };
	return { kind: 'missing' };
}

/** Every `url(…)` in CSS (a stylesheet, a <style> element or a style attribute), rewritten for the copy. */
export function rewriteCssUrls(css: string, from: string, context: LinkContext): string {
	return css.replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/g, (whole, quote: string, url: string) => {
		const resolved = resolveLink(url, from, context);
		// Never the public address: a stylesheet would fetch it from the network.
		return resolved.kind === 'copy' ? `url(${quote}${resolved.href}${quote})` : whole;
	});
}

/** A `srcset` value: comma-separated candidates of an address and an optional width or density. */
function rewriteSrcset(value: string, from: string, context: LinkContext): string {
	return value
		.split(/,(?=\s)|,$/)
		.flatMap((candidate) => {
			const [, space = '', url = '', descriptor = ''] = /^(\s*)(\S+)(.*)$/s.exec(candidate) ?? [];
			const resolved = resolveLink(url, from, context);
			if (resolved.kind === 'keep') return [candidate];
			// An image the copy does not have is left out rather than fetched from the network.
			return resolved.kind === 'copy' ? [`${space}${resolved.href}${descriptor}`] : [];
		})
		.join(',')
		.trim();
}

/** Attributes whose whole value is one address. */
const addressAttributes = new Set(['href', 'src', 'poster', 'action', 'formaction', 'xlink:href', 'cite', 'data']);

const unescapeAttribute = (value: string) =>
	value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name]!);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// One attribute: its leading space, name, and value in double, single or no quotes.
const attributePattern = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const attributes = String.raw`((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)`;
// A comment; an element whose content is raw text (script, style); or any other start tag.
const tokenPattern = new RegExp(
	String.raw`<!--[\s\S]*?-->|<(script|style)\b${attributes}\s*>([\s\S]*?)</\1\s*>|<([a-zA-Z][a-zA-Z0-9:-]*)${attributes}\s*(/?)>`,
	'gi'
);

/**
 * One start tag's attributes, rewritten. Returns `null` when the whole element should go: a
 * `<link>` to a file the copy leaves out, with nowhere online to point it to.
 */
function rewriteAttributes(tag: string, attrs: string, from: string, context: LinkContext): string | null {
	let drop = false;
	const lower = tag.toLowerCase();
	const rewritten = attrs.replace(attributePattern, (whole, space: string, rawName: string, equals?: string, dq?: string, sq?: string, bare?: string) => {
		const raw = dq ?? sq ?? bare;
		if (raw === undefined || equals === undefined) return whole;
		const name = rawName.toLowerCase();
		const value = unescapeAttribute(raw);
		let next: string | undefined;
		if (addressAttributes.has(name) && (name !== 'data' || lower === 'object')) {
			const resolved = resolveLink(value, from, context);
			// Only what the reader chooses to follow may lead to the public site; an icon, image or
			// stylesheet from there would be a request to the network from every page.
			const navigation = (name === 'href' && (lower === 'a' || lower === 'area')) || name === 'action' || name === 'formaction';
			if (resolved.kind === 'copy' || (resolved.kind === 'online' && navigation)) next = resolved.href;
			else if (resolved.kind !== 'keep') {
				if (lower === 'link') drop = true;
				// A link to nowhere becomes its text, and an image without a file loses its address:
				// better than an address that breaks on disk.
				return '';
			}
		} else if (name === 'srcset' || name === 'imagesrcset') {
			next = rewriteSrcset(value, from, context);
			if (next === '') return '';
		} else if (name === 'style' && value.includes('url(')) {
			next = rewriteCssUrls(value, from, context);
		} else if (name === 'content' && lower === 'meta' && /http-equiv\s*=\s*["']?refresh/i.test(attrs)) {
			// A redirect page (an entry's old address): <meta http-equiv="refresh" content="0;url=/new/">.
			next = value.replace(/(url\s*=\s*)(\S+)/i, (match, prefix: string, url: string) => {
				const resolved = resolveLink(url.replace(/^['"]|['"]$/g, ''), from, context);
				return resolved.kind === 'copy' || resolved.kind === 'online' ? `${prefix}${resolved.href}` : match;
			});
		}
		if (next === undefined || next === value) return whole;
		return `${space}${rawName}${equals}"${escapeAttribute(next)}"`;
	});
	return drop ? null : rewritten;
}

/**
 * A whole HTML page rewritten for the offline copy: addresses in start tags, in `<style>`
 * elements and in style attributes. `from` is the page's path in the copy (`es/index.html`).
 * The content of `<script>` elements is left untouched.
 */
export function rewriteHtmlLinks(html: string, from: string, context: LinkContext): string {
	return html.replace(tokenPattern, (whole, rawTag?: string, rawAttrs?: string, content?: string, tag?: string, attrs?: string, selfClosing?: string) => {
		if (rawTag !== undefined) {
			const startAttrs = rewriteAttributes(rawTag, rawAttrs ?? '', from, context);
			if (startAttrs === null) return '';
			const body = rawTag.toLowerCase() === 'style' ? rewriteCssUrls(content ?? '', from, context) : (content ?? '');
			return `<${rawTag}${startAttrs}>${body}</${rawTag}>`;
		}
		if (tag === undefined) return whole; // a comment
		const next = rewriteAttributes(tag, attrs ?? '', from, context);
		if (next === null) return '';
		return next === attrs ? whole : `<${tag}${next}${selfClosing ?? ''}>`;
	});
}
