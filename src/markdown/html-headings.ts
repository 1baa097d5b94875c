import { Parser, Tokenizer } from 'htmlparser2';

/**
 * Headings written as raw HTML in a Markdown body (`<h1 align="center">Title</h1>`, common in
 * pages brought from GitHub), read with the same HTML tokenizer as the raw-HTML check
 * (src/checks/raw-html.ts), never with a regular expression: a page shows them as headings, so
 * the one-h1 rule (heading-changes.ts) counts them as it counts Markdown's `#`.
 */
export interface HtmlHeadingTag {
	depth: 1 | 2 | 3 | 4 | 5 | 6;
	/** Where its opening tag starts in the HTML. */
	start: number;
	/** Where the element ends: after its closing tag, or at the end of the HTML when it closes later (inline HTML). */
	end: number;
	/** Its words, as the page shows them. */
	text: string;
	/** Whether any text comes before it in the HTML (tags around it do not count). */
	afterText: boolean;
}

const headingDepth = (name: string) => (/^h[1-6]$/.test(name) ? (Number(name[1]) as HtmlHeadingTag['depth']) : undefined);

/** The heading elements that open in an HTML fragment, in order. */
export function htmlHeadingTags(html: string): HtmlHeadingTag[] {
	const found: HtmlHeadingTag[] = [];
	const open: HtmlHeadingTag[] = [];
	let text = '';
	const parser = new Parser(
		{
			onopentag(name) {
				const depth = headingDepth(name);
				if (!depth) return;
				const heading = { depth, start: parser.startIndex, end: html.length, text: '', afterText: text.trim() !== '' };
				found.push(heading);
				open.push(heading);
			},
			ontext(data) {
				text += data;
				for (const heading of open) heading.text += data;
			},
			onclosetag(name, implied) {
				if (!headingDepth(name) || open.length === 0) return;
				const heading = open.pop()!;
				if (!implied) heading.end = parser.endIndex + 1;
			},
		},
		{ decodeEntities: true, lowerCaseTags: true }
	);
	parser.end(html);
	for (const heading of found) heading.text = heading.text.replace(/\s+/g, ' ').trim();
	return found;
}

/** Whether an HTML fragment holds a heading tag, opening or closing (inline HTML has them in separate nodes). */
export const hasHeadingTag = (html: string) => /<\/?h[1-6]\b/i.test(html);

/**
 * The HTML with every heading tag, opening and closing, moved down one level (h1 to h2 … h5 to h6;
 * h6 stays), as Markdown's headings are: only the level's digit changes, the rest as written. Read
 * token by token, so a closing tag alone (inline HTML puts `<h1>` and `</h1>` in separate nodes)
 * moves too.
 */
export function demoteHtmlHeadings(html: string): string {
	const digits: number[] = [];
	const tagName = (start: number, end: number) => {
		if (/^h[1-6]$/i.test(html.slice(start, end))) digits.push(start + 1);
	};
	const ignore = () => undefined;
	const tokenizer = new Tokenizer(
		{ decodeEntities: false },
		{
			onopentagname: tagName,
			onclosetag: tagName,
			onattribdata: ignore,
			onattribentity: ignore,
			onattribend: ignore,
			onattribname: ignore,
			oncdata: ignore,
			oncomment: ignore,
			ondeclaration: ignore,
			onend: ignore,
			onopentagend: ignore,
			onprocessinginstruction: ignore,
			onselfclosingtag: ignore,
			ontext: ignore,
			ontextentity: ignore,
		}
	);
	tokenizer.write(html);
	tokenizer.end();
	let result = html;
	for (const at of digits) {
		const depth = Number(result[at]);
		if (depth < 6) result = `${result.slice(0, at)}${depth + 1}${result.slice(at + 1)}`;
	}
	return result;
}
