import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/integrations/output-checks';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
	const page = '<head><script>window.a = 1;</script><script type="module" src="/_astro/x.js"></script><style>p{color:red}</style></head>';
	const policy = contentSecurityPolicy(page);

	it('allows exactly the inline scripts and styles the page carries, by hash', () => {
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('window.a = 1;')}`);
		expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')}`);
	});

	it('allows nothing from another host and no plug-ins', () => {
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toMatch(/https?:/);
		expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
	});
});
