import { describe, expect, it } from 'vitest';
import { createLocales } from '../../src/site/locales';
import { findRoute, routeTable } from '../../src/site/routes';
import { createUrlBuilder } from '../../src/site/urls';

const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });

describe('URLs', () => {
	it.each([
		['/', 'learnings', 'en', '/learnings/'],
		['/', 'learnings', 'es', '/es/aprendizajes/'],
		['/memoria/', 'calls', 'es', '/memoria/es/llamadas/'],
		['/memoria', 'projects', 'en', '/memoria/projects/'],
	] as const)('with base %s, the %s listing in %s is %s', (base, section, language, expected) => {
		expect(createUrlBuilder(locales, base).listing(section, language)).toBe(expected);
	});

	it('writes entry, page and home URLs with localised section names', () => {
		const urls = createUrlBuilder(locales, '/');

		expect(urls.entry('organisations', 'ilsb', 'es')).toBe('/es/organizaciones/ilsb/');
		expect(urls.listing('posts', 'en', 3)).toBe('/blog/page/3/');
		expect(urls.home('es')).toBe('/es/');
		expect(urls.home('en')).toBe('/');
	});

	it('finds the route row again from the pattern Astro reports', () => {
		const rows = routeTable(locales);

		expect(findRoute(rows, '/es/aprendizajes/[...key]')).toMatchObject({ kind: 'entry', section: 'learnings', language: 'es' });
		expect(findRoute(rows, '/')).toMatchObject({ kind: 'home', language: 'en' });
		expect(findRoute(rows, '/es')).toMatchObject({ kind: 'home', language: 'es' });
		expect(findRoute(rows, '/es/proyectos/[...key]/informe')).toMatchObject({ kind: 'report', section: 'projects', language: 'es' });
	});

	it('writes a project report’s URL below the project’s, with the word for “report” in each language', () => {
		expect(createUrlBuilder(locales, '/').report('river', 'en')).toBe('/projects/river/report/');
		expect(createUrlBuilder(locales, '/memoria/').report('rio', 'es')).toBe('/memoria/es/proyectos/rio/informe/');
		const portuguese = createLocales({ languages: ['en', 'pt'], defaultLanguage: 'en', slugs: { pt: { projects: 'projetos', report: 'relatorio' } } });
		expect(createUrlBuilder(portuguese, '/').report('rio', 'pt')).toBe('/pt/projetos/rio/relatorio/');
	});
});
