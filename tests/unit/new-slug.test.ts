import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../src/cli/new-slug';

describe('file names made from titles', () => {
	it.each([
		['Listen to the communities before choosing a tool', 'listen-to-the-communities-before-choosing-a-tool'],
		['Qué aprendimos: ¡escuchar primero!', 'que-aprendimos-escuchar-primero'],
		['Niñas y niños en São Paulo', 'ninas-y-ninos-en-sao-paulo'],
		['Community call 3 — 2021', 'community-call-3-2021'],
		['Don’t build first', 'dont-build-first'],
		['Straße & Øresund', 'strasse-oresund'],
		['¿?', ''],
	])('turns %j into %j: lower-case ASCII words joined by hyphens', (title, slug) => {
		expect(slugFromTitle(title)).toBe(slug);
	});

	it('cuts a long title at a word boundary, at most 60 characters', () => {
		const slug = slugFromTitle('Community call 3: digital transformation after a year and a half of remote work');

		expect(slug).toBe('community-call-3-digital-transformation-after-a-year-and-a');
		expect(slug.length).toBeLessThanOrEqual(60);
	});
});
