import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('sub-path');
});

describe('a site served under a sub-path', () => {
	it('writes every internal link, script and stylesheet under the base path', () => {
		for (const path of ['/', '/es/', '/learnings/listen/', '/es/aprendizajes/listen/', '/projects/', '/guides/guide/']) {
			const page = dom(site.page(path));
			const addresses = [
				...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
				...page.querySelectorAll('link[href], script[src]').map((e) => e.getAttribute('href') ?? e.getAttribute('src')!),
			].filter((href) => href.startsWith('/'));

			expect(addresses.length).toBeGreaterThan(5);
			expect(addresses.filter((href) => !href.startsWith('/memoria/'))).toEqual([]);
		}
	});

	it('links relations and the language switch under the base path', () => {
		const page = dom(site.page('/learnings/listen/'));

		expect(page.querySelector('.memoria-facts a')?.getAttribute('href')).toBe('/memoria/projects/river/');
		expect(page.querySelector('.memoria-languages a[hreflang="es"]')?.getAttribute('href')).toBe('/memoria/es/aprendizajes/listen/');
	});

	it('points the search at the index under the base path', () => {
		const box = dom(site.page('/')).querySelector('site-search')!;

		expect(box.getAttribute('data-base')).toBe('/memoria/');
		expect(box.getAttribute('data-bundle')).toBe('/memoria/pagefind/');
		expect(box.getAttribute('data-retired-bundle')).toBe('/memoria/pagefind-retired/');
		expect(site.exists('/pagefind/pagefind.js')).toBe(true);
		expect(site.exists('/pagefind-retired/pagefind-entry.json')).toBe(true);
	});
});
