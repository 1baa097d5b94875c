/**
 * One h1 per page: a body's own level-1 heading, in Markdown or in raw HTML, is left out when it
 * repeats the page's title, and otherwise moves every heading of the body down one level. Each row is checked twice, through
 * Astro's Markdown processor (Sätteri, with Memoria's plugin added as the integration adds it) and
 * through the check that tells the writer, so the page and the message cannot disagree.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checkBodyH1 } from '../../src/checks/body-h1';
import type { ContentFile } from '../../src/checks/content-files';
import { addOneH1Plugin } from '../../src/markdown/one-h1-plugin';
import { sameTitle } from '../../src/markdown/same-title';

const title = 'Listen first';

/** A processor as Astro makes it by default, with Memoria's plugin added by addOneH1Plugin. */
const processor = satteri();
addOneH1Plugin(processor, (message) => {
	throw new Error(message);
});
const renderer = await processor.createRenderer({});
const mdxRenderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///site/') } as never);

/** The headings of the rendered HTML, "h2 Why", and Astro's list of headings (the table of contents) in the same form. */
async function rendered(body: string, format: 'md' | 'mdx') {
	const headings = (list: { depth: number; text: string }[]) => list.map((h) => `h${h.depth} ${h.text}`);
	const outline = (html: string) =>
		[...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, depth, text]) => `h${depth} ${text!.replace(/<[^>]+>/g, '')}`);
	if (format === 'md') {
		const { code, metadata } = await renderer.render(body, { frontmatter: { title } });
		return { html: code, outline: outline(code), toc: headings(metadata.headings) };
	}
	const { code } = await mdxRenderer.process(body, '/site/content/posts/a.mdx', { title });
	// The compiled MDX module: its elements as jsx calls, its headings as getHeadings().
	const elements = [...code.matchAll(/_components\.(h[1-6]), \{\s*id: "[^"]*",\s*children: "([^"]*)"/g)].map(([, tag, text]) => `${tag} ${text}`);
	const toc = JSON.parse(/getHeadings\(\) \{ return (.*); \}/.exec(code)![1]!) as { depth: number; text: string }[];
	return { html: code, outline: elements, toc: headings(toc) };
}

/** The body as the checks read it, starting on line 4 of its file, after three lines of frontmatter. */
const file = (body: string, format: 'md' | 'mdx'): ContentFile => ({
	path: `content/learnings/a.${format}`,
	collection: 'learnings',
	language: 'en',
	key: 'a',
	data: { title },
	fieldLines: new Map(),
	raw: body,
	body,
	bodyLine: 4,
	problems: [],
});

const table: [name: string, format: 'md' | 'mdx', body: string, outline: string[], findings: string[]][] = [
	['the title repeated exactly', 'md', '# Listen first\n\nText.\n\n## Why\n', ['h2 Why'], ['dropped:4']],
	['the title in other case, accents, spacing and punctuation', 'md', '#   LÍSTEN  first!\n\nText.\n\n## Why\n', ['h2 Why'], ['dropped:4']],
	['the title after a comment, which shows nothing', 'md', '<!-- from the wiki -->\n\n# Listen first\n\nText.\n', [], ['dropped:6']],
	['the title as a setext heading', 'md', 'Listen first\n============\n\nText.\n\n## Why\n', ['h2 Why'], ['dropped:4 setext']],
	[
		'a different h1',
		'md',
		'# What we saw\n\nText.\n\n## At the stalls\n\n##### Five\n\n###### Six\n',
		['h2 What we saw', 'h3 At the stalls', 'h6 Five', 'h6 Six'],
		['moved-down:4'],
	],
	['a longer h1 than the title', 'md', '# Listen first, then build\n\n## Why\n', ['h2 Listen first, then build', 'h3 Why'], ['moved-down:4']],
	['a different setext h1', 'md', 'What we saw\n===========\n\nText.\n\nWhy\n---\n', ['h2 What we saw', 'h3 Why'], ['moved-down:4 setext']],
	['an h1 later in the body, even the title', 'md', 'Text.\n\n# Listen first\n\n## Why\n', ['h2 Listen first', 'h3 Why'], ['moved-down:6']],
	['an h1 in a quote', 'md', 'Text.\n\n> # Quoted\n\n## Why\n', ['h2 Quoted', 'h3 Why'], ['moved-down:6']],
	[
		'the title, then other h1s',
		'md',
		'# Listen first\n\n# Part one\n\n## Detail\n\n# Part two\n',
		['h2 Part one', 'h3 Detail', 'h2 Part two'],
		['dropped:4', 'moved-down:6 one more'],
	],
	['an h1 only inside a fenced code block', 'md', '```md\n# Listen first\n```\n\n## Why\n', ['h2 Why'], []],
	['an h1 only inside an indented code block', 'md', 'Text.\n\n    # Listen first\n\n## Why\n', ['h2 Why'], []],
	['no h1 at all', 'md', 'Text.\n\n## Why\n\n### How\n', ['h2 Why', 'h3 How'], []],
	[
		'the title in MDX, after an export and a comment',
		'mdx',
		'export const year = 2024\n\n{/* from the wiki */}\n\n# Listen first\n\n## Why\n',
		['h2 Why'],
		['dropped:8'],
	],
	['a different h1 in MDX', 'mdx', '# What we saw\n\n## Why\n', ['h2 What we saw', 'h3 Why'], ['moved-down:4']],
];

describe('one h1 per page', () => {
	it.each(table)('renders %s (%s) with the headings that keep one h1, and a table of contents that follows', async (_, format, body, outline) => {
		const page = await rendered(body, format);

		expect(page.outline, page.html).toEqual(outline);
		expect(page.toc).toEqual(outline);
	});

	it.each(table)('tells the writer about %s (%s), at the line of the heading', (_, format, body, __, expected) => {
		const findings = checkBodyH1(file(body, format), 'en');

		expect(findings.map((f) => f.severity)).toEqual(expected.map(() => 'warning'));
		expect(findings.map((f) => f.id)).toEqual(expected.map(() => 'h1-in-body'));
		expect(findings.map((f) => `${f.message.includes('leaves it out') ? 'dropped' : 'moved-down'}:${f.line}`)).toEqual(
			expected.map((row) => row.split(' ')[0])
		);
		findings.forEach((f, i) => {
			expect(f.file).toBe(`content/learnings/a.${format}`);
			expect(f.hint.includes('"="'), `the hint of ${expected[i]} speaks of "=" lines`).toBe(expected[i]!.includes('setext'));
			if (expected[i]!.includes('one more')) expect(f.message).toContain('as is one more after it');
		});
	});

	it('names the heading, what was done and what to write instead, in Spanish too', () => {
		const spanish = { ...file('# Escuchar primero\n\n# Contexto\n', 'md'), data: { title: 'Escuchar primero' } };
		const [dropped, moved] = checkBodyH1(spanish, 'es');

		expect(dropped?.message).toBe(
			'El texto empieza con el encabezado "Escuchar primero", que repite el título de la página, así que la página lo omite: el título ya aparece arriba del texto.'
		);
		expect(dropped?.hint).toBe('Borra la línea "# Escuchar primero": el título de la página sale del campo "title".');
		expect(moved?.message).toContain('"Contexto" es un encabezado de primer nivel');
		expect(moved?.message).toContain('todos los encabezados del texto bajaron un nivel');
		expect(moved?.hint).toContain('"##"');
	});

	it('keeps a body whose title is missing as it is, but still moves its headings below an h1', async () => {
		const { code } = await renderer.render('# Listen first\n\n## Why\n', { frontmatter: {} });

		expect(code).toMatch(/<h2[^>]*>Listen first<\/h2>/);
		expect(code).toMatch(/<h3[^>]*>Why<\/h3>/);
	});
});

/** Headings written as raw HTML: the page's headings (`outline`), and Astro's list, which holds only Markdown's (`toc`). */
const htmlTable: [name: string, body: string, outline: string[], toc: string[], findings: string[]][] = [
	['the title as an HTML <h1>', '<h1 align="center">Listen first</h1>\n\nText.\n\n## Why\n', ['h2 Why'], ['h2 Why'], ['dropped:4']],
	[
		'the title as an <h1> in a <div>, after a logo',
		'<div align="center">\n<img src="/logo.png" alt="Our logo">\n<h1>Listen first</h1>\n</div>\n\nText.\n',
		[],
		[],
		['dropped:6'],
	],
	[
		'a different HTML <h1>, with an HTML <h2> later',
		'<h1>What we saw</h1>\n\nText.\n\n## At the stalls\n\n<h2>Also raw</h2>\n',
		['h2 What we saw', 'h3 At the stalls', 'h3 Also raw'],
		['h3 At the stalls'],
		['moved-down:4'],
	],
	['an <h1> inside a paragraph', 'Text <h1>Inline words</h1> here.\n\n## Why\n', ['h2 Inline words', 'h3 Why'], ['h3 Why'], ['moved-down:4']],
	[
		'the title as an HTML <h1>, then a Markdown h1',
		'<h1>Listen first</h1>\n\n# Part one\n\n## Detail\n',
		['h2 Part one', 'h3 Detail'],
		['h2 Part one', 'h3 Detail'],
		['dropped:4', 'moved-down:6'],
	],
	['an <h1> only inside a fenced code block', '```html\n<h1>Listen first</h1>\n```\n\n## Why\n', ['h2 Why'], ['h2 Why'], []],
];

describe('one h1 per page, with headings written in HTML', () => {
	it.each(htmlTable)('renders %s with the headings that keep one h1', async (_, body, outline, toc) => {
		const page = await rendered(body, 'md');

		expect(page.outline, page.html).toEqual(outline);
		expect(page.toc).toEqual(toc);
	});

	it.each(htmlTable)('tells the writer about %s, at the line of the heading', (_, body, __, ___, expected) => {
		const findings = checkBodyH1(file(body, 'md'), 'en');

		expect(findings.map((f) => `${f.message.includes('leaves it out') ? 'dropped' : 'moved-down'}:${f.line}`)).toEqual(expected);
	});

	it('keeps what else the HTML holds, and names the element and its words in the message', async () => {
		const page = await rendered(htmlTable[1]![1], 'md');
		expect(page.html).toContain('<img src="/logo.png" alt="Our logo">');
		expect(page.html).toContain('<div align="center">');

		const [dropped] = checkBodyH1(file(htmlTable[0]![1], 'md'), 'es');
		expect(dropped?.hint).toBe('Borra el elemento <h1>Listen first</h1>: el título de la página sale del campo "title".');
		const [moved] = checkBodyH1(file(htmlTable[3]![1], 'md'), 'en');
		expect(moved?.message).toContain('"Inline words" is a level-1 heading (<h1>)');
		expect(moved?.message).toContain('<h1> became <h2>');
		expect(moved?.hint).toContain('<h2>');
	});
});

describe('the plugin joins the site’s Markdown processor', () => {
	it('once, however often Astro sets itself up', () => {
		const fresh = satteri();
		addOneH1Plugin(fresh, () => undefined);
		addOneH1Plugin(fresh, () => undefined);

		expect(fresh.options.mdastPlugins).toHaveLength(1);
	});

	it('and says so when the site chose a processor it cannot join', () => {
		const warnings: string[] = [];
		addOneH1Plugin({ name: 'unified', options: { remarkPlugins: [] } }, (message) => warnings.push(message));

		expect(warnings).toEqual([expect.stringContaining('"unified"')]);
		expect(warnings[0]).toContain('two h1');
	});
});

describe('a heading repeats the title', () => {
	it.each([
		['Listen first', 'Listen first', true],
		['LISTEN FIRST', 'Listen first', true],
		['Lísten fírst', 'Listen first', true],
		['Escuchar, ¡antes de construir!', 'Escuchar antes de construir', true],
		['End-to-end  encryption', 'End to end encryption', true],
		['Listen first, then build', 'Listen first', false],
		['Listen', 'Listen first', false],
		['!!!', '???', false],
	])('"%s" against the title "%s": %s', (heading, pageTitle, same) => {
		expect(sameTitle(heading, pageTitle)).toBe(same);
	});
});
