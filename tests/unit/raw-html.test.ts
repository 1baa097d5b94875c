import { describe, expect, it } from 'vitest';
import { checkRawHtml, htmlTags, unsafeScheme, type RawHtmlProblem } from '../../src/checks/raw-html';

/** A problem as "kind name=value", the way a row reads. */
const show = (problems: RawHtmlProblem[]) => problems.map((p) => `${p.kind} ${p.name}${p.value === undefined ? '' : `=${p.value}`}`);

describe('raw HTML: what is refused', () => {
	it.each([
		['a <script> after a backtick in an attribute', '<div title="`"><script>alert(1)</script>`</div>', ['element script']],
		['a <script> in capitals', '<SCRIPT>alert(1)</SCRIPT>', ['element script']],
		['an event attribute without quotes', '<img src=x onerror=alert(1)>', ['attribute onerror=alert(1)']],
		['an event attribute glued to the previous one', '<a title="x"onclick="y">z</a>', ['attribute onclick=y']],
		['an event attribute after a slash', '<img/src/onerror=alert(1)>', ['attribute onerror=alert(1)']],
		['an event attribute in capitals', '<B OnClick=x>y</B>', ['attribute onclick=x']],
		['a second, event attribute of the same name', '<img src=a.png alt=a alt=b onerror=1 onerror=2>', ['attribute onerror=1', 'attribute onerror=2']],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>', ['url href=javascript:alert(1)']],
		['a javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', ['url href=JaVaScRiPt:alert(1)']],
		['a javascript: link without quotes', '<a href=javascript:alert(1)>x</a>', ['url href=javascript:alert(1)']],
		['a javascript: link with an entity colon', '<a href="javascript&#58;alert(1)">x</a>', ['url href=javascript:alert(1)']],
		['a javascript: link with a named entity colon', '<a href="javascript&colon;alert(1)">x</a>', ['url href=javascript:alert(1)']],
		['a javascript: link with an entity letter', '<a href="&#106;avascript:alert(1)">x</a>', ['url href=javascript:alert(1)']],
		['a javascript: link with an entity tab inside', '<a href="jav&#x09;ascript:alert(1)">x</a>', ['url href=jav\tascript:alert(1)']],
		['a javascript: link with spaces before it', '<a href=" \njavascript:alert(1)">x</a>', ['url href= \njavascript:alert(1)']],
		['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['url href=vbscript:msgbox(1)']],
		['a file: link', '<a href="file:///etc/passwd">x</a>', ['url href=file:///etc/passwd']],
		['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', ['url src=data:image/svg+xml;base64,PHN2Zz4=']],
		['a data: candidate in srcset', '<img src="a.png" srcset="a.png 1x, data:image/png;base64,AA 2x" alt="x">', ['url srcset=data:image/png;base64']],
		['a mailto: image', '<img src="mailto:a@example.org" alt="x">', ['url src=mailto:a@example.org']],
		['a javascript: quotation source', '<blockquote cite="javascript:alert(1)">x</blockquote>', ['url cite=javascript:alert(1)']],
		['an unknown scheme', '<a href="intent://x">x</a>', ['url href=intent://x']],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ['element meta']],
		['a style attribute laying a link over the page', '<a href="/" style="position:fixed;inset:0">x</a>', ['attribute style=position:fixed;inset:0']],
		['a class attribute', '<p class="sr-only">x</p>', ['attribute class=sr-only']],
		['align where it places nothing', '<span align="center">x</span>', ['attribute align=center']],
		['forged search metadata', '<div data-pagefind-meta="date:x">y</div>', ['attribute data-pagefind-meta=date:x']],
		['any data- attribute', '<span data-x="1">y</span>', ['attribute data-x=1']],
		['a link target', '<a href="/" target="_blank">x</a>', ['attribute target=_blank']],
		['srcdoc', '<div srcdoc="<script>x</script>">y</div>', ['attribute srcdoc=<script>x</script>']],
		['an <iframe>', '<iframe src="https://example.org"></iframe>', ['element iframe']],
		['an <object>', '<object data="x.swf"></object>', ['element object']],
		['an <embed>', '<embed src="x.swf">', ['element embed']],
		[
			'a <form> and its fields',
			'<form action="https://evil.example"><input name="password"><button formaction="x">Go</button></form>',
			['element form', 'element input', 'element button'],
		],
		['an <svg> with onload', '<svg onload="alert(1)"></svg>', ['element svg']],
		['a <math>', '<math><mi>x</mi></math>', ['element math', 'element mi']],
		['a <style>', '<style>body{display:none}</style>', ['element style']],
		['a <link>', '<link rel="stylesheet" href="https://evil.example/x.css">', ['element link']],
		['a <base>', '<base href="https://evil.example/">', ['element base']],
		['a <template>', '<template><img src=x onerror=alert(1)></template>', ['element template', 'attribute onerror=alert(1)']],
		['a <noscript>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', ['element noscript']],
		['an unknown element', '<my-widget>x</my-widget>', ['element my-widget']],
		['a tag name with a NUL inside', '<a\u0000onclick=1>x', ['element a\u0000onclick=1']],
		['a script hidden in a comment a browser ends at --!>', '<!-- a --!><script>alert(1)</script> -->', ['element script']],
		['a script written inside a comment', '<!-- <script>alert(1)</script> -->', ['element script']],
		['a CDATA section, which a browser ends at the first >', '<![CDATA[ ><img src=x onerror=alert(1)> ]]>', ['element ![CDATA[']],
		['a processing instruction', '<?xml version="1.0"?>', ['element ?xml']],
		['a doctype', '<!DOCTYPE html>', ['element !doctype']],
		['a tag left open at the end', '<div>\n<a title="', ['unfinished <a title="']],
		['a tag cut before its >', '<a href="/x/"', ['unfinished <a href="/x/"']],
		['a comment left open', '<!-- to do', ['unfinished <!-- to do']],
	])('refuses %s', (_, html, expected) => {
		expect(show(checkRawHtml(html))).toEqual(expected);
	});

	it('says where each problem starts, so a caller can tell its line', () => {
		const html = '<div>\n<p>\n<script>x</script>\n</div>';

		expect(checkRawHtml(html).map((p) => p.at)).toEqual([html.indexOf('<script>')]);
	});
});

describe('raw HTML: what passes', () => {
	it.each([
		['a disclosure', '<details open><summary>More</summary>\n\nText.\n\n</details>'],
		['keys', 'Press <kbd>Ctrl</kbd> + <kbd>C</kbd>'],
		['a footnote mark', 'x<sup>1</sup>'],
		['line breaks in all spellings', '<br><br/><BR />'],
		['an image with a description', '<img src="/a.png" alt="x" width="10" height="10" loading="lazy">'],
		['responsive images', '<picture><source srcset="/a.webp 1x, /a@2x.webp 2x" type="image/webp"><img src="/a.png" alt="x"></picture>'],
		[
			'a recording with captions',
			'<video controls src="/talk.mp4" poster="/talk.jpg"><track kind="captions" src="/talk.vtt" srclang="es" label="Español" default></video>',
		],
		['a link to another site', '<a href="https://example.org" hreflang="es">x</a>'],
		[
			'links of every safe kind',
			'<a href="/x/">a</a><a href="../y/">b</a><a href="#top">c</a><a href="mailto:a@example.org">d</a><a href="tel:+15550100">e</a><a href="//example.org/">f</a>',
		],
		['an abbreviation', '<abbr title="Organización de la Sociedad Civil">OSC</abbr>'],
		[
			'a table',
			'<table><caption>x</caption><thead><tr><th scope="col" abbr="n">Name</th></tr></thead><tbody><tr><td colspan="2" rowspan="1" align="right">1</td></tr></tbody></table>',
		],
		['a list', '<ol start="3" reversed type="a"><li value="3">x</li></ol>'],
		['a block centred as READMEs centre it', '<h1 align="center">Radio</h1><p align="center"><img src="logo.png" alt="Logo" align="middle"></p>'],
		[
			'text in other languages and directions',
			'<p lang="ar" dir="rtl" id="intro" title="x"><bdi>x</bdi> <bdo dir="ltr">y</bdo> <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p>',
		],
		[
			'edits and quotes',
			'<del datetime="2024-01-01" cite="https://example.org/why">a</del><ins>b</ins><q cite="/source/">c</q><time datetime="2024-01-01">d</time>',
		],
		['a comment', '<!-- a note for editors -->'],
		['an empty comment', '<!---->'],
		['a lone < in text', 'a < b'],
		['a closing tag alone', '</div>'],
	])('accepts %s', (_, html) => {
		expect(show(checkRawHtml(html))).toEqual([]);
	});
});

describe('addresses', () => {
	it.each([
		['/learnings/x/', 'link', undefined],
		['../photo.png', 'resource', undefined],
		['#top', 'link', undefined],
		['https://example.org', 'resource', undefined],
		['mailto:a@example.org', 'link', undefined],
		['mailto:a@example.org', 'resource', 'mailto:'],
		['javascript:alert(1)', 'link', 'javascript:'],
		['  JAVASCRIPT:alert(1)', 'link', 'javascript:'],
		['java\nscript:alert(1)', 'link', 'javascript:'],
		['data:text/html,x', 'link', 'data:'],
		['vbscript:x', 'link', 'vbscript:'],
		['file:///etc/passwd', 'resource', 'file:'],
	] as const)('%s as a %s: %s', (url, use, expected) => {
		expect(unsafeScheme(url, use)).toBe(expected);
	});

	it('refuses, in HTML, an & before the path: an entity left undecoded could still become a colon', () => {
		expect(unsafeScheme('javascript&unknown;alert(1)', 'link', true)).toBe('javascript&unknown;alert(1)');
		expect(unsafeScheme('page?a=1&b=2', 'link', true)).toBeUndefined();
	});
});

describe('reading tags', () => {
	it('gives each start tag with the first value of each attribute, entities decoded', () => {
		expect(htmlTags('<p>x <IMG SRC="/a&amp;b.png" alt=one alt=two></p>')).toEqual([
			{ name: 'p', attributes: {}, at: 0 },
			{ name: 'img', attributes: { src: '/a&b.png', alt: 'one' }, at: 5 },
		]);
	});
});
