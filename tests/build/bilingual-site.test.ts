import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, htmlLang, mainLinks, type FixtureBuild } from './support/fixture';

const untranslatedNotice = {
	es: 'Esta página aún no está disponible en tu idioma.',
};

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
});

describe('a bilingual site', () => {
	it.each([
		['/', 'en'],
		['/es/', 'es'],
		['/projects/', 'en'],
		['/es/proyectos/', 'es'],
		['/projects/river/', 'en'],
		['/es/proyectos/river/', 'es'],
		['/learnings/listen-first/', 'en'],
		['/es/aprendizajes/listen-first/', 'es'],
		['/calls/first-call/', 'en'],
		['/es/llamadas/first-call/', 'es'],
		['/blog/part-one/', 'en'],
		['/es/blog/part-one/', 'es'],
		['/organisations/acme/', 'en'],
		['/es/organizaciones/acme/', 'es'],
		['/guides/writing/', 'en'],
		['/es/guides/writing/', 'es'],
	])('builds %s with lang="%s"', (path, lang) => {
		expect(htmlLang(site.page(path))).toBe(lang);
	});

	it('shows the translated text to Spanish readers', () => {
		const html = site.page('/es/aprendizajes/listen-first/');

		expect(dom(html).querySelector('h1')?.text).toBe('Escuchar antes de construir');
		expect(html).toContain('Escuchar primero ahorró meses.');
		expect(html).not.toContain(untranslatedNotice.es);
	});

	it('links a project to its learnings and calls, and each of them back, in the reader’s language', () => {
		const project = mainLinks(site.page('/es/proyectos/river/'));
		const learning = mainLinks(site.page('/es/aprendizajes/listen-first/'));
		const call = mainLinks(site.page('/es/llamadas/first-call/'));

		expect(project).toEqual(
			expect.arrayContaining(['/es/aprendizajes/listen-first/', '/es/aprendizajes/untranslated-lesson/', '/es/llamadas/first-call/', '/es/blog/part-one/'])
		);
		expect(learning).toContain('/es/proyectos/river/');
		expect(learning).toContain('/es/llamadas/first-call/');
		expect(call).toEqual(expect.arrayContaining(['/es/proyectos/river/', '/es/aprendizajes/listen-first/']));
	});

	it('links an organisation to the projects it took part in', () => {
		expect(mainLinks(site.page('/organisations/acme/'))).toContain('/projects/river/');
	});

	it('serves an untranslated entry under the Spanish URL with the original text and a notice', () => {
		const html = site.page('/es/aprendizajes/untranslated-lesson/');

		expect(html).toContain(untranslatedNotice.es);
		expect(html).toContain('Only in English for now.');
		expect(html).toMatch(/<div class="memoria-entry"[^>]*lang="en"/);
	});

	it('marks untranslated entries in Spanish listings', () => {
		const html = site.page('/es/aprendizajes/');

		expect(html).toContain('Escuchar antes de construir');
		expect(html).toMatch(/An untranslated lesson<\/a>\s*<span class="memoria-badge">Aún sin traducir<\/span>/);
	});

	it('shows the parts of a series in order with next and previous links', () => {
		const one = site.page('/es/blog/part-one/');
		const two = site.page('/es/blog/part-two/');

		expect(one).toContain('Parte 1 de la serie «Historias del río»');
		expect(one).toMatch(/<a href="\/es\/blog\/part-two\/" rel="next">/);
		expect(two).toMatch(/<a href="\/es\/blog\/part-one\/" rel="prev">/);
	});

	it('puts a language switch on every page that leads to the same entry', () => {
		const switchTo = (path: string, lang: string) => dom(site.page(path)).querySelector(`.memoria-languages a[hreflang="${lang}"]`)?.getAttribute('href');

		expect(switchTo('/learnings/listen-first/', 'es')).toBe('/es/aprendizajes/listen-first/');
		expect(switchTo('/es/aprendizajes/listen-first/', 'en')).toBe('/learnings/listen-first/');
		expect(switchTo('/es/aprendizajes/untranslated-lesson/', 'en')).toBe('/learnings/untranslated-lesson/');
		expect(switchTo('/es/blog/', 'en')).toBe('/blog/');
		expect(switchTo('/guides/writing/', 'es')).toBe('/es/guides/writing/');
		expect(switchTo('/', 'es')).toBe('/es/');
	});

	it('announces the other language versions with hreflang alternates that use localised addresses', () => {
		const alternates = dom(site.page('/learnings/listen-first/'))
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);

		expect(alternates).toEqual([
			'en https://fixture.example.org/learnings/listen-first/',
			'es https://fixture.example.org/es/aprendizajes/listen-first/',
			'x-default https://fixture.example.org/learnings/listen-first/',
		]);
	});

	it('formats dates for the page’s language', () => {
		expect(site.page('/learnings/listen-first/')).toContain('May 1, 2021');
		expect(site.page('/es/aprendizajes/listen-first/')).toContain('1 de mayo de 2021');
	});

	it('lists sections, not entries, in the sidebar, in the reader’s language', () => {
		const sidebar = dom(site.page('/es/aprendizajes/listen-first/')).querySelector('#starlight__sidebar ul.memoria-sidebar')!;
		const links = sidebar.querySelectorAll('a').map((a) => a.getAttribute('href'));

		expect(links).toEqual([
			'/es/proyectos/',
			'/es/aprendizajes/',
			'/es/alcances/',
			'/es/llamadas/',
			'/es/blog/',
			'/es/organizaciones/',
			'/es/autoevaluaciones/',
			'/es/temas/',
			'/es/paises/',
			'/es/buscar/',
			'/es/lo-que-aprendimos/',
			'/es/recomendaciones/',
			'/es/supuestos/',
			'/es/acciones/',
			'/es/balances/',
			// Guides' folders, each one link to its index page (tests/build/guide-folders.test.ts).
			'/es/guides/',
		]);
		expect(sidebar.text).toContain('Llamadas comunitarias');
	});

	it('builds a Pagefind index with one index per language', () => {
		const entry = JSON.parse(site.page('/pagefind/pagefind-entry.json'.replace(/\/$/, '')));

		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
		// Entries (1 project, 2 reviewed learnings, 1 outcome, 1 call, 3 posts, 2 organisations, 1
		// self-assessment) and 1 guide; listings are left out, and the draft learning is in the retired
		// bundle (tests/build/discovery.test.ts).
		expect(entry.languages.en.page_count).toBe(12);
		expect(entry.languages.es.page_count).toBe(12);
	});
});

describe('output safety', () => {
	it('gives every page a Content-Security-Policy that covers each of its inline scripts', () => {
		for (const path of ['/', '/es/aprendizajes/listen-first/', '/guides/writing/', '/404.html']) {
			const html = site.page(path);
			const policy = dom(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body!);

			expect(policy).toContain("default-src 'self'");
			expect(inline.length).toBeGreaterThan(0);
			for (const body of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
		}
	});

	it('ships security headers for static hosts that read _headers', () => {
		expect(site.page('/_headers')).toContain('X-Content-Type-Options: nosniff');
	});
});
