import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, htmlLang, mainLinks, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('three-languages');
});

describe('a third language added by configuration', () => {
	it('publishes every entry in Portuguese, translated or falling back, with its own section words', () => {
		expect(htmlLang(site.page('/pt/projetos/rio/'))).toBe('pt');
		expect(dom(site.page('/pt/projetos/rio/')).querySelector('h1')?.text).toBe('Rio');
		expect(site.page('/pt/aprendizados/listen/')).toContain('Listen first');
		expect(htmlLang(site.page('/pt/aprendizados/listen/'))).toBe('pt');
	});

	it('uses Portuguese interface text from content/i18n/pt.json, and English where none is given', () => {
		const sidebar = dom(site.page('/pt/')).querySelector('#starlight__sidebar')!.text;

		expect(sidebar).toContain('Projetos');
		expect(sidebar).toContain('Aprendizados');
		expect(sidebar).toContain('Community calls');
	});

	it('uses each language’s own slug in addresses, the language switch and relations', () => {
		const switchFrom = (path: string) =>
			Object.fromEntries(
				dom(site.page(path))
					.querySelectorAll('.memoria-languages a')
					.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')])
			);

		expect(switchFrom('/learnings/listen/')).toEqual({ es: '/es/aprendizajes/escuchar-primero/', pt: '/pt/aprendizados/listen/' });
		expect(switchFrom('/es/aprendizajes/escuchar-primero/')).toEqual({ en: '/learnings/listen/', pt: '/pt/aprendizados/listen/' });
		expect(mainLinks(site.page('/pt/projetos/rio/'))).toContain('/pt/aprendizados/listen/');
		expect(mainLinks(site.page('/pt/aprendizados/listen/'))).toContain('/pt/projetos/rio/');
	});

	it('keeps an old address working by redirecting it to the current one', () => {
		const redirect = site.page('/learnings/listen-before-building/');

		expect(redirect).toContain('http-equiv="refresh"');
		expect(redirect).toContain('/learnings/listen/');
	});

	it('serves guides in all three languages', () => {
		expect(htmlLang(site.page('/pt/guides/guide/'))).toBe('pt');
	});
});
