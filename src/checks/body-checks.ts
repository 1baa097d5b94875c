import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Definition, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { WriterLanguage } from '../errors/writer-language';
import type { ContentFile } from './content-files';
import { finding, type Finding } from './findings';
import { type JsxTag, mdxMarkdown, readMdxBody } from './mdx-body';
import { checkRawHtml, htmlTags, unsafeScheme } from './raw-html';
import { siteLayout } from '../config/site-layout';
import { bodyTree } from '../markdown/body-tree';

/**
 * Checks of a Markdown body, on its syntax tree (CommonMark and GFM, as the site renders it), so
 * code blocks and code spans, where writers show HTML or Markdown as an example, are never read
 * as markup, and a backtick inside an HTML attribute cannot hide a tag: raw HTML only of the
 * allowed kinds (unless the site allows all), addresses only of safe schemes, images described
 * and present, and every link a reader can follow collected for the caller to resolve.
 *
 * An image is described when Markdown's brackets hold words (`![](x)` says nothing, and Markdown
 * has no way to say "decoration"), or when an HTML or JSX image has an alt attribute: words, or an
 * explicitly empty alt="", which is how HTML marks an image as decoration for screen readers to
 * skip (WCAG technique H67). An alt of spaces only is neither. Lines are the file's: a node's line
 * in the body plus the line the body starts on, after the frontmatter.
 */
export interface BodyLink {
	file: ContentFile;
	line: number;
	target: string;
	/** A path relative to the page (not /…, #… or scheme:…), to be resolved against its address. */
	relative?: true;
}

/** Long values (a base64 image, a script) shortened for messages. */
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);
/** An HTML or JSX alt: present and either words or exactly "" (decoration, on purpose). */
const describedBy = (alt: string | undefined) => alt !== undefined && (alt === '' || alt.trim() !== '');
/**
 * MDX components that draw an image and whose alt Astro requires: <img>, and astro:assets'
 * <Image> and <Picture>. A site's own components may take an image under any name; those are its code's to check.
 */
const jsxImages = new Set(['img', 'Image', 'Picture']);

export function checkBody(file: ContentFile, root: string, allowRawHtml: boolean, language: WriterLanguage): { findings: Finding[]; links: BodyLink[] } {
	const findings: Finding[] = [];
	const links: BodyLink[] = [];
	// Without "<" (HTML, autolinks) or "[" (links, images, definitions, footnotes) a body holds
	// nothing these checks look at: its Markdown need not be parsed.
	if (!/[<[]/.test(file.body)) return { findings, links };
	const seen = new Set<string>();
	const report = (id: 'raw-html' | 'unsafe-url' | 'image-without-alt' | 'missing-image' | 'html-image-path', params: object, line: number) => {
		const key = `${id} ${line} ${JSON.stringify(params)}`;
		if (seen.has(key)) return;
		seen.add(key);
		findings.push(finding('error', id, params as never, { file: file.path, line }, language));
	};
	// MDX is JavaScript with Markdown in it, enabled only when content is trusted as code: its JSX
	// is not HTML, so the raw-HTML allow-list does not apply; its Markdown and its image components
	// are checked, as well as can be without MDX's compiler (mdx-body.ts).
	const mdx = file.path.endsWith('.mdx');

	const link = (target: string, line: number) => {
		const relative = target !== '' && !target.startsWith('/') && !target.startsWith('#') && !hasScheme(target);
		links.push(relative ? { file, line, target, relative } : { file, line, target });
	};
	/**
	 * An image: described, and when it is a file of this site, present. `safe`: its address may be
	 * loaded. `tag`: the HTML or JSX element it was written with, for the hint; none for Markdown.
	 */
	const image = (src: string, described: boolean, line: number, safe: boolean, tag?: string) => {
		if (!described) report('image-without-alt', { image: short(src), tag }, line);
		if (!safe || src === '' || hasScheme(src) || src.startsWith('//')) return;
		const path = src.split(/[?#]/)[0]!;
		let decoded = path;
		try {
			decoded = decodeURI(path);
		} catch {
			// A stray % is part of the file name as written.
		}
		const full = decoded.startsWith('/') ? join(siteLayout(root).public, decoded) : join(root, dirname(file.path), decoded);
		if (!existsSync(full)) report('missing-image', { image: short(src) }, line);
		// Only Markdown's images (and MDX's imported ones) are published from beside the file: an <img> keeps its path as written.
		else if (tag === 'img' && !decoded.startsWith('/')) report('html-image-path', { image: short(src) }, line);
	};
	/** A Markdown address: reported and skipped when its scheme is unsafe. */
	const safe = (url: string, use: 'link' | 'resource', line: number) => {
		const scheme = unsafeScheme(url, use);
		if (scheme) report('unsafe-url', { url: short(url), scheme }, line);
		return !scheme;
	};

	const definitions = new Map<string, Definition>();
	const collect = (node: Nodes) => {
		if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
		if ('children' in node) node.children.forEach(collect);
	};

	const visit = (node: Nodes) => {
		const line = (node.position?.start.line ?? 1) + file.bodyLine - 1;
		switch (node.type) {
			case 'html':
				if (!mdx) html(node.value, line);
				return;
			case 'link':
				if (safe(node.url, 'link', line)) link(node.url, line);
				break;
			case 'linkReference': {
				// An unsafe definition is reported once, on its own line.
				const url = definitions.get(node.identifier)?.url;
				if (url !== undefined && !unsafeScheme(url, 'link')) link(url, line);
				break;
			}
			case 'definition':
				safe(node.url, 'link', line);
				return;
			case 'image':
				image(node.url, !!node.alt?.trim(), line, safe(node.url, 'resource', line));
				return;
			case 'imageReference': {
				const url = definitions.get(node.identifier)?.url ?? '';
				// A definition unfit for a link is reported on its own line; one fit for a link (mailto:) may still be no image.
				image(url, !!node.alt?.trim(), line, !unsafeScheme(url, 'link') && safe(url, 'resource', line));
				return;
			}
		}
		// Code (fenced, indented, inline) has no children: what it shows is never checked.
		if ('children' in node) for (const child of node.children) visit(child);
	};

	/**
	 * One raw HTML node. Each is checked on its own: a tag inside a paragraph is always a whole
	 * node (`<span onclick="a">` with all its attributes), and checkRawHtml refuses a node that
	 * ends inside a tag or comment, so no tag can begin in one node and end in the next.
	 */
	const html = (value: string, line: number) => {
		const lineAt = (at: number) => line + (value.slice(0, at).match(/\n/g)?.length ?? 0);
		if (!allowRawHtml) {
			for (const problem of checkRawHtml(value)) {
				report(
					'raw-html',
					{ kind: problem.kind, name: short(problem.name), value: problem.value === undefined ? undefined : short(problem.value) },
					lineAt(problem.at)
				);
			}
		}
		for (const tag of htmlTags(value)) {
			const href = tag.attributes['href'];
			const src = tag.attributes['src'];
			if (tag.name === 'a' && href !== undefined && !unsafeScheme(href, 'link', true)) link(href, lineAt(tag.at));
			if (tag.name === 'img') image(src ?? '', describedBy(tag.attributes['alt']), lineAt(tag.at), !unsafeScheme(src ?? '', 'resource', true), 'img');
		}
	};

	/**
	 * An MDX image component. A quoted alt counts as in HTML; one given as an expression
	 * (alt={caption}) is trusted, and so is a tag without alt whose {...spread} may carry one. A src
	 * given as an expression (an imported image) is Astro's to find; a quoted one must be present.
	 */
	const jsxImage = (tag: JsxTag) => {
		const line = file.bodyLine + (file.body.slice(0, tag.at).match(/\n/g)?.length ?? 0);
		const src = tag.attributes.get('src');
		const alt = tag.attributes.get('alt');
		const described = alt === undefined ? tag.spread : alt === true || 'expression' in alt || describedBy(alt.string);
		if (typeof src === 'object' && 'string' in src) image(src.string, described, line, !unsafeScheme(src.string, 'resource', true), tag.name);
		else if (!described) report('image-without-alt', { image: short(typeof src === 'object' ? `{${src.expression.trim()}}` : ''), tag: tag.name }, line);
	};

	try {
		// MDX: its Markdown only, with JSX, expressions and ESM blanked out (mdx-body.ts), and its images in JSX.
		// Markdown: Sätteri's tree, the one the page is rendered from (and several times faster
		// than micromark, which only MDX's blanked-out Markdown still needs).
		const mdxBody = mdx ? readMdxBody(file.body) : undefined;
		const tree = mdxBody
			? fromMarkdown(mdxBody.markdown, { extensions: [gfm(), mdxMarkdown], mdastExtensions: [gfmFromMarkdown()] })
			: bodyTree(file.body, 'md')!;
		collect(tree);
		visit(tree);
		for (const tag of mdxBody?.tags ?? []) if (jsxImages.has(tag.name)) jsxImage(tag);
	} catch (error) {
		// Best effort for MDX: what the Markdown parser cannot read is left to MDX's own compiler.
		if (!mdx) throw error;
	}
	// In the order of the file: an MDX file's image components are checked after its Markdown.
	findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { findings, links };
}
