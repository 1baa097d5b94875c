import { Parser } from 'htmlparser2';
import { isSafeUrl, linkSchemes, webSchemes } from '../lib/safe-url';

/**
 * Raw HTML in a writer's Markdown, read with a real HTML tokenizer (htmlparser2, never regexes
 * over markup) and held to allow-lists: only elements, attributes and addresses known to be
 * harmless pass, so anything new or unusual is refused rather than trusted. The site's renderer
 * copies raw HTML into pages as it is, so what passes here is what readers' browsers run.
 */

export interface RawHtmlProblem {
	/** `unfinished`: the fragment ends inside a tag or comment (see `checkRawHtml`). */
	kind: 'element' | 'attribute' | 'url' | 'unfinished';
	/** The element or attribute name; for `url`, the attribute holding the address. */
	name: string;
	value?: string;
	/** Where in the checked HTML it starts, so a caller can tell the line. */
	at: number;
}

export interface HtmlTag {
	name: string;
	/** The first value of each attribute, as browsers keep it; entities decoded. */
	attributes: Record<string, string>;
	at: number;
}

/**
 * Text, structure and images a writer can also make in Markdown. Left out on purpose: anything
 * that runs or embeds code or another page (script, iframe, object, embed, svg, math, template),
 * changes the page around it (style, link, meta, base), collects input (form and its fields), or
 * poses as the site's own layout (nav, header, main). picture/source let a writer offer sizes of
 * one image; audio/video/track let them publish a recording with captions: their addresses are
 * checked like an image's and none of their attributes runs anything.
 */
const elements = new Set([
	...['a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt'],
	...['em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q'],
	...['rp', 'rt', 'ruby', 's', 'samp', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead'],
	...['time', 'tr', 'u', 'ul', 'var', 'wbr', 'audio', 'video', 'track'],
]);

/**
 * Attributes any allowed element may carry. `id` is there for anchors a writer links to with
 * #…; `class` is not, because the site's own classes can hide text or lay a fake overlay over
 * the page just like `style`; no `data-*`, because the site's scripts and search read some
 * (data-pagefind-* would forge search metadata); no `name`, which scripts can mistake for a form.
 */
const globalAttributes = new Set(['id', 'title', 'lang', 'dir']);
const elementAttributes: Record<string, readonly string[]> = {
	a: ['href', 'hreflang'],
	img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading'],
	source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
	audio: ['src', 'controls', 'preload', 'loop', 'muted'],
	video: ['src', 'poster', 'controls', 'preload', 'loop', 'muted', 'playsinline', 'width', 'height'],
	track: ['src', 'kind', 'srclang', 'label', 'default'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
	time: ['datetime'],
	ol: ['start', 'reversed', 'type'],
	li: ['value'],
	details: ['open'],
	col: ['span'],
	colgroup: ['span'],
	td: ['colspan', 'rowspan', 'headers', 'align'],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'align'],
};

/**
 * `align` on the blocks that READMEs and other tools' pages centre with it (`<p align="center">`
 * around a logo, `<h1 align="center">`): it only places the block, and runs or loads nothing.
 */
for (const name of ['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'table', 'caption', 'tr', 'figure']) {
	elementAttributes[name] = [...(elementAttributes[name] ?? []), 'align'];
}

/** Attributes holding an address a browser follows or loads; srcset holds several. */
const urlAttributes = new Set(['href', 'src', 'cite', 'poster', 'srcset']);

/**
 * The scheme that makes an address unsafe ("javascript:"), or undefined when it is safe, by the
 * site's one rule (src/lib/safe-url.ts): relative, #fragment, http(s): and, for links, mailto:
 * and tel:. `fromHtml` also refuses a "&" before the path: an entity htmlparser2 left undecoded
 * is one a browser might still decode into a colon.
 */
export function unsafeScheme(url: string, use: 'link' | 'resource', fromHtml = false): string | undefined {
	const head = url.split(/[/?#]/)[0]!;
	if (isSafeUrl(url, use === 'link' ? linkSchemes : webSchemes) && !(fromHtml && head.includes('&'))) return undefined;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: removed as browsers do, to name the scheme they would see
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1];
	return scheme ? `${scheme.toLowerCase()}:` : head;
}

/** Reads every start tag of a fragment with its attributes, for checks that need them (images, links). */
export function htmlTags(html: string): HtmlTag[] {
	const tags: HtmlTag[] = [];
	const parser = new Parser({
		onopentag: (name, attributes) => tags.push({ name, attributes, at: parser.startIndex }),
	});
	parser.end(html);
	return tags;
}

/**
 * What an HTML fragment (one `html` node of a Markdown tree) contains that is not on the
 * allow-lists. A fragment must also end where it started, outside any tag or comment: the
 * renderer writes the page's next text right after it, and a tag left open would turn that text
 * (which may hold quotes and >) into attributes a browser reads, out of this check's sight.
 * Comments are checked as markup too, in case a browser ends one sooner than htmlparser2 does.
 */
export function checkRawHtml(html: string): RawHtmlProblem[] {
	const problems: RawHtmlProblem[] = [];
	// A newline after the fragment, as the renderer writes after a block: it must be read as text.
	const input = `${html}\n`;
	let element = '';
	let refused = false;
	let last = 0;
	let endsInText = false;
	const parser = new Parser(
		{
			onopentagname(name) {
				element = name;
				last = parser.startIndex;
				refused = !elements.has(name);
				if (refused) problems.push({ kind: 'element', name, at: last });
			},
			onattribute(name, value) {
				const at = parser.startIndex;
				// A refused element goes as a whole: one problem, not one per attribute.
				if (refused) return;
				if (!globalAttributes.has(name) && !elementAttributes[element]?.includes(name)) {
					problems.push({ kind: 'attribute', name, value, at });
					return;
				}
				if (!urlAttributes.has(name)) return;
				const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
				for (const url of urls) if (unsafeScheme(url, name === 'href' ? 'link' : 'resource', true)) problems.push({ kind: 'url', name, value: url, at });
			},
			onclosetag(_, implied) {
				if (!implied) last = parser.startIndex;
			},
			oncomment(data) {
				const at = parser.startIndex;
				last = at;
				// <![CDATA[…]]> and <?…> are comments to htmlparser2 but end at the first > in a browser.
				if (!input.startsWith('<!--', at)) {
					problems.push({ kind: 'element', name: input.slice(at + 1, at + 9).split(/[\s>]/)[0]!, at });
					return;
				}
				for (const problem of checkRawHtml(data)) problems.push({ ...problem, at: at + 4 + problem.at });
			},
			onprocessinginstruction(name) {
				last = parser.startIndex;
				problems.push({ kind: 'element', name, at: last });
			},
			ontext() {
				endsInText = parser.endIndex === input.length - 1;
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.end(input);
	if (!endsInText) problems.push({ kind: 'unfinished', name: html.slice(last).trim().slice(0, 40), at: last });
	return problems;
}
