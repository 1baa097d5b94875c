import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/checks/body-checks';
import type { ContentFile } from '../../src/checks/content-files';
import { parseContentData } from '../../src/model/frontmatter';

/** A project folder holding the images the rows refer to: /a.png in public/, photo.png beside the entry. */
const root = mkdtempSync(join(tmpdir(), 'memoria-body-'));
for (const path of ['public/a.png', 'content/learnings/photo.png', 'content/learnings/photo two.png']) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), '');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = (body: string, { path = 'content/learnings/a.md', bodyLine = 1 } = {}): ContentFile => ({
	path,
	collection: 'learnings',
	language: 'en',
	key: 'a',
	data: {},
	fieldLines: new Map(),
	raw: body,
	body,
	bodyLine,
	problems: [],
});
const check = (body: string, options: { path?: string; bodyLine?: number; allowRawHtml?: boolean; language?: 'en' | 'es' } = {}) =>
	checkBody(file(body, options), root, options.allowRawHtml ?? false, options.language ?? 'en');

/**
 * The findings as "id:line", each followed by a part of its message that names what was found:
 * a row "raw-html:1 <script>" needs a raw-html finding on line 1 whose message contains "<script>".
 */
function expectFindings(body: string, expected: string[], options?: Parameters<typeof check>[1]) {
	const { findings } = check(body, options);
	expect(findings.map((f) => `${f.id}:${f.line}`)).toEqual(expected.map((row) => row.split(' ')[0]));
	expected.forEach((row, i) => {
		const named = row.slice(row.indexOf(' ') + 1);
		if (row.includes(' ')) expect(findings[i]!.message).toContain(named);
	});
}

describe('body checks: raw HTML and unsafe addresses are refused', () => {
	it.each([
		['a <script> after a backtick in an attribute', '<div title="`"><script>alert(1)</script>`</div>', ['raw-html:1 <script>']],
		['the same inside a paragraph', 'Text <span title="`"><script>alert(1)</script>`</span>', ['raw-html:1 <script>']],
		['a <script> block', 'Text.\n\n<script>\nalert(1)\n</script>', ['raw-html:3 <script>']],
		['a <script> in capitals', '<SCRIPT>alert(1)</SCRIPT>', ['raw-html:1 <script>']],
		['a <script> on a later line of an HTML block', '<div>\n<p>\n<script>x</script>\n</div>', ['raw-html:3 <script>']],
		['an image with onerror, without quotes', '<img src=x onerror=alert(1)>', ['raw-html:1 onerror="alert(1)"', 'image-without-alt:1', 'missing-image:1']],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>', ['raw-html:1 javascript:alert(1)']],
		['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', ['raw-html:1 JaVaScRiPt:alert(1)']],
		['a javascript: link with an entity colon', '<a href="javascript&#58;alert(1)">x</a>', ['raw-html:1 javascript:alert(1)']],
		['a javascript: link with an entity tab', '<a href="jav&#x09;ascript:alert(1)">x</a>', ['raw-html:1 href attribute']],
		['a javascript: link without quotes', 'See <a href=javascript:alert(1)>this</a>.', ['raw-html:1 javascript:alert(1)']],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ['raw-html:1 <meta>']],
		['a style laying a link over the page', '<a href="/" style="position:fixed;inset:0">x</a>', ['raw-html:1 style=']],
		['forged search metadata', '<div data-pagefind-meta="date:x">y</div>', ['raw-html:1 data-pagefind-meta']],
		['an <iframe>', '<iframe src="https://example.org"></iframe>', ['raw-html:1 <iframe>']],
		['an <object>', '<object data="x.swf"></object>', ['raw-html:1 <object>']],
		['an <embed>', '<embed src="x.swf">', ['raw-html:1 <embed>']],
		['a <form>', '<form action="https://evil.example"><input name="p"></form>', ['raw-html:1 <form>', 'raw-html:1 <input>']],
		['an <svg> with onload', '<svg onload="alert(1)"></svg>', ['raw-html:1 <svg>']],
		['a <style>', '<style>\nbody { display: none }\n</style>', ['raw-html:1 <style>']],
		['an event attribute split from its closing tag', 'Some <span onclick="a">text</span>.', ['raw-html:1 onclick="a"']],
		['a tag left open across an empty line', '<div>\n<a title="\n\n" onmouseover="alert(1)" x="\n\ntext', ['raw-html:2 <a title="']],
		['a comment left open inside a quote', '> <!--\n\n<div title="--><img src=x onerror=alert(1)>">', ['raw-html:1 <!--']],
		['a CDATA section', '<![CDATA[ ><img src=x onerror=alert(1)> ]]>', ['raw-html:1 <![CDATA[>']],
		['a javascript: Markdown link', '[x](javascript:alert(1))', ['unsafe-url:1 javascript:alert(1)']],
		['a javascript: Markdown link with an entity', '[x](javascript&#58;alert(1))', ['unsafe-url:1 javascript:alert(1)']],
		['a javascript: autolink', '<javascript:alert(1)>', ['unsafe-url:1 javascript:alert(1)']],
		['a vbscript: Markdown link', '[x](vbscript:msgbox)', ['unsafe-url:1 vbscript:']],
		['a file: Markdown link', '[x](file:///etc/passwd)', ['unsafe-url:1 file:']],
		['a data: Markdown image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', ['unsafe-url:1 data:']],
		['a javascript: link definition', '[x][r]\n\n[r]: javascript:alert(1)', ['unsafe-url:3 javascript:alert(1)']],
		['a data: image definition', '![x][r]\n\n[r]: data:image/png;base64,AA', ['unsafe-url:3 data:']],
		['a mailto: image definition', '![x][r]\n\n[r]: mailto:a@example.org', ['unsafe-url:1 mailto:']],
	])('refuses %s', (_, body, expected) => {
		expectFindings(body, expected);
	});

	it('says what was refused in Spanish too', () => {
		const [html, url] = check('<script>x</script>\n\n[x](javascript:alert(1))', { language: 'es' }).findings;

		expect(html!.message).toBe(
			'No se permite el elemento HTML <script> en el contenido: podría ejecutar código en el navegador de quien lee o llevarle a otro sitio.'
		);
		expect(url!.message).toContain('No se permite la dirección javascript:alert(1)');
	});

	it('counts lines from where the body starts in the file', () => {
		expectFindings('Text.\n\n<iframe src="https://example.org"></iframe>', ['raw-html:9 <iframe>'], { bodyLine: 7 });
	});

	it('lets any raw HTML through when the site allows it, but still asks images for a description', () => {
		expectFindings('<script>alert(1)</script>\n\n<img src="/a.png" onerror="x">', ['image-without-alt:3'], { allowRawHtml: true });
	});

	it('still refuses unsafe Markdown addresses when the site allows raw HTML', () => {
		expectFindings('[x](javascript:alert(1))', ['unsafe-url:1'], { allowRawHtml: true });
	});
});

describe('body checks: what passes', () => {
	it.each([
		['a disclosure', '<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>'],
		['keys in a paragraph', 'Press <kbd>Ctrl</kbd>.'],
		['a footnote mark', 'x<sup>1</sup>'],
		['a line break', 'a<br>b'],
		['an HTML image with a description, present in public/', '<img src="/a.png" alt="x">'],
		['a link to another site', '<a href="https://example.org">x</a>'],
		['an abbreviation', '<abbr title="Organización de la Sociedad Civil">OSC</abbr>'],
		['a comment for editors', '<!-- check this figure -->'],
		['HTML in a fenced code block', '```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n![](x.png)\n```'],
		['HTML in a tilde fence', '~~~\n<iframe src="x"></iframe>\n~~~'],
		['HTML in an indented code block', 'Text.\n\n    <script>alert(1)</script>\n    <a href="javascript:alert(1)">x</a>'],
		['a <script> written in a code span', 'Never write `<script>` in content.'],
		['HTML in a double-backtick code span', 'Write ``<a href="javascript:x">` ``.'],
		['unsafe Markdown in a code span', 'Not `[x](javascript:alert(1))` nor `![](data:x)`.'],
		['an escaped tag', '\\<script>alert(1)\\</script>'],
		['mailto:, tel: and fragment links', '[mail](mailto:a@example.org) [call](tel:+15550100) [top](#top)'],
	])('accepts %s', (_, body) => {
		expectFindings(body, []);
	});
});

describe('body checks: images', () => {
	// body, findings ("id:line" and a part of the message)
	it.each([
		// Markdown images, inline and by reference.
		['a Markdown image with a description', '![A photo](photo.png)', []],
		['a Markdown image without one', '![](/a.png)', ['image-without-alt:1 /a.png']],
		['a Markdown image with only spaces as its description', '![  ](/a.png)', ['image-without-alt:1']],
		['a Markdown image with a title but no description', '![](/a.png "The team in 2019")', ['image-without-alt:1 /a.png']],
		['a reference-style image without a description', '![][logo]\n\n[logo]: /a.png', ['image-without-alt:1 /a.png']],
		['a reference-style image with one', '![The logo][logo]\n\n[logo]: /a.png', []],
		['a collapsed reference, whose label is its description', '![The logo][]\n\n[the logo]: /a.png', []],
		['a shortcut reference, whose label is its description', '![logo]\n\n[logo]: /a.png', []],
		['a reference used lines before its definition, at the line it is used', 'Intro.\n\n![][logo]\n\nMore.\n\n[logo]: /a.png', ['image-without-alt:3 /a.png']],
		['an escaped "!": a link, no image', '\\![](/a.png)', []],
		// Where an image can stand: in a link, a table, a footnote, a quote, a list, a paragraph's later line.
		['an image inside a link, without a description', '[![](/a.png)](https://example.org)', ['image-without-alt:1 /a.png']],
		['an image inside a link, with one', '[![Home](/a.png)](/)', []],
		['an image inside a reference link', '[![](/a.png)][home]\n\n[home]: /', ['image-without-alt:1 /a.png']],
		['an image in a table cell', '| Logo |\n| --- |\n| ![](/a.png) |', ['image-without-alt:3 /a.png']],
		['an image in a footnote', 'Text.[^1]\n\n[^1]: ![](/a.png)', ['image-without-alt:3 /a.png']],
		['an image in a list in a quote', '> - ![](/a.png)', ['image-without-alt:1 /a.png']],
		['an image on the third line of a paragraph', 'One\ntwo\nthree ![](/a.png)', ['image-without-alt:3 /a.png']],
		// Raw HTML images: an alt with words, or an explicitly empty alt (decoration), passes.
		['an HTML image without alt', '<img src="/a.png">', ['image-without-alt:1 /a.png']],
		['an HTML image in capitals, without alt', '<IMG SRC="/a.png">', ['image-without-alt:1 /a.png']],
		['an HTML image with alt=""', '<img src="/a.png" alt="">', []],
		['an HTML image with a bare alt, which is alt=""', '<img src="/a.png" alt>', []],
		['an HTML image with only a space as its alt', '<p><img src="/a.png" alt=" "></p>', ['image-without-alt:1']],
		['an HTML image whose alt is an entity for a space', '<img src="/a.png" alt="&#32;">', ['image-without-alt:1']],
		['an HTML image inside an HTML link', '<a href="/"><img src="/a.png"></a>', ['image-without-alt:1 /a.png']],
		['an HTML image in a <picture>', '<picture><source srcset="/a.png"><img src="/a.png"></picture>', ['image-without-alt:1 /a.png']],
		['an HTML image on a later line of an HTML block', '<div>\n\n<p>\n<img src="/a.png">\n</p>\n\n</div>', ['image-without-alt:4 /a.png']],
		['an HTML image over two lines, at the line it starts', 'Text.\n\n<img\n  src="/a.png">', ['image-without-alt:3 /a.png']],
		['an HTML image in a comment', '<!-- <img src="/a.png"> -->', []],
		// Images that are there, or not.
		['a missing image beside the file', '![A photo](missing.png)', ['missing-image:1 missing.png']],
		['a missing image in public/', '![A photo](/missing.png)', ['missing-image:1 /missing.png']],
		['a missing HTML image', '<img src="/missing.png" alt="x">', ['missing-image:1 /missing.png']],
		['a missing reference-style image', '![A photo][p]\n\n[p]: gone.png', ['missing-image:1 gone.png']],
		['an image name written with URI escapes', '![A photo](photo%20two.png)', []],
		['an image address with a query and a hash', '![A photo](photo.png?v=2#top)', []],
		['an image on another site', '![A photo](https://example.org/a.png)', []],
		// An HTML image beside the file is not published there (only Markdown's images are): a broken image.
		['an HTML image beside the file', '<img src="photo.png" alt="A photo">', ['html-image-path:1 photo.png']],
		['an HTML image beside the file, written with ./', 'Text.\n\n<img src="./photo.png" alt="A photo" width="300">', ['html-image-path:3 ./photo.png']],
		['an HTML image beside the file, without alt', '<img src="photo.png">', ['image-without-alt:1', 'html-image-path:1']],
	])('%s', (_, body, expected) => {
		expectFindings(body, expected);
	});

	it.each([
		['a fenced code block', 'Write:\n\n```md\n![](/a.png)\n<img src="/a.png">\n![][logo]\n```\n\n[logo]: /b.png'],
		['a tilde fence', '~~~\n![](/a.png)\n~~~'],
		['an indented code block', 'Write:\n\n    ![](/a.png)\n    <img src="/a.png">'],
		['a code span', 'Write `![](/a.png)` or `<img src="/a.png">`.'],
		['a double-backtick code span', 'Write ``![`x`](/a.png)``.'],
		['a fence inside a list', '- Step:\n\n  ```\n  ![](/a.png)\n  ```'],
	])('finds no image in %s', (_, body) => {
		expectFindings(body, []);
	});

	it('tells how to show an HTML image beside the file: in Markdown, or from public/', () => {
		const [found] = check('<img src="photo.png" alt="A photo">', { language: 'es' }).findings;

		expect(found!.hint).toBe(
			'Escríbela en Markdown, ![lo que muestra](photo.png): así Memoria la publica y la optimiza. O mueve el archivo a public/ y escribe su dirección desde ahí, como src="/images/foto.png".'
		);
		expect(check('<img src="photo.png" alt="A photo">', { path: 'content/learnings/a.mdx' }).findings.map((f) => f.id)).toEqual(['html-image-path']);
	});

	it('tells how to describe an image in the way it was written, in English and Spanish', () => {
		const hint = (body: string, language: 'en' | 'es' = 'en') => check(body, { language }).findings[0]!.hint;

		expect(hint('![](/a.png)')).toBe('Write what the image shows between the brackets: ![A workshop wall covered in notes](photo.jpg).');
		expect(hint('<img src="/a.png">')).toBe(
			'Say what the image shows in the alt attribute of <img>: alt="A workshop wall covered in notes". If it is only decoration, write alt="" on purpose, so screen readers skip it.'
		);
		expect(hint('<img src="/a.png">', 'es')).toBe(
			'Di qué muestra la imagen en el atributo alt de <img>: alt="Una pared de taller llena de notas". Si es solo decorativa, escribe alt="" a propósito, para que los lectores de pantalla la salten.'
		);
		expect(check('<Image src={logo} />', { path: 'content/learnings/a.mdx' }).findings[0]!.hint).toContain('the alt attribute of <Image>');
	});
});

describe('body checks: lines counted from the top of the file, after its frontmatter', () => {
	/** A file as content-files.ts reads it: frontmatter parsed, body and its first line. */
	const read = (text: string): ContentFile => {
		const parsed = parseContentData(text, 'markdown');
		if (!parsed.file) throw new Error(parsed.problem?.id);
		return {
			path: 'content/learnings/a.md',
			collection: 'learnings',
			language: 'en',
			key: 'a',
			raw: text,
			problems: [],
			...parsed.file,
		};
	};
	const lines = (text: string) => checkBody(read(text), root, false, 'en').findings.map((f) => `${f.id}:${f.line}`);

	it.each([
		['a Markdown image', '---\ntitle: A\nsummary: B\n---\nIntro.\n\n![](/a.png)\n', ['image-without-alt:7']],
		['an HTML image in a block', '---\ntitle: A\n---\n\n<div>\n<img src="/a.png">\n</div>\n', ['image-without-alt:6']],
		['a reference-style image', '---\ntitle: A\n---\n![][x]\n\n[x]: /a.png\n', ['image-without-alt:4']],
		['Windows line endings', '---\r\ntitle: A\r\n---\r\nIntro.\r\n\r\n![](/a.png)\r\n', ['image-without-alt:6']],
		['a byte-order mark', '\uFEFF---\ntitle: A\n---\n![](/a.png)\n', ['image-without-alt:4']],
		['a long frontmatter with a block scalar', '---\ntitle: A\nsummary: |\n  one\n  two\n\n  three\n---\n\n\n![](/a.png)\n', ['image-without-alt:11']],
	])('%s', (_, text, expected) => {
		expect(lines(text)).toEqual(expected);
	});
});

describe('body checks: links collected for the caller', () => {
	const links = (body: string, bodyLine = 1) => check(body, { bodyLine }).links.map((l) => `${l.line} ${l.target}${l.relative ? ' (relative)' : ''}`);

	it.each([
		['a relative link, marked relative', 'See [b](../b/).', ['1 ../b/ (relative)']],
		['a link within the site', 'See [x](/x/).', ['1 /x/']],
		['a raw HTML link', 'See <a href="/y/">y</a>.', ['1 /y/']],
		['a reference link', 'See [z][ref].\n\n[ref]: /z/', ['1 /z/']],
		[
			'links to other sites, autolinks included',
			'[a](https://example.org/a) <https://example.org/b> www.example.org',
			['1 https://example.org/a', '1 https://example.org/b', '1 http://www.example.org'],
		],
		['a fragment, not relative', '[top](#top)', ['1 #top']],
		['a relative HTML link', '<a href="other/">o</a>', ['1 other/ (relative)']],
		['nothing unsafe', '[x](javascript:alert(1)) <a href="javascript:alert(1)">y</a>', []],
		['nothing in code', '```\n[x](/x/)\n```\n\n`[y](/y/)`', []],
		['each on its own line', 'One.\n\n[a](/a/)\n\n<div>\n\n<a href="/b/">b</a>\n\n</div>', ['3 /a/', '7 /b/']],
	])('%s', (_, body, expected) => {
		expect(links(body)).toEqual(expected);
	});

	it('counts link lines from where the body starts in the file', () => {
		expect(links('\n\n[x](/x/)', 7)).toEqual(['9 /x/']);
	});
});

describe('body checks: MDX, best effort', () => {
	const mdx = { path: 'content/learnings/a.mdx' };

	it('does not read JSX as HTML, but still checks Markdown images and addresses', () => {
		const body =
			"import Chart from '../../src/Chart.astro';\n\n<Chart data={[1, 2]} onClick={() => go()} />\n\n<script>x</script>\n\n![](/a.png)\n\n[x](javascript:alert(1))";

		expectFindings(body, ['image-without-alt:7', 'unsafe-url:9'], mdx);
	});

	it.each([
		// Image components: <Image> and <Picture> (astro:assets) and <img>, whose alt Astro requires.
		['<Image> without alt', "import { Image } from 'astro:assets';\nimport logo from './logo.png';\n\n<Image src={logo} />", ['image-without-alt:4 {logo}']],
		['<Image> over several lines, at the line it starts', 'Text.\n\n<Image\n  src={logo}\n  width={200}\n/>', ['image-without-alt:3 {logo}']],
		['<Picture> without alt', '<Picture src={photo} formats={["avif", "webp"]} />', ['image-without-alt:1 {photo}']],
		['<img> without alt', '<img src="/a.png" />', ['image-without-alt:1 /a.png']],
		['<img> with only spaces as its alt', '<img src="/a.png" alt="  " />', ['image-without-alt:1 /a.png']],
		['<Image> inline in a sentence', 'The logo <Image src={logo} /> and more.', ['image-without-alt:1 {logo}']],
		['<Image> inside another component', '<Figure caption="x">\n  <Image src={logo} />\n</Figure>', ['image-without-alt:2 {logo}']],
		['a missing <img>', '<img src="/missing.png" alt="x" />', ['missing-image:1 /missing.png']],
		['<Image> with alt', '<Image src={logo} alt="The collective’s logo" />', []],
		['<Image> with alt="" (decoration)', '<Image src={logo} alt="" />', []],
		['<Image> with alt as an expression', '<Image src={logo} alt={t("logo")} />', []],
		['<Image> whose spread may give an alt', '<Image {...props} />', []],
		['<img> with alt and a "}" in it', '<img src="/a.png" alt="A brace }" />', []],
		['a component of the site’s own, not an image one', '<Avatar src={photo} />', []],
		// Markdown images among JSX, and nothing inside what is not Markdown.
		['a Markdown image inside a component', '<Figure>\n\n![](/a.png)\n\n</Figure>', ['image-without-alt:3 /a.png']],
		['an image after an escaped brace', '\\{ ![](/a.png) \\}', ['image-without-alt:1 /a.png']],
		['an indented image (MDX has no indented code)', 'Text.\n\n    ![](/a.png)', ['image-without-alt:3 /a.png']],
		['an image in a comment', '{/* ![](/a.png) <Image src={logo} /> */}', []],
		['an image in an expression', '{show && "![](/a.png)"}', []],
		['an image in ESM', 'export const meta = {\n  image: "![](/a.png)",\n};\n\nText.', []],
		['an image component in a fenced code block', '```mdx\n<Image src={logo} />\n![](/a.png)\n```', []],
		['an image component in a code span', 'Write `<Image src={logo} />`.', []],
	])('%s', (_, body, expected) => {
		expectFindings(body, expected, mdx);
	});

	it('never throws on MDX it cannot read as Markdown', () => {
		// biome-ignore lint/suspicious/noTemplateCurlyInString: MDX text that holds a template literal, on purpose
		expect(() => check('export const x = {a: `<div>${"`"}</div>`};\n\n{/* ![]( */}\n\n<A b={<C d="}" />} />', mdx)).not.toThrow();
		expect(() => check('<Image src={logo', mdx)).not.toThrow();
		expect(() => check('{ unclosed\n\n![](/a.png)', mdx)).not.toThrow();
	});
});
