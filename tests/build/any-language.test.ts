/**
 * A site whose default language is English, where the team writes some entries first in Spanish
 * (tests/fixtures/any-language): a Spanish original alone, a Spanish original with its English
 * translation (whose original changes later, in git), an English original alone, and an internal
 * Spanish original whose English translation forgot to say it is internal; and guides: one written
 * only in Spanish, one whose English original is a draft while its Spanish translation is not. Every
 * output must treat each entry the same way in both languages, and nothing of the internal one (or
 * of the draft) may be published.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, dom, htmlLang, mainLinks, type FixtureBuild } from './support/fixture';
import { offlineArchive } from './support/offline';

const notice = { en: 'This content is not available in your language yet.', es: 'Esta página aún no está disponible en tu idioma.' };
/** Words of the internal Spanish original and of its English translation: titles, sentences, its id. */
const secrets = ['Acuerdos reservados', 'acuerdos-reservados', 'pozo comunitario', 'sequía de julio', 'Reserved agreements', 'community well', 'July drought'];

// A copy of the fixture in a git repository of its own, so the Spanish original can change after its translation.
const name = '../.tmp/any-language-site';
const root = resolve(import.meta.dirname, '../fixtures', name);
const git = (args: string[], date: string) =>
	execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], {
		cwd: root,
		stdio: 'pipe',
		env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
	});

let site: FixtureBuild;
beforeAll(async () => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(resolve(import.meta.dirname, '../fixtures/any-language'), root, {
		recursive: true,
		filter: (src) => !/\/(dist|\.astro|\.memoria-build)(\/|$)/.test(src),
	});
	const source = (path: string) => resolve(import.meta.dirname, '../../src', path);
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport memoria from '${source('integration.ts')}';\nimport site from './memoria.config.ts';\nexport default defineConfig(memoria(site));\n`
	);
	writeFileSync(join(root, 'content.config.ts'), `export { collections } from '${source('model/collections.ts')}';\n`);
	git(['init', '-q', '-b', 'main'], '2024-01-01T10:00:00Z');
	git(['add', '-A'], '2024-01-01T10:00:00Z');
	git(['commit', '-q', '-m', 'first'], '2024-01-01T10:00:00Z');
	const spanish = join(root, 'content/learnings/es/mapas-del-mercado.md');
	writeFileSync(spanish, `${readFileSync(spanish, 'utf8')}\nUn párrafo nuevo del original.\n`);
	git(['commit', '-q', '-am', 'The Spanish original changes'], '2024-03-15T10:00:00Z');

	site = await buildFixture(name);
	if (site.status !== 0) throw new Error(site.output);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const main = (path: string) => dom(site.page(path)).querySelector('main')!;

/** What Pagefind stored of each page: gzip, then a signature, then the page's record as JSON. */
function pagefindFragments(): { url: string; meta: Record<string, string> }[] {
	return site
		.files()
		.filter((f) => f.startsWith('pagefind/fragment/'))
		.map((f) =>
			JSON.parse(
				gunzipSync(readFileSync(join(site.dist, f)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, '')
			)
		);
}

describe('an entry written first in Spanish, on an English-default site', () => {
	it('is published in Spanish at its own address, as an original: no notice', () => {
		const page = site.page('/es/aprendizajes/escuchar-primero/');

		expect(htmlLang(page)).toBe('es');
		expect(dom(page).querySelector('h1')?.text).toBe('Escuchar a las familias antes de construir');
		expect(main('/es/aprendizajes/escuchar-primero/').text).not.toContain(notice.es);
	});

	it('shows English readers its Spanish text, marked as Spanish, with the notice and a link to the original', () => {
		const page = dom(site.page('/learnings/escuchar-primero/'));
		const link = page.querySelector('[data-memoria-original] a')!;

		expect(htmlLang(site.page('/learnings/escuchar-primero/'))).toBe('en');
		expect(page.querySelector('main')!.text).toContain(notice.en);
		expect(page.querySelector('.memoria-entry')?.getAttribute('lang')).toBe('es');
		expect(page.querySelector('.memoria-entry')?.text).toContain('Preguntar primero a las familias');
		expect([link.text, link.getAttribute('href'), link.getAttribute('hreflang')]).toEqual([
			'Read the original in Spanish',
			'/es/aprendizajes/escuchar-primero/',
			'es',
		]);
	});

	it('does the same the other way round for an entry written first in English', () => {
		const page = dom(site.page('/es/aprendizajes/listen-first/'));

		expect(page.querySelector('main')!.text).toContain(notice.es);
		expect(page.querySelector('.memoria-entry')?.getAttribute('lang')).toBe('en');
		expect(page.querySelector('[data-memoria-original] a')?.getAttribute('href')).toBe('/learnings/listen-first/');
		expect(page.querySelector('[data-memoria-original] a')?.text).toBe('Leer el original en inglés');
		expect(main('/learnings/listen-first/').text).not.toContain(notice.en);
	});

	it('announces only the Spanish page as a real version, and sends readers of other languages to it', () => {
		const alternates = (path: string) =>
			dom(site.page(path))
				.querySelectorAll('link[rel="alternate"][hreflang]')
				.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
		const spanish = 'https://any-language.example.org/es/aprendizajes/escuchar-primero/';

		expect(alternates('/learnings/escuchar-primero/')).toEqual([`es ${spanish}`, `x-default ${spanish}`]);
		expect(alternates('/es/aprendizajes/escuchar-primero/')).toEqual([`es ${spanish}`, `x-default ${spanish}`]);
	});

	it('stays in the English listing, home page and feed with its Spanish title marked as Spanish and not translated', () => {
		const listed = (path: string) => dom(site.page(path)).querySelector('main a[href="/learnings/escuchar-primero/"]');

		for (const path of ['/learnings/', '/']) {
			expect(listed(path)?.getAttribute('lang'), path).toBe('es');
			expect(listed(path)?.text, path).toBe('Escuchar a las familias antes de construir');
			expect(listed(path)?.nextElementSibling?.text, path).toBe('Not translated yet');
		}
		expect(site.page('/learnings/rss.xml')).toContain('https://any-language.example.org/learnings/escuchar-primero/');
		expect(site.page('/es/aprendizajes/rss.xml')).toContain('https://any-language.example.org/es/aprendizajes/escuchar-primero/');
	});

	it('is listed in Spanish as any Spanish entry is, without the mark', () => {
		const link = dom(site.page('/es/aprendizajes/')).querySelector('main a[href="/es/aprendizajes/escuchar-primero/"]')!;

		expect(link.getAttribute('lang')).toBeUndefined();
		expect(link.nextElementSibling?.text).not.toBe('Aún sin traducir');
	});

	it('is linked from its project and from the call that discussed it, and links back to both, in both languages', () => {
		expect(mainLinks(site.page('/projects/river/'))).toContain('/learnings/escuchar-primero/');
		expect(mainLinks(site.page('/es/proyectos/river/'))).toContain('/es/aprendizajes/escuchar-primero/');
		expect(mainLinks(site.page('/calls/first-call/'))).toContain('/learnings/escuchar-primero/');
		expect(mainLinks(site.page('/learnings/escuchar-primero/'))).toEqual(expect.arrayContaining(['/projects/river/', '/calls/first-call/']));
		expect(mainLinks(site.page('/es/aprendizajes/escuchar-primero/'))).toEqual(expect.arrayContaining(['/es/proyectos/river/', '/es/llamadas/first-call/']));
	});

	it('is in both languages’ search indexes, the English one marking its text as Spanish', () => {
		const languages = JSON.parse(site.page('/pagefind/pagefind-entry.json')).languages;
		const fragment = (url: string) => pagefindFragments().find((f) => f.url === url);

		// 1 project, 3 learnings, 1 call and 2 guides in each language: the internal learning and the draft guide in neither.
		expect([languages.en.page_count, languages.es.page_count]).toEqual([7, 7]);
		expect(fragment('/learnings/escuchar-primero/')?.meta.untranslated).toBe('es');
		expect(fragment('/es/aprendizajes/escuchar-primero/')?.meta.untranslated).toBeUndefined();
		expect(fragment('/es/aprendizajes/listen-first/')?.meta.untranslated).toBe('en');
	});

	it('is in the sitemap at both addresses, the Spanish one announcing only itself', () => {
		const sitemap = site.page('/sitemap-0.xml');

		expect(sitemap).toContain('<loc>https://any-language.example.org/learnings/escuchar-primero/</loc>');
		expect(sitemap).toMatch(
			/<loc>https:\/\/any-language\.example\.org\/es\/aprendizajes\/escuchar-primero\/<\/loc><xhtml:link rel="alternate" hreflang="es" href="https:\/\/any-language\.example\.org\/es\/aprendizajes\/escuchar-primero\/"\/><\/url>/
		);
	});

	it('is exported in both languages with its Spanish text, saying so', () => {
		const record = (language: string) =>
			(JSON.parse(site.page(`/data/learnings.${language}.json`)).learnings as Record<string, unknown>[]).find((r) => r.id === 'escuchar-primero');

		expect(record('en')).toMatchObject({ language: 'es', translated: false, title: 'Escuchar a las familias antes de construir' });
		expect(record('es')).toMatchObject({ language: 'es', translated: true });
		expect(site.page('/data/learnings.en.csv')).toMatch(/\nescuchar-primero,https:\/\/any-language\.example\.org\/learnings\/escuchar-primero\/,es,no,/);
	});

	it('is in the offline copy in both languages, and in both languages’ offline search', () => {
		const copy = offlineArchive(site)!;

		expect(copy.text('learnings/escuchar-primero/index.html')).toContain('Preguntar primero a las familias');
		expect(copy.text('es/aprendizajes/escuchar-primero/index.html')).toContain('Preguntar primero a las familias');
		expect(copy.text('_offline/search-index.en.js')).toContain('"untranslated":"es"');
		expect(copy.text('_offline/search-index.es.js')).toContain('escuchar-primero');
	});
});

describe('a Spanish original with an English translation', () => {
	it('shows the translation to English readers, and relations from the original', () => {
		const page = dom(site.page('/learnings/mapas-del-mercado/'));

		expect(page.querySelector('h1')?.text).toBe('The market maps');
		expect(page.querySelector('main')!.text).not.toContain(notice.en);
		expect(page.querySelector('.memoria-entry')?.getAttribute('lang')).toBeUndefined();
		expect(mainLinks(site.page('/learnings/mapas-del-mercado/'))).toContain('/projects/river/');
	});

	it('tells English readers when the Spanish original changed after the translation, and links to it', () => {
		const stale = dom(site.page('/learnings/mapas-del-mercado/')).querySelector('[data-memoria-stale]')!;

		expect(stale.text).toContain('The original (Spanish) was updated on March 15, 2024');
		expect(stale.querySelector('a')?.getAttribute('href')).toBe('/es/aprendizajes/mapas-del-mercado/');
		expect(site.page('/es/aprendizajes/mapas-del-mercado/')).not.toContain('data-memoria-stale');
	});

	it('lists the stale English translation and the missing one on the status page, each under English', () => {
		const english = dom(site.page('/translations/')).querySelector('section[aria-labelledby="lang-en"]')!;
		const spanish = dom(site.page('/translations/')).querySelector('section[aria-labelledby="lang-es"]')!;

		expect(english.querySelector('tr[data-state="stale"]')?.text).toContain('learnings/mapas-del-mercado');
		expect(english.querySelector('tr[data-state="missing"]')?.text).toContain('learnings/escuchar-primero');
		expect(spanish.text).toContain('learnings/listen-first');
		expect(spanish.text).not.toContain('learnings/escuchar-primero');
	});
});

describe('a guide written first in Spanish, and a Spanish translation of an English draft', () => {
	const guide = '/guides/rio/cuidados-digitales/';
	const spanish = '/es/guides/rio/cuidados-digitales/';

	it('is published in Spanish at its own address, as an original: no notice of any kind', () => {
		const page = dom(site.page(spanish));

		// Its `slug: cuidados` (Hugo's, brought along) moves it nowhere: a guide's address is its path.
		expect(site.exists('/cuidados/')).toBe(false);
		expect(site.exists('/es/cuidados/')).toBe(false);
		expect(site.output).toContain('Field "slug" is not a field Memoria knows; it is ignored.');

		expect(htmlLang(site.page(spanish))).toBe('es');
		expect(page.querySelector('h1')?.text.trim()).toBe('Cuidados digitales para la brigada del río');
		expect(page.querySelector('main')!.text).not.toContain(notice.es);
		expect(site.page(spanish)).not.toContain('data-memoria-stale');
	});

	it('shows English readers its Spanish text, marked as Spanish, with the notice and a link to the original', () => {
		const page = dom(site.page(guide));
		const link = page.querySelector('[data-memoria-original] a')!;

		expect(htmlLang(site.page(guide))).toBe('en');
		expect(page.querySelector('main')?.getAttribute('lang')).toBe('es');
		expect(page.querySelector('main')!.text).toContain(notice.en);
		expect(page.querySelector('main')!.text).toContain('Revisa que el teléfono no guarde la ubicación');
		expect([link.text, link.getAttribute('href'), link.getAttribute('hreflang')]).toEqual(['Read the original in Spanish', spanish, 'es']);
		expect(page.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href')).toBe(`https://any-language.example.org${spanish}`);
	});

	it('is listed in its folder and in the sidebar in English, its Spanish title marked as Spanish', () => {
		const listed = dom(site.page('/guides/rio/')).querySelector(`main a[href="${guide}"]`);
		const inSidebar = dom(site.page(guide)).querySelector(`nav a[href="${guide}"]`);

		expect(listed?.text.trim()).toBe('Cuidados digitales para la brigada del río');
		expect(listed?.getAttribute('lang')).toBe('es');
		expect(inSidebar?.getAttribute('aria-current')).toBe('page');
		expect(mainLinks(site.page('/guides/welcome/'))).toContain(guide);
	});

	it('does not stand in for an English original that is a draft: a translation of a draft is not ready either, and nothing of either is published', () => {
		expect(site.exists('/guides/field-plan/')).toBe(false);
		expect(site.exists('/es/guides/field-plan/')).toBe(false);
		const draft = ['Field plan (unfinished)', 'The English original is not finished', 'Plan de campo', 'El equipo terminó primero'];
		expect(site.files().filter((file) => draft.some((words) => readFileSync(join(site.dist, file)).includes(words)))).toEqual([]);
	});
});

describe('an internal entry written first in Spanish, whose English translation says nothing', () => {
	/** Every output file as text; Pagefind's index files are gzip-compressed, so they are unpacked first. */
	const everyFile = (): [string, string][] =>
		site.files().map((file) => {
			const bytes = readFileSync(join(site.dist, file));
			try {
				return [file, gunzipSync(bytes).toString('utf8')];
			} catch {
				return [file, bytes.toString('utf8')];
			}
		});

	it('passes the leak gate: the build looked for it and found nothing', () => {
		// The internal learning's two files, and the draft guide's two (a draft is looked for as an internal entry is).
		expect(site.output).toMatch(/\[memoria:leak-gate\] 4 internal entries looked for in the output in [\d.]+s: none found\./);
	});

	it('has no page at either address', () => {
		expect(site.exists('/learnings/acuerdos-reservados/')).toBe(false);
		expect(site.exists('/es/aprendizajes/acuerdos-reservados/')).toBe(false);
	});

	it('appears in no file in any language, search indexes, exports, feeds, sitemap and offline copy included', () => {
		const leaks = everyFile().flatMap(([file, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
		const copy = offlineArchive(site)!;
		const offlineLeaks = Object.entries(copy.entries).flatMap(([entry, bytes]) =>
			secrets.filter((s) => entry.includes(s) || Buffer.from(bytes).toString('utf8').includes(s)).map((s) => `${entry}: ${s}`)
		);

		expect(site.files().some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
		expect(leaks).toEqual([]);
		expect(offlineLeaks).toEqual([]);
	});
});
