import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { frameGuard, policyHashes, securePage } from '../../src/integrations/output-checks';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
	const own = { scripts: new Set([sha('window.a = 1;')]), styles: new Set([sha('p{color:red}')]) };
	const page =
		'<html><head><script>window.a = 1;</script><script type="module" src="/_astro/x.js"></script><style>p{color:red}</style></head><body></body></html>';
	const secured = securePage(page, own);
	const policy = policyHashes(secured.html);

	it("allows the page's inline scripts and styles that Memoria's code writes, and the frame guard, by hash", () => {
		expect(policy.scripts).toEqual([sha(frameGuard), sha('window.a = 1;')]);
		expect(policy.styles).toEqual([sha('p{color:red}')]);
		expect(secured.unknown).toBe(0);
	});

	it('allows nothing from another host and no plug-ins', () => {
		const meta = /content="([^"]*)"/.exec(secured.html)![1]!;
		expect(meta).toContain("default-src 'self'");
		expect(meta).toContain("connect-src 'self'");
		expect(meta).toContain("object-src 'none'");
		expect(meta).not.toMatch(/https?:/);
		expect(meta).not.toContain("'unsafe-inline' ;");
		expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it('never adds the hash of an inline script the code did not write, and counts it', () => {
		const injected = page.replace('<title>', '').replace('</head>', '<title>x</title><script>alert(1)</script></head>');

		const result = securePage(injected, own);

		expect(result.unknown).toBe(1);
		expect(policyHashes(result.html).scripts).not.toContain(sha('alert(1)'));
	});

	it('reads a script hidden behind a closing title the way a browser does', () => {
		const injected = '<html><head><title>x </title><script>steal()</script></title></head><body></body></html>';

		expect(securePage(injected, own).unknown).toBe(1);
	});
});
