import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, htmlLang, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('spanish-default');
});

describe('a site with Spanish as its default language', () => {
	it('serves Spanish at the root and English under /en/, with localised sections', () => {
		expect(htmlLang(site.page('/'))).toBe('es');
		expect(htmlLang(site.page('/proyectos/datos-abiertos/'))).toBe('es');
		expect(htmlLang(site.page('/en/projects/datos-abiertos/'))).toBe('en');
		expect(site.exists('/es/')).toBe(false);
	});

	it('reads English translations from the en/ sub-folder', () => {
		expect(dom(site.page('/en/projects/datos-abiertos/')).querySelector('h1')?.text).toBe('Municipal open data');
		expect(dom(site.page('/proyectos/datos-abiertos/')).querySelector('h1')?.text).toBe('Datos abiertos municipales');
	});

	it('switches language between the two addresses of an entry', () => {
		const link = dom(site.page('/proyectos/datos-abiertos/')).querySelector('.memoria-languages a[hreflang="en"]');

		expect(link?.getAttribute('href')).toBe('/en/projects/datos-abiertos/');
	});
});
