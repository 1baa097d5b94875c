import { beforeAll, describe, expect, it } from 'vitest';
import { builtFixture, dom, mainLinks, type FixtureBuild } from './support/fixture';

let site: FixtureBuild;
beforeAll(() => {
	site = builtFixture('bilingual-basics');
});

describe('search filters and metadata', () => {
	it('tags an entry with type, project, country, theme and year in the page’s language', () => {
		const filters = dom(site.page('/es/aprendizajes/listen-first/'))
			.querySelectorAll('[data-pagefind-filter]')
			.map((e) => e.getAttribute('data-pagefind-filter'));

		expect(filters).toEqual(['type:Aprendizaje', 'project:Proyecto Río', 'country:Colombia', 'theme:Participación comunitaria', 'year:2021']);
	});

	it('files guides under the type "Guide", and nothing else under it', () => {
		const filters = (path: string) =>
			dom(site.page(path))
				.querySelectorAll('[data-pagefind-filter^="type:"]')
				.map((e) => e.getAttribute('data-pagefind-filter'));

		expect(filters('/es/guides/writing/')).toEqual(['type:Guía']);
		expect(filters('/guides/writing/')).toEqual(['type:Guide']);
		expect(filters('/learnings/listen-first/')).toEqual(['type:Learning']);
	});

	it('marks a fallback page as untranslated in its search metadata', () => {
		const meta = dom(site.page('/es/aprendizajes/untranslated-lesson/'))
			.querySelectorAll('[data-pagefind-meta]')
			.map((e) => e.getAttribute('data-pagefind-meta'));

		expect(meta).toContain('untranslated:en');
	});

	it('keeps a draft out of the main search bundle and puts it, title included, in the retired one', () => {
		const draft = dom(site.page('/learnings/untranslated-lesson/'));
		const entry = (bundle: string) => JSON.parse(site.page(`/${bundle}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };

		expect(draft.querySelector('[data-pagefind-body]')).toBeNull();
		expect(draft.querySelector('.memoria-entry')?.getAttribute('data-memoria-search')).toBe('retired');
		expect(dom(site.page('/learnings/listen-first/')).querySelector('[data-memoria-search]')).toBeNull();
		// The draft and its Spanish fallback page: one retired page per language.
		expect(entry('pagefind-retired').languages.en?.page_count).toBe(1);
		expect(entry('pagefind-retired').languages.es?.page_count).toBe(1);
		const indexed = site.files().filter((f) => /(^|\/)index\.html$/.test(f) && site.page(`/${f}`).includes('data-pagefind-body'));
		const perLanguage = Object.values(entry('pagefind').languages).reduce((sum, l) => sum + l.page_count, 0);
		expect(perLanguage).toBe(indexed.length);
	});

	it('keeps listings out of the search index', () => {
		expect(site.page('/learnings/')).not.toContain('data-pagefind-body');
		expect(site.page('/learnings/listen-first/')).toContain('data-pagefind-body');
	});
});

describe('theme and country pages', () => {
	it('lists everything with a theme on its page, in the reader’s language', () => {
		const page = site.page('/es/temas/community-engagement/');

		expect(dom(page).querySelector('h1')?.text).toBe('Participación comunitaria');
		expect(mainLinks(page)).toEqual(expect.arrayContaining(['/es/proyectos/river/', '/es/aprendizajes/listen-first/']));
	});

	it('counts the entries of each theme on the themes index', () => {
		const card = dom(site.page('/themes/')).querySelector('.memoria-cards li')!;

		expect(card.querySelector('a')?.getAttribute('href')).toBe('/themes/community-engagement/');
		// The project, its learning and the outcome on that theme.
		expect(card.text).toContain('3 entries');
	});

	it('gathers a country’s projects, their learnings and the organisations based there', () => {
		const links = mainLinks(site.page('/es/paises/co/'));

		expect(links).toEqual(
			expect.arrayContaining(['/es/proyectos/river/', '/es/aprendizajes/listen-first/', '/es/llamadas/first-call/', '/es/organizaciones/acme/'])
		);
	});

	it('links an entry’s themes and countries to their pages', () => {
		const links = mainLinks(site.page('/es/proyectos/river/'));

		expect(links).toEqual(expect.arrayContaining(['/es/temas/community-engagement/', '/es/paises/co/']));
	});
});

describe('project timeline', () => {
	it('shows the start, then learnings, calls and posts in date order', () => {
		const items = dom(site.page('/projects/river/'))
			.querySelectorAll('.memoria-timeline li')
			.map((li) => `${li.querySelector('time')?.getAttribute('datetime')} ${li.getAttribute('data-kind')}`);

		expect(items).toEqual([
			'2021-02-01 start',
			'2021-05-01 learnings',
			'2021-06-01 learnings',
			'2021-06-20 learnings',
			'2021-07-01 calls',
			'2021-08-01 posts',
			'2021-09-01 posts',
		]);
	});
});

describe('feeds, sitemap and open data', () => {
	it('publishes an RSS feed of learnings per language', () => {
		const feed = site.page('/es/aprendizajes/rss.xml');

		expect(feed).toContain('<language>es</language>');
		expect(feed).toContain('<title>Escuchar antes de construir</title>');
		expect(feed).toContain('<link>https://fixture.example.org/es/aprendizajes/listen-first/</link>');
		expect(site.page('/blog/rss.xml')).toContain('<title>Part two</title>');
	});

	it('announces the feeds on every page', () => {
		const feeds = dom(site.page('/es/'))
			.querySelectorAll('link[type="application/rss+xml"]')
			.map((l) => l.getAttribute('href'));

		expect(feeds).toEqual(['/es/blog/rss.xml', '/es/aprendizajes/rss.xml']);
	});

	it('gives translated pages hreflang alternates in the sitemap, and untranslated ones none', () => {
		const sitemap = site.page('/sitemap-0.xml');
		const url = (loc: string) => new RegExp(`<url><loc>${loc}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';

		expect(url('https://fixture.example.org/learnings/listen-first/')).toContain(
			'hreflang="es" href="https://fixture.example.org/es/aprendizajes/listen-first/"'
		);
		expect(url('https://fixture.example.org/es/aprendizajes/untranslated-lesson/')).not.toContain('hreflang="es"');
		expect(sitemap).not.toContain('404');
	});

	it('exports learnings as JSON with references expanded', () => {
		const data = JSON.parse(site.page('/data/learnings.es.json'));
		const listen = data.learnings.find((l: { id: string }) => l.id === 'listen-first');

		expect(data.learnings).toHaveLength(3);
		expect(listen).toMatchObject({
			title: 'Escuchar antes de construir',
			translated: true,
			date: '2021-05-01',
			project: { id: 'river', title: 'Proyecto Río', url: 'https://fixture.example.org/es/proyectos/river/' },
			themes: [{ id: 'community-engagement', label: 'Participación comunitaria' }],
		});
	});

	it('exports learnings as CSV, one row each, readable by spreadsheets', () => {
		const csv = site.page('/data/learnings.en.csv');
		const [header, ...rows] = csv.trim().split('\n');

		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(header).toContain('id,url,language,translated,title,date,project');
		expect(rows).toHaveLength(3);
	});

	it('exports the whole public memory per language', () => {
		const memory = JSON.parse(site.page('/data/memory.en.json'));

		expect(Object.keys(memory)).toEqual(expect.arrayContaining(['projects', 'learnings', 'calls', 'posts', 'organisations', 'themes']));
		expect(memory.calls[0]).toMatchObject({ id: 'first-call', projects: [{ id: 'river', title: 'River Project' }] });
	});
});
