import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { defineMdastPlugin, hastToHtml, markdownToHast } from 'satteri';

/**
 * A network member's Markdown body as HTML on the hub (issue 23, point 5): the member's data is
 * untrusted, so it can never run script or make the reader's browser load anything.
 *
 * 1. Sätteri, the site's own Markdown processor, parses it with the features every page has (GFM,
 *    `:::` directives, whose content is kept as a quotation: the member's asides have no component here).
 * 2. Raw HTML is removed, not escaped (the member's page had it as markup, never as text); images
 *    become their alt text, linked to the original page; every link goes through `link`, which
 *    keeps only http(s) and mailto addresses and sends the member's own relative links to the
 *    hub's copy or to the original (src/network/copy-links.ts), or keeps only the link's text.
 * 3. hast-util-sanitize then allows only the elements and attributes of plain Markdown, as a
 *    second wall: whatever step 2 missed cannot carry an attribute, a protocol or an element that acts.
 *
 * Headings move down a level when the body has a level-1 heading: the copy's title is the page's one h1.
 */

export interface CopyBodyContext {
	/** Where a link of the body leads on the hub (a copy's path, or an address elsewhere), or undefined to keep only its text. */
	link(href: string): string | undefined;
	/** The text that stands for an image, from its alt text ("Image: a map of the river"). */
	image(alt: string): string;
	/** Where an image's text links to: the original page, which shows it; undefined when the member has no public address. */
	imageLink: string | undefined;
	/** The heading of the body's footnotes, in the page's language ("Notes"). */
	footnotes?: string;
}

/** Directives (`:::note`, `::leaf`, `:text[]`) keep their content: as a quotation, a paragraph, emphasis. */
const directivesAsMarkdown = defineMdastPlugin({
	name: 'memoria-network-directives',
	containerDirective(node, ctx) {
		ctx.replaceNode(node, { type: 'blockquote', children: node.children } as never);
	},
	leafDirective(node, ctx) {
		ctx.replaceNode(node, { type: 'paragraph', children: node.children } as never);
	},
	textDirective(node, ctx) {
		ctx.replaceNode(node, { type: 'emphasis', children: node.children } as never);
	},
});

/** The elements plain Markdown makes, with the few attributes that change nothing but layout. */
const schema: Schema = {
	tagNames: [
		'p',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'blockquote',
		'ul',
		'ol',
		'li',
		'pre',
		'code',
		'em',
		'strong',
		'del',
		'a',
		'hr',
		'br',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'sup',
		'sub',
		'section',
		'input',
		'span',
	],
	attributes: {
		a: ['href'],
		ol: ['start'],
		th: ['align'],
		td: ['align'],
		code: [['className', /^language-[\w-]+$/]],
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
	},
	required: { input: { type: 'checkbox', disabled: true } },
	protocols: { href: ['http', 'https', 'mailto'] },
	// No ids or names at all: nothing in a member's body can take the name of the hub's own elements.
	clobber: [],
	clobberPrefix: '',
	strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math'],
	allowComments: false,
	allowDoctypes: false,
};

const text = (value: string): ElementContent => ({ type: 'text', value });

function hasH1(node: Nodes): boolean {
	if (node.type === 'element' && node.tagName === 'h1') return true;
	return 'children' in node && node.children.some((child) => hasH1(child as Nodes));
}

/** The tree with raw HTML gone, images as linked text, links resolved or unwrapped, headings moved down when needed. */
function transform(nodes: readonly RootContent[], context: CopyBodyContext, demote: boolean): RootContent[] {
	return nodes.flatMap((node): RootContent[] => {
		if (node.type === 'text') return [node];
		if (node.type !== 'element') return [];
		const children = transform(node.children, context, demote) as ElementContent[];
		if (node.tagName === 'img') {
			const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
			const label = text(context.image(alt));
			return [context.imageLink ? { type: 'element', tagName: 'a', properties: { href: context.imageLink }, children: [label] } : label];
		}
		if (node.tagName === 'a') {
			const href = typeof node.properties.href === 'string' ? context.link(node.properties.href) : undefined;
			return href ? [{ type: 'element', tagName: 'a', properties: { href }, children }] : children;
		}
		const heading = /^h([1-6])$/.exec(node.tagName);
		const tagName = heading && demote ? `h${Math.min(6, Number(heading[1]) + 1)}` : node.tagName;
		return [{ ...node, tagName, children } as Element];
	});
}

export function copyBodyHtml(markdown: string, context: CopyBodyContext): string {
	if (!markdown.trim()) return '';
	// Footnotes keep their text; their back links, which lead to ids the hub does not keep, go.
	const gfm = { footnotes: { label: context.footnotes ?? 'Notes', backContent: '' } };
	const tree = markdownToHast(markdown, { features: { gfm, directive: true }, mdastPlugins: [directivesAsMarkdown] }) as unknown as Root;
	const changed: Root = { type: 'root', children: transform(tree.children, context, hasH1(tree)) };
	return hastToHtml(sanitize(changed, schema) as never);
}
