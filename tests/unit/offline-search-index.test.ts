import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { offlineIndex } from '../../src/offline/browser/offline-index';
import { searchIndexScript, searchRecordFromHtml, type OfflineSearchRecord } from '../../src/offline/search-index';
import { matchesFilters } from '../../src/search/browser/core/filters';

const page = (body: string, head = '<meta name="description" content="Checking fit before enrolment kept cohorts together.">') =>
	`<!DOCTYPE html><html lang="es"><head><title>x</title>${head}<script>var secret = "scriptword";</script></head><body>` +
	`<nav><a href="/">Menú lateral navword</a></nav>${body}</body></html>`;

const learning = page(
	`<main data-pagefind-body lang="es">
		<div hidden class="memoria-search-data">
			<span data-pagefind-meta="type:Aprendizaje"></span>
			<span data-pagefind-meta="date:2017-05-30" data-pagefind-sort="date:2017-05-30"></span>
			<span data-pagefind-filter="theme:Datos abiertos"></span>
			<span data-pagefind-filter="theme:Alianzas"></span>
			<span data-pagefind-filter="country:México, D.F."></span>
		</div>
		<h1 id="_top">Tres filtros antes de la <em>inscripción</em></h1>
		<p>La conexión &amp; el tiempo del equipo importaban.</p><ul><li>uno</li><li>dos</li></ul>
		<aside data-pagefind-ignore><p>ignoredword</p></aside>
		<p>Conexión repetida, conexión otra vez.</p>
	</main>`
);

describe('the search record of a built page', () => {
	const { language, record } = searchRecordFromHtml(learning, 'es/aprendizajes/x/index.html')!;

	it('takes the language, address, title, type, date and filters Pagefind would', () => {
		expect(language).toBe('es');
		expect(record.url).toBe('es/aprendizajes/x/index.html');
		expect(record.title).toBe('Tres filtros antes de la inscripción');
		expect(record.type).toBe('Aprendizaje');
		expect(record.date).toBe('2017-05-30');
		expect(record.filters).toEqual({ theme: ['Datos abiertos', 'Alianzas'], country: ['México, D.F.'] });
		expect(record.retired).toBeUndefined();
	});

	it('keeps each word of the marked body once, lower-case, entities decoded, neighbouring elements apart', () => {
		const words = record.text.split(' ');
		expect(words).toEqual(expect.arrayContaining(['tres', 'inscripción', 'conexión', 'equipo', 'uno', 'dos']));
		expect(words.filter((w) => w === 'conexión')).toHaveLength(1);
		expect(words).not.toContain('unodos');
		expect(words).not.toContain('amp');
	});

	it('leaves out what Pagefind leaves out: text outside the body, ignored parts and scripts', () => {
		expect(record.text).not.toMatch(/navword|ignoredword|scriptword/);
	});

	it('uses the page’s description as the excerpt, unless it is the site’s generic one', () => {
		expect(record.excerpt).toBe('Checking fit before enrolment kept cohorts together.');
		const generic = searchRecordFromHtml(learning, 'x/index.html', { genericDescriptions: new Set(['Checking fit before enrolment kept cohorts together.']) })!;
		expect(generic.record.excerpt).toMatch(/^La conexión & el tiempo del equipo importaban\./);
	});

	it('shortens a long excerpt at a word', () => {
		const long = searchRecordFromHtml(page(`<main data-pagefind-body><h1>T</h1><p>${'palabra '.repeat(100)}</p></main>`, ''), 'x/index.html', {
			maxExcerpt: 40,
		})!;
		expect(long.record.excerpt).toBe('palabra palabra palabra palabra palabra…');
	});

	it('indexes a draft or archived entry, marked retired instead of data-pagefind-body, as retired, title included', () => {
		const draft = searchRecordFromHtml(
			page('<main><h1>Borrador</h1><div class="memoria-entry" data-memoria-search="retired"><p>Texto viejo</p></div></main>'),
			'x/index.html'
		)!;
		expect(draft.record.retired).toBe(true);
		expect(draft.record.title).toBe('Borrador');
		expect(draft.record.text).toContain('viejo');
	});

	it('notes an untranslated entry', () => {
		const fallback = searchRecordFromHtml(
			page('<main data-pagefind-body><span data-pagefind-meta="untranslated:en"></span><h1>A</h1></main>'),
			'x/index.html'
		)!;
		expect(fallback.record.untranslated).toBe('en');
	});

	it('skips a page without a marked body (home pages, listings, the search page)', () => {
		expect(searchRecordFromHtml(page('<main><h1>Inicio</h1></main>'), 'es/index.html')).toBeNull();
	});
});

describe('the index script of one language', () => {
	const records: OfflineSearchRecord[] = [{ url: 'a/index.html', title: 'Un </script> título', excerpt: 'x', text: 'un titulo' }];

	it('is a plain script that sets the records on a global, keyed by language', () => {
		const self: { memoriaOfflineIndex?: Record<string, OfflineSearchRecord[]> } = {};
		runInNewContext(searchIndexScript('es', records), { self });
		runInNewContext(searchIndexScript('en', []), { self });
		expect(self.memoriaOfflineIndex).toEqual({ es: records, en: [] });
	});

	it('can never close an HTML element', () => {
		expect(searchIndexScript('es', records)).not.toContain('</');
	});
});

describe('the offline search in the browser', () => {
	const search = offlineIndex();
	beforeAll(async () => {
		await search.add('en', [
			{
				url: 'learnings/a/index.html',
				title: 'Energy cooperatives',
				excerpt: 'How a cooperative shared solar panels.',
				text: 'energy cooperatives solar panels shared',
				date: '2020-01-01',
				filters: { type: ['Learning'] },
			},
			{ url: 'learnings/b/index.html', title: 'An archived note', excerpt: 'Old.', text: 'solar archived', retired: true, date: '2019-01-01' },
			{
				url: 'projects/c/index.html',
				title: 'Solar project',
				excerpt: 'A project.',
				text: 'solar project',
				date: '2021-01-01',
				filters: { type: ['Project'] },
			},
		]);
		await search.add('es', [
			{
				url: 'es/aprendizajes/a/index.html',
				title: 'Cooperativas de energía',
				excerpt: 'Paneles.',
				text: 'cooperativas energía paneles techos',
				date: '2020-01-01',
			},
		]);
	});

	it('finds a page by a word of its text, in the asked languages only', () => {
		expect(search.search('panels', ['en']).map((r) => r.url)).toEqual(['learnings/a/index.html']);
		expect(search.search('techos', ['en'])).toEqual([]);
		expect(search.search('techos', ['en', 'es']).map((r) => r.language)).toEqual(['es']);
	});

	it('ignores accents and case, and completes the last word', () => {
		expect(search.search('ENERGIA', ['es']).map((r) => r.url)).toEqual(['es/aprendizajes/a/index.html']);
		expect(search.search('cooperat', ['en']).map((r) => r.url)).toEqual(['learnings/a/index.html']);
	});

	it('needs every word', () => {
		expect(search.search('solar project', ['en']).map((r) => r.url)).toEqual(['projects/c/index.html']);
	});

	it('ranks a retired entry last', () => {
		expect(search.search('solar', ['en']).at(-1)?.url).toBe('learnings/b/index.html');
	});

	it('lists every page of the asked languages newest first, for filters alone to narrow: values of one filter add up, entries without the filter drop out', () => {
		const all = search.all(['en']);
		expect(all.map((r) => r.date)).toEqual(['2021-01-01', '2020-01-01', '2019-01-01']);
		expect(all.filter((r) => matchesFilters(r.filters, { type: ['Learning'] })).map((r) => r.url)).toEqual(['learnings/a/index.html']);
		expect(all.filter((r) => matchesFilters(r.filters, { type: ['Learning', 'Project'] }))).toHaveLength(2);
	});
});
