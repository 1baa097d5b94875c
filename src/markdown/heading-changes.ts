import type { Heading, Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { sameTitle } from './same-title';

/**
 * What a Markdown body's headings become so that its page keeps one h1, the title the page
 * shows above it (Starlight's, or an entry's): a body that opens with its own `# Title`
 * repeating the page's title loses that heading; a body with any other level-1 heading moves
 * every heading down one level (h1 to h2 … h5 to h6, h6 stays), so the outline keeps its
 * shape. Both can happen to one body: `# Title`, then `# Part one`, `## Detail`.
 *
 * Decided on the syntax tree, so a `#` in a code block is never a heading and a setext heading
 * (a line underlined with `===`) is one. The same function serves the renderer's plugin
 * (one-h1-plugin.ts) and the check that tells the writer (src/checks/body-h1.ts), so what the
 * check says is what the page does.
 */
export interface HeadingChanges {
	/** The level-1 heading the body opens with, when it repeats the page's title: left out. */
	dropped: Heading | undefined;
	/** The level-1 headings that stay, in order. With any, every heading moves down one level. */
	otherH1s: Heading[];
	/** Every heading of the body but the dropped one, in order, wherever it is (quotes, lists, asides). */
	headings: Heading[];
}

/** A heading's words as the page shows them: no image descriptions, no raw HTML tags. */
export const headingText = (heading: Heading) => textOf(heading, { includeImageAlt: false, includeHtml: false });

/** Moves down one level: h1 to h2 … h5 to h6; there is no h7, so h6 stays. */
export const demoted = (depth: Heading['depth']): Heading['depth'] => Math.min(depth + 1, 6) as Heading['depth'];

export function headingChanges(root: Root, title: string | undefined): HeadingChanges {
	const opening = root.children.find((node) => !showsNothing(node));
	const dropped = opening?.type === 'heading' && opening.depth === 1 && title !== undefined && sameTitle(headingText(opening), title) ? opening : undefined;
	const headings: Heading[] = [];
	const collect = (node: Nodes) => {
		if (node.type === 'heading' && node !== dropped) headings.push(node);
		// Code (fenced or indented) has no children: a "# line" in it is text.
		if ('children' in node) for (const child of node.children) collect(child as Nodes);
	};
	collect(root);
	return { dropped, otherH1s: headings.filter((heading) => heading.depth === 1), headings };
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
