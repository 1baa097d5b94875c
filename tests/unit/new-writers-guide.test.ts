import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/errors/catalogue';

const guides = { en: 'content/docs/guides/writers-guide.md', es: 'content/docs/es/guides/writers-guide.md' };

describe('the writers’ guide', () => {
	it.each(Object.entries(guides))('explains every error id of the catalogue (%s), so a writer can look up what a message means', (_, path) => {
		const text = readFileSync(path, 'utf8');

		const missing = Object.keys(catalogue).filter((id) => !text.includes(`| \`${id}\` |`));

		expect(missing, `add a row for each of these ids to ${path}`).toEqual([]);
	});

	it.each(Object.entries(guides))('shows only small screenshots that exist and describe what they show (%s)', (_, path) => {
		const images = [...readFileSync(path, 'utf8').matchAll(/!\[([^\]]*)\]\((\/guides\/[^)]+)\)/g)];

		expect(images.length).toBeGreaterThan(0);
		for (const [, alt, src] of images) {
			expect(alt!.length, src).toBeGreaterThan(40);
			expect(statSync(`public${src}`).size, src).toBeLessThan(80 * 1024);
		}
	});

	it('is the same guide in both languages: the same sections and the same tables of fields and ids', () => {
		const [en, es] = Object.values(guides).map((path) => readFileSync(path, 'utf8'));
		const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

		expect(count(es!, /^## /gm)).toBe(count(en!, /^## /gm));
		expect(count(es!, /^\| `[a-z-]+/gm)).toBe(count(en!, /^\| `[a-z-]+/gm));
	});
});
