import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead } from '../../src/integrations/sitemap';

const dir = mkdtempSync(join(tmpdir(), 'memoria-sitemap-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sitemap reads a page only up to its </head>', () => {
	it('reads a head longer than one piece, with accented letters across the pieces, and nothing of the body', async () => {
		// "ñ" is two bytes: 20,000 of them put piece boundaries in the middle of characters.
		const title = 'ñ'.repeat(20_000);
		const head = `<!DOCTYPE html><html><head><title>${title}</title><link rel="alternate" hreflang="es" href="https://x.org/es/">`;
		const file = join(dir, 'long.html');
		writeFileSync(file, `${head}</head><body>${'cuerpo '.repeat(50_000)}</body></html>`);
		await expect(readHead(file)).resolves.toBe(head);
	});

	it('gives the whole text of a page without </head>, and nothing for a page that cannot be read', async () => {
		const file = join(dir, 'no-head.html');
		writeFileSync(file, '<p>sin cabecera</p>');
		await expect(readHead(file)).resolves.toBe('<p>sin cabecera</p>');
		await expect(readHead(join(dir, 'missing.html'))).resolves.toBe('');
	});
});
