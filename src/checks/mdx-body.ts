import { decodeHTML } from 'entities';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * An MDX body read the way MDX reads it, well enough for the body checks and without an MDX
 * compiler (Astro's MDX integration compiles with its own, which Memoria cannot call on one file):
 * its JSX tags, and its Markdown with what is not Markdown blanked out. Not blanked, an image
 * written in a comment between braces or in `export const a = "![](x)"` would read as an image, and
 * `<Image src={logo} />` would go unchecked. Blanking keeps every other character where it was, so
 * positions and lines stay right.
 *
 * As in MDX: `import`/`export` at the start of a line open ESM, which runs to a blank line; `{`
 * opens an expression, which runs to its matching `}`; `<` and a letter open a JSX tag; a
 * backslash escapes the next character; fenced code and code spans hold none of these. MDX has no
 * indented code (indentation is JSX's), no HTML (tags are JSX) and no autolinks ("<" starts a tag).
 */

/** The Markdown constructs MDX turns off, for micromark. */
export const mdxMarkdown = { disable: { null: ['codeIndented', 'htmlFlow', 'htmlText', 'autolink'] } };

/** An attribute's value: a quoted string (entities decoded, as JSX does), the code of an `{expression}`, or none (`<img alt />`). */
export type JsxValue = { string: string } | { expression: string } | true;

export interface JsxTag {
	name: string;
	attributes: Map<string, JsxValue>;
	/** Whether a `{...spread}` may set attributes this reading cannot see. */
	spread: boolean;
	/** Offset of its "<" in the body. */
	at: number;
}

export interface MdxBody {
	/** The body with ESM, expressions and JSX tags turned into spaces (line breaks kept). */
	markdown: string;
	/** Opening and self-closing tags, in order (closing tags are only blanked). */
	tags: JsxTag[];
}

export function readMdxBody(body: string): MdxBody {
	const code = codeRanges(body);
	const blanks: [number, number][] = [];
	const tags: JsxTag[] = [];
	let next = 0;
	for (let i = 0; i < body.length; ) {
		while (next < code.length && code[next]![1] <= i) next++;
		if (next < code.length && code[next]![0] <= i) {
			i = code[next]![1];
			continue;
		}
		const c = body[i];
		if ((i === 0 || body[i - 1] === '\n') && /^(?:import|export)[\s{*]/.test(body.slice(i, i + 7))) {
			const blankLine = /\n[ \t]*(?:\n|$)/g;
			blankLine.lastIndex = i;
			const end = blankLine.exec(body)?.index ?? body.length;
			blanks.push([i, end]);
			i = end;
		} else if (c === '\\') {
			i += 2;
		} else if (c === '{') {
			const end = afterExpression(body, i);
			blanks.push([i, end]);
			i = end;
		} else if (c === '<') {
			const tag = readTag(body, i);
			if (!tag) {
				i++;
				continue;
			}
			if (tag.tag) tags.push(tag.tag);
			blanks.push([i, tag.end]);
			i = tag.end;
		} else {
			i++;
		}
	}
	let markdown = '';
	let from = 0;
	for (const [start, end] of blanks) {
		markdown += body.slice(from, start) + body.slice(start, end).replace(/[^\n\r]/g, ' ');
		from = end;
	}
	return { markdown: markdown + body.slice(from), tags };
}

/** Where fenced code and code spans are, as offsets: what they show is text, never ESM, an expression or a tag. */
function codeRanges(body: string): [number, number][] {
	const ranges: [number, number][] = [];
	const visit = (node: Nodes) => {
		if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
			ranges.push([node.position.start.offset, node.position.end.offset]);
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromMarkdown(body, { extensions: [gfm(), mdxMarkdown], mdastExtensions: [gfmFromMarkdown()] }));
	return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * Where the JavaScript expression opened by the "{" at `start` ends (after its "}"): braces
 * counted, skipping strings, template literals and comments, so "}" inside them closes nothing.
 * An expression never closed runs to the end: MDX refuses such a file anyway.
 */
function afterExpression(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === '{') depth++;
		else if (c === '}') {
			if (--depth === 0) return i + 1;
		} else if (c === '"' || c === "'" || c === '`') {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '/' && text[i + 1] === '/') {
			const end = text.indexOf('\n', i);
			i = end === -1 ? text.length : end;
		} else if (c === '/' && text[i + 1] === '*') {
			const end = text.indexOf('*/', i + 2);
			i = end === -1 ? text.length : end + 1;
		}
	}
	return text.length;
}

const tagName = /[A-Za-z_$][\w$.:-]*/y;
const attributeName = /[^\s=/>{}"'<]+/y;
const space = /\s*/y;
const closingTag = /<\/\s*(?:[A-Za-z_$][\w$.:-]*)?\s*>/y;

/** The JSX tag opened by the "<" at `start`, and where it ends; undefined when it is no tag ("a < b"). */
function readTag(text: string, start: number): { tag?: JsxTag; end: number } | undefined {
	closingTag.lastIndex = start;
	if (closingTag.test(text)) return { end: closingTag.lastIndex };
	if (text[start + 1] === '>') return { end: start + 2 };
	tagName.lastIndex = start + 1;
	const name = tagName.exec(text)?.[0];
	if (!name) return undefined;
	const tag: JsxTag = { name, attributes: new Map(), spread: false, at: start };
	let i = tagName.lastIndex;
	const skipSpace = () => {
		space.lastIndex = i;
		space.test(text);
		i = space.lastIndex;
	};
	for (;;) {
		skipSpace();
		if (i >= text.length) return undefined;
		if (text.startsWith('/>', i)) return { tag, end: i + 2 };
		if (text[i] === '>') return { tag, end: i + 1 };
		if (text[i] === '{') {
			tag.spread = true;
			i = afterExpression(text, i);
			continue;
		}
		attributeName.lastIndex = i;
		const attribute = attributeName.exec(text)?.[0];
		if (!attribute) return undefined;
		i = attributeName.lastIndex;
		skipSpace();
		if (text[i] !== '=') {
			tag.attributes.set(attribute, true);
			continue;
		}
		i++;
		skipSpace();
		const quote = text[i];
		if (quote === '"' || quote === "'") {
			const end = text.indexOf(quote, i + 1);
			if (end === -1) return undefined;
			tag.attributes.set(attribute, { string: decodeHTML(text.slice(i + 1, end)) });
			i = end + 1;
		} else if (quote === '{') {
			const end = afterExpression(text, i);
			tag.attributes.set(attribute, { expression: text.slice(i + 1, end - 1) });
			i = end;
		} else {
			return undefined;
		}
	}
}
