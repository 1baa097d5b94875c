import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvgFiles, svgProblems } from '../../src/checks/svg-files';

const svg = (inside: string, attributes = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inside}</svg>`;

describe('an SVG image, read as the document it is', () => {
	it.each([
		['a script', svg('<script>alert(1)</script>')],
		['a script in capitals', svg('<SCRIPT>alert(1)</SCRIPT>')],
		['an onload attribute', svg('<rect/>', ' onload="alert(1)"')],
		['an event attribute on a shape', svg('<circle r="4" onmouseover="alert(1)"/>')],
		['an embedded page', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"></iframe></foreignObject>')],
		['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>')],
		['a javascript: xlink', svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>')],
		['an animation that rewrites a link', svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>')],
		['a style that loads a file', svg('<style>@import url(https://evil.example/x.css);</style>')],
	])('is refused when it holds %s', (_, text) => {
		expect(svgProblems(text).length).toBeGreaterThan(0);
	});

	it.each([
		['shapes, text and a title', svg('<title>A bar chart</title><rect width="4" height="2" fill="#036"/><text x="1" y="1">Q1</text>')],
		['a link to a web page', svg('<a href="https://example.org/"><text>x</text></a>')],
		['a reference to its own gradient', svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/>')],
		['an animation of a colour', svg('<rect><animate attributeName="fill" values="red;blue" dur="2s"/></rect>')],
		['a style with colours', svg('<style>rect { fill: #036; }</style><rect/>')],
	])('is accepted with %s', (_, text) => {
		expect(svgProblems(text)).toEqual([]);
	});
});

describe('the SVG files of a site', () => {
	it('are all read, in content/ and in public/, and only the harmful ones reported, by their path', () => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-svg-'));
		mkdirSync(join(root, 'public/img'), { recursive: true });
		mkdirSync(join(root, 'content/posts/series'), { recursive: true });
		writeFileSync(join(root, 'public/img/evil.svg'), svg('<script>alert(1)</script>'));
		writeFileSync(join(root, 'content/posts/series/cover.svg'), svg('<rect/>', ' onload="alert(1)"'));
		writeFileSync(join(root, 'content/posts/chart.svg'), svg('<rect/>'));

		const found = checkSvgFiles(root, false, 'en').map((f) => `${f.id} ${f.file}`);

		expect(found).toEqual(['unsafe-svg content/posts/series/cover.svg', 'unsafe-svg public/img/evil.svg']);
		expect(checkSvgFiles(root, true, 'en')).toEqual([]);
		rmSync(root, { recursive: true, force: true });
	});
});
