import type { Heading, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as plainText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { applyEdits, type TextEdit } from './text-edits';

/**
 * The changes a page's Markdown needs once its tool's syntax is converted, made on its syntax
 * tree (CommonMark and GFM, as Memoria reads it) and applied as edits of the text, so nothing
 * else moves:
 * - the title: Starlight prints the frontmatter's title as the page's one h1, so a first
 *   `# heading` becomes the title when there is none, and goes when it repeats the title;
 * - headings: when other h1s remain, every heading goes one level down, so the page keeps one h1
 *   and its outline;
 * - the address of every link and image, as `rewrite` decides (new places, new addresses).
 */

export interface RewriteOptions {
	/** The title the frontmatter gives, if any. */
	title: string | undefined;
	/** The new address for a link's or an image's, or undefined to leave it; `offset` is where it is in the body. */
	rewrite(url: string, kind: 'link' | 'image', offset: number): string | undefined;
}

export interface RewrittenMarkdown {
	body: string;
	/** The text of the first `# heading`, when it was taken as the title. */
	headingTitle?: string;
	/** Whether headings went one level down. */
	demoted: boolean;
	/** Images without a description, and raw HTML images, by their place in the new body. */
	images: { offset: number; url: string; problem: 'no-alt' | 'html' }[];
	/** Where a character of the body given is in the new body. */
	moved(offset: number): number;
}

const parse = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const sameWords = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function rewriteMarkdown(body: string, options: RewriteOptions): RewrittenMarkdown {
	const tree = parse(body);
	const edits: TextEdit[] = [];
	const images: { offset: number; url: string; problem: 'no-alt' | 'html' }[] = [];
	let headingTitle: string | undefined;

	// 1. The first block, when it is an h1: the title, or the title repeated.
	const first = tree.children.find((node) => node.type !== 'html' || !/^<!--[\s\S]*-->$/.test(node.value.trim()));
	let titleHeading: Heading | undefined;
	if (first?.type === 'heading' && first.depth === 1) {
		const text = plainText(first);
		if (options.title === undefined || sameWords(options.title, text)) {
			titleHeading = first;
			if (options.title === undefined) headingTitle = text;
			const start = first.position!.start.offset!;
			let end = first.position!.end.offset!;
			// The blank line after it goes with it.
			while (end < body.length && body[end] === '\n' && end - first.position!.end.offset! < 2) end++;
			edits.push({ start, end, text: '' });
		}
	}

	// 2. Every node: headings to move down, links and images to readdress.
	const headings: Heading[] = [];
	const visit = (node: Nodes) => {
		switch (node.type) {
			case 'heading':
				if (node !== titleHeading) headings.push(node);
				break;
			case 'link':
				readdress(node.url, 'link', afterLabel(node));
				break;
			case 'image':
				if (!node.alt?.trim()) images.push({ offset: node.position!.start.offset!, url: node.url, problem: 'no-alt' });
				readdress(node.url, 'image', afterLabel(node));
				break;
			case 'definition':
				readdress(node.url, 'link', node.position!.start.offset! + body.slice(node.position!.start.offset!).indexOf(']:') + 2);
				return;
			case 'html':
				if (/<img\b/i.test(node.value))
					images.push({ offset: node.position!.start.offset!, url: /src\s*=\s*["']?([^"'\s>]+)/i.exec(node.value)?.[1] ?? '', problem: 'html' });
				return;
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};

	/** Where a link's or image's destination starts looking: after the `]` of its text. */
	function afterLabel(node: Extract<Nodes, { type: 'link' | 'image' }>): number {
		const start = node.position!.start.offset!;
		const end = node.position!.end.offset!;
		const labelEnd = node.type === 'link' && node.children.length > 0 ? node.children.at(-1)!.position!.end.offset! : start;
		const open = body.slice(labelEnd, end).indexOf('](');
		return open === -1 ? -1 : labelEnd + open + 2;
	}

	/** Replaces a destination written at `from` (after optional spaces), if `rewrite` gives a new one. */
	function readdress(url: string, kind: 'link' | 'image', from: number) {
		if (from < 0) return;
		let start = from;
		while (body[start] === ' ' || body[start] === '\t' || body[start] === '\n') start++;
		let end = start;
		if (body[start] === '<') end = body.indexOf('>', start) + 1;
		else {
			let depth = 0;
			while (end < body.length && !/\s/.test(body[end]!)) {
				if (body[end] === '(') depth++;
				if (body[end] === ')' && depth-- === 0) break;
				end++;
			}
		}
		if (end <= start) return;
		const next = options.rewrite(url, kind, start);
		if (next === undefined || next === url) return;
		edits.push({ start, end, text: /[\s()<>]/.test(next) ? `<${next.replace(/>/g, '%3E')}>` : next });
	}

	for (const child of tree.children) visit(child);

	// 3. One h1 per page: the title's. Any h1 left means every heading goes one level down.
	const demoted = headings.some((h) => h.depth === 1);
	if (demoted) {
		for (const heading of headings) {
			const start = heading.position!.start.offset!;
			const end = heading.position!.end.offset!;
			const raw = body.slice(start, end);
			const level = Math.min(heading.depth + 1, 6);
			if (/^#/.test(raw)) {
				if (heading.depth < 6) edits.push({ start, end: start, text: '#' });
			} else {
				// A setext heading (underlined with === or ---) has no deeper form: it becomes an ATX one.
				const text = raw.split('\n').slice(0, -1).join(' ').trim();
				edits.push({ start, end, text: `${'#'.repeat(level)} ${text}` });
			}
		}
	}

	const edited = applyEdits(body, edits);
	return {
		body: edited.text,
		...(headingTitle !== undefined ? { headingTitle } : {}),
		demoted,
		images: images.map((image) => ({ ...image, offset: edited.moved(image.offset) })),
		moved: edited.moved,
	};
}
