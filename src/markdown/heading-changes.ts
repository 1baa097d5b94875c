import type { Heading, Html, Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { hasHeadingTag, type HtmlHeadingTag, htmlHeadingTags } from './html-headings';
import { sameTitle } from './same-title';

/**
 * What a Markdown body's headings become so that its page keeps one h1, the title the page
 * shows above it (Starlight's, or an entry's): a body that opens with its own `# Title`
 * repeating the page's title loses that heading; a body with any other level-1 heading moves
 * every heading down one level (h1 to h2 … h5 to h6, h6 stays), so the outline keeps its
 * shape. Both can happen to one body: `# Title`, then `# Part one`, `## Detail`. A heading
 * written in raw HTML (`<h1>Title</h1>`) is a heading too, and goes the same way
 * (html-headings.ts).
 *
 * Decided on the syntax tree, so a `#` in a code block is never a heading and a setext heading
 * (a line underlined with `===`) is one. The same function serves the renderer's plugin
 * (one-h1-plugin.ts) and the check that tells the writer (src/checks/body-h1.ts), so what the
 * check says is what the page does.
 */
/** A heading element in a raw HTML node of the body. */
export interface HtmlHeading {
	node: Html;
	tag: HtmlHeadingTag;
}

export interface HeadingChanges {
	/** The level-1 heading the body opens with, when it repeats the page's title: left out. */
	dropped: Heading | HtmlHeading | undefined;
	/** The level-1 headings that stay, in order. With any, every heading moves down one level. */
	otherH1s: (Heading | HtmlHeading)[];
	/** Every Markdown heading of the body but the dropped one, in order, wherever it is (quotes, lists, asides). */
	headings: Heading[];
	/** Every raw HTML node holding a heading tag, opening or closing: its tags move with the rest. */
	htmlWithHeadings: Html[];
}

/** Whether a heading of the body was written in raw HTML. */
export const isHtmlHeading = (heading: Heading | HtmlHeading): heading is HtmlHeading => 'tag' in heading;

/** A heading's words as the page shows them: no image descriptions, no raw HTML tags. */
export const headingText = (heading: Heading | HtmlHeading) =>
	isHtmlHeading(heading) ? heading.tag.text : textOf(heading, { includeImageAlt: false, includeHtml: false });

/** Moves down one level: h1 to h2 … h5 to h6; there is no h7, so h6 stays. */
export const demoted = (depth: Heading['depth']): Heading['depth'] => Math.min(depth + 1, 6) as Heading['depth'];

export function headingChanges(root: Root, title: string | undefined): HeadingChanges {
	const opening = root.children.find((node) => !showsNothing(node));
	const dropped = openingTitle(opening, title);
	const headings: Heading[] = [];
	const htmlWithHeadings: Html[] = [];
	const h1s: (Heading | HtmlHeading)[] = [];
	const collect = (node: Nodes) => {
		if (node.type === 'heading' && node !== dropped) {
			headings.push(node);
			if (node.depth === 1) h1s.push(node);
		}
		if (node.type === 'html' && hasHeadingTag(node.value)) {
			htmlWithHeadings.push(node);
			for (const tag of htmlHeadingTags(node.value)) {
				if (tag.depth === 1 && !(dropped && isHtmlHeading(dropped) && dropped.tag.start === tag.start && dropped.node === node)) h1s.push({ node, tag });
			}
		}
		// Code (fenced or indented) has no children: a "# line" in it is text.
		if ('children' in node) {
			const children = node.children as Nodes[];
			children.forEach(collect);
			inlineHeadingText(children, h1s);
		}
	};
	collect(root);
	return { dropped, otherH1s: h1s, headings, htmlWithHeadings };
}

/** The level-1 heading a body opens with, Markdown or HTML (with nothing but tags before it), when it repeats the title. */
function openingTitle(opening: Nodes | undefined, title: string | undefined): Heading | HtmlHeading | undefined {
	if (title === undefined || !opening) return undefined;
	if (opening.type === 'heading') return opening.depth === 1 && sameTitle(headingText(opening), title) ? opening : undefined;
	if (opening.type !== 'html') return undefined;
	const [first] = htmlHeadingTags(opening.value);
	return first && first.depth === 1 && !first.afterText && sameTitle(first.text, title) ? { node: opening, tag: first } : undefined;
}

/**
 * Inline HTML puts `<h1>`, the words and `</h1>` in separate nodes of a paragraph: an opening tag
 * found with no words of its own takes those of the siblings up to the closing one, for messages.
 */
function inlineHeadingText(children: Nodes[], h1s: (Heading | HtmlHeading)[]) {
	for (const heading of h1s) {
		if (!isHtmlHeading(heading) || heading.tag.text !== '' || heading.tag.end !== heading.node.value.length) continue;
		const at = children.indexOf(heading.node);
		if (at === -1) continue;
		const words: string[] = [];
		for (const sibling of children.slice(at + 1)) {
			if (sibling.type === 'html' && /<\/h1\b/i.test(sibling.value)) break;
			words.push(textOf(sibling, { includeImageAlt: false, includeHtml: false }));
		}
		heading.tag.text = words.join('').replace(/\s+/g, ' ').trim();
	}
}

/**
 * Nodes a body may open with that put nothing on the page, so a `# Title` after them still opens
 * it: link definitions, HTML comments, and in MDX its imports and exports and `{/* comments *\/}`.
 */
function showsNothing(node: { type: string; value?: unknown }): boolean {
	// Typed by its type's name: the MDX node types are not part of plain mdast's.
	const value = typeof node.value === 'string' ? node.value : '';
	switch (node.type) {
		case 'definition':
		case 'mdxjsEsm':
			return true;
		case 'html':
			return /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/.test(value);
		case 'mdxFlowExpression':
			return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);
		default:
			return false;
	}
}
