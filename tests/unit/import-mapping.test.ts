/**
 * `memoria import`'s decisions about a page's frontmatter and place: what each tool's fields
 * mean in Starlight's or a blog post's terms, which fields are kept and which dropped (and
 * why), dates as written, front matter in YAML, TOML and JSON, language codes, where `--into`
 * sends pages, and the relative addresses links are rewritten to.
 */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { chooseDestination, type Destination, relativeAddress } from '../../src/import/destination';
import { isLanguageCode, siteLanguageOf } from '../../src/import/language-codes';
import { calendarDay, mapFrontmatter, titleFromName } from '../../src/import/map-frontmatter';
import { destinationKey } from '../../src/import/page-places';
import { readFrontMatter } from '../../src/import/read-front-matter';
import type { FieldMeanings, SourcePage, SourceSite } from '../../src/import/source-site';

const config = parseSiteConfig({ organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' });
const spanishFirst = parseSiteConfig({ organisation: 'Prueba', languages: ['es', 'en'], defaultLanguage: 'es' });

const noFields: FieldMeanings = { title: ['title'], description: [], order: [], label: [], draft: [], updated: [], published: [], authors: [] };
function site(fields: Partial<FieldMeanings>, more: Partial<SourceSite> = {}): SourceSite {
	return {
		tool: 'plain',
		evidence: '*.md',
		root: '/source',
		pages: [],
		skipped: [],
		publicFolders: [],
		contentFolders: [{ folder: '' }],
		toolOnlyFields: [],
		addressFields: [],
		fields: { ...noFields, ...fields },
		dialect: 'plain',
		...more,
	};
}
const page = (data: Record<string, unknown>, more: Partial<SourcePage> = {}): SourcePage => ({
	path: 'a.md',
	key: 'a',
	data,
	body: '',
	mdx: false,
	addresses: [],
	...more,
});

describe('frontmatter of a guide', () => {
	it("maps Docusaurus's description, sidebar_position, sidebar_label, draft and last_update to Starlight's fields", () => {
		const docusaurus = site({
			description: ['description'],
			order: ['sidebar_position'],
			label: ['sidebar_label'],
			draft: [{ field: 'draft', value: true }],
			updated: ['last_update.date'],
		});
		const mapped = mapFrontmatter(
			page({ description: 'Why', sidebar_position: 2, sidebar_label: 'Short', draft: true, last_update: { date: '2024-03-15', author: 'A' } }),
			docusaurus,
			'A long title',
			'guide'
		);
		expect(mapped.data).toEqual({ title: 'A long title', description: 'Why', sidebar: { order: 2, label: 'Short' }, draft: true, lastUpdated: '2024-03-15' });
		expect(mapped.dropped).toEqual([]);
	});

	it("takes Hugo's weight and linkTitle, the newest of lastmod and date, and an order written as text", () => {
		const hugo = site({ order: ['weight'], label: ['linkTitle'], updated: ['lastmod', 'date'] });
		expect(
			mapFrontmatter(page({ weight: '3', linkTitle: 'Equipo', date: '2023-08-14', lastmod: '2024-01-20T10:30:00-05:00' }), hugo, 'El equipo', 'guide').data
		).toEqual({
			title: 'El equipo',
			sidebar: { order: 3, label: 'Equipo' },
			lastUpdated: '2024-01-20',
		});
	});

	it("takes the order and label of the tool's navigation when the page has no field for them, and no label that repeats the title", () => {
		expect(mapFrontmatter(page({}, { nav: { order: 4, label: 'Home' } }), site({}), 'Community network', 'guide').data.sidebar).toEqual({
			order: 4,
			label: 'Home',
		});
		expect(mapFrontmatter(page({}, { nav: { order: 1, label: 'Start' } }), site({}), 'Start', 'guide').data.sidebar).toEqual({ order: 1 });
	});

	it("keeps Starlight's own sidebar settings (a badge) with the order", () => {
		const starlight = site({ order: ['sidebar.order'], label: ['sidebar.label'] });
		expect(mapFrontmatter(page({ sidebar: { order: 1, badge: 'New' } }), starlight, 'Start', 'guide').data.sidebar).toEqual({ order: 1, badge: 'New' });
	});

	it("treats Jekyll's published: false as a draft", () => {
		const jekyll = site({ draft: [{ field: 'published', value: false }] });
		expect(mapFrontmatter(page({ published: false }), jekyll, 'T', 'guide').data.draft).toBe(true);
		expect(mapFrontmatter(page({ published: true }), jekyll, 'T', 'guide').data.draft).toBeUndefined();
	});

	it("drops the tool's own fields and the fields of its addresses, and keeps every other field a writer wrote", () => {
		const mkdocs = site({}, { toolOnlyFields: ['hide'], addressFields: ['slug'] });
		const mapped = mapFrontmatter(page({ title: 'T', hide: ['toc'], slug: '/old/', tags: ['a'], author: 'Ana' }), mkdocs, 'T', 'guide');
		expect(mapped.data).toEqual({ title: 'T', tags: ['a'], author: 'Ana' });
		expect(mapped.dropped).toEqual([
			{ field: 'hide', reason: 'tool-only' },
			{ field: 'slug', reason: 'address' },
		]);
		expect(mapped.kept).toEqual(['tags', 'author']);
	});

	it('drops a near miss of a Starlight field, which would stop the build, and a Starlight field with a value Starlight refuses', () => {
		const mapped = mapFrontmatter(page({ Draft: true, template: 'page.html', tableOfContents: false }), site({}), 'T', 'guide');
		expect(mapped.dropped).toEqual([
			{ field: 'Draft', reason: 'near-miss' },
			{ field: 'template', reason: 'invalid' },
		]);
		expect(mapped.data).toEqual({ title: 'T', tableOfContents: false });
	});

	it("drops Starlight's head, which adds any element to a page, unless the site allows raw HTML", () => {
		const head = [{ tag: 'script', content: 'alert(1)' }];
		expect(mapFrontmatter(page({ head }), site({}), 'T', 'guide').dropped).toEqual([{ field: 'head', reason: 'raw-html' }]);
		expect(mapFrontmatter(page({ head }), site({}), 'T', 'guide', true).data.head).toEqual(head);
	});
});

describe('frontmatter of a blog post', () => {
	const blog = site({ description: ['excerpt'], published: ['date'], authors: ['authors', 'author'], draft: [{ field: 'published', value: false }] });

	it('maps the summary, the date, the authors, and keeps a draft out of the public build', () => {
		const mapped = mapFrontmatter(
			page({ excerpt: 'Forty met.', date: '2023-05-02 10:00:00 +0100', author: 'Secretariat', published: false }),
			blog,
			'First assembly',
			'post'
		);
		expect(mapped.data).toEqual({ title: 'First assembly', summary: 'Forty met.', date: '2023-05-02', authors: ['Secretariat'], visibility: 'internal' });
		expect(mapped.draftMadeInternal).toBe(true);
	});

	it('drops every field a blog post does not have: its schema is strict', () => {
		const mapped = mapFrontmatter(page({ date: '2023-05-02', tags: ['water'], categories: ['x'] }), blog, 'T', 'post');
		expect(mapped.dropped).toEqual([
			{ field: 'tags', reason: 'not-in-posts' },
			{ field: 'categories', reason: 'not-in-posts' },
		]);
		expect(mapped.kept).toEqual([]);
	});
});

describe('dates, titles and front matter', () => {
	it('reads a day as written, whatever the time and zone, and refuses one that does not exist', () => {
		expect(calendarDay('2024-03-15')).toBe('2024-03-15');
		expect(calendarDay('2024-03-15T23:30:00-05:00')).toBe('2024-03-15');
		expect(calendarDay('2024-02-31')).toBeUndefined();
		expect(calendarDay('March 2024')).toBeUndefined();
	});

	it("makes a title from a file's name when a page has no other", () => {
		expect(titleFromName('field/safe-interviews', 'docs')).toBe('Safe interviews');
		expect(titleFromName('field/index', 'docs')).toBe('Field');
		expect(titleFromName('index', 'radio-docs')).toBe('Radio docs');
	});

	it('reads YAML, TOML and JSON front matter, dates as written, and a body with none', () => {
		const yaml = readFrontMatter('---\ntitle: A\ndate: 2024-03-15\n---\nBody');
		expect(yaml).toMatchObject({ data: { title: 'A', date: '2024-03-15' }, body: 'Body', bodyLine: 5 });
		const toml = readFrontMatter("+++\ntitle = 'B'\ndate = 2024-03-15\nweight = 2\n+++\nBody");
		expect(toml).toMatchObject({ data: { title: 'B', date: '2024-03-15', weight: 2 }, body: 'Body' });
		expect(readFrontMatter('{\n  "title": "C"\n}\nBody')).toMatchObject({ data: { title: 'C' }, body: 'Body' });
		expect(readFrontMatter('# Just text')).toMatchObject({ data: undefined, body: '# Just text' });
		expect(readFrontMatter('---\ntitle: [broken\n---\n').problem).toBeDefined();
	});
});

describe('language codes', () => {
	it('knows language folders and suffixes from other folders', () => {
		expect(['es', 'en', 'pt-BR', 'es_419'].every((code) => isLanguageCode(code))).toBe(true);
		expect(['js', 'img', 'api', 'new', 'docs'].some((code) => isLanguageCode(code))).toBe(false);
		expect(isLanguageCode('nah', ['es', 'nah'])).toBe(true);
	});

	it("finds the site's language a code means", () => {
		expect(siteLanguageOf('ES', ['en', 'es'])).toBe('es');
		expect(siteLanguageOf('es-MX', ['en', 'es'])).toBe('es');
		expect(siteLanguageOf('pt', ['en', 'es'])).toBeUndefined();
	});
});

describe('where pages go', () => {
	const destination = (into: string | undefined, site = config) => {
		const choice = chooseDestination(into, site);
		if ('refused' in choice) throw new Error(`refused ${into}`);
		return choice.destination;
	};

	it('puts guides in content/docs/guides/, each other language in its folder, as Memoria lays them out', () => {
		const guides = destination(undefined);
		expect(guides.pagePath('field/interviews', 'en', 'md')).toBe('content/docs/guides/field/interviews.md');
		expect(guides.pagePath('field/interviews', 'es', 'md')).toBe('content/docs/es/guides/field/interviews.md');
		expect(guides.address('field/interviews', 'es')).toBe('/es/guides/field/interviews/');
		expect(guides.imagePath('img/map.png', undefined)).toBe('content/docs/guides/img/map.png');
		expect(guides.publicFile('files/report.pdf')).toEqual({ path: 'public/guides/files/report.pdf', address: '/guides/files/report.pdf' });
		expect(destination(undefined, spanishFirst).pagePath('a', 'en', 'md')).toBe('content/docs/en/guides/a.md');
	});

	it('takes a folder of guides, or a folder anywhere in content/docs/, or the blog', () => {
		expect(destination('handbook').pagePath('a', 'en', 'md')).toBe('content/docs/guides/handbook/a.md');
		expect(destination('content/docs/manual/').pagePath('a', 'es', 'md')).toBe('content/docs/es/manual/a.md');
		expect(destination('guías').label).toBe('content/docs/guides');
		const blog = destination('blog');
		expect(blog.kind).toBe('post');
		expect(blog.pagePath('first-assembly', 'es', 'md')).toBe('content/posts/es/first-assembly.md');
		expect(blog.address('first-assembly', 'es')).toBe('/es/blog/first-assembly/');
	});

	it('refuses collections whose entries need fields no page has, and folders that leave content/docs/', () => {
		expect(chooseDestination('learnings', config)).toEqual({ refused: 'collection', collection: 'learnings' });
		expect(chooseDestination('../elsewhere', config)).toMatchObject({ refused: 'folder' });
		expect(chooseDestination('projects/x', config)).toMatchObject({ refused: 'folder' });
	});

	it('names a guide as a guide may be named, a post as an id, and never repeats the destination folder', () => {
		const guides = { kind: 'guide', label: 'content/docs/guides' } as Pick<Destination, 'kind' | 'label'>;
		expect(destinationKey('_docs/Getting Started', guides)).toBe('docs/Getting Started');
		expect(destinationKey('guides/start', guides)).toBe('start');
		expect(destinationKey('.hidden/x', guides)).toBe('hidden/x');
		const posts = { kind: 'post', label: 'content/posts' } as Pick<Destination, 'kind' | 'label'>;
		expect(destinationKey('posts/Qué aprendimos/index', posts)).toBe('que-aprendimos');
	});

	it('writes links relative to the page, so they work under any base path', () => {
		expect(relativeAddress('/guides/', '/guides/getting-started/')).toBe('getting-started/');
		expect(relativeAddress('/guides/getting-started/', '/guides/field/interviews/')).toBe('../field/interviews/');
		expect(relativeAddress('/es/guides/a/', '/guides/files/x.pdf')).toBe('../../../guides/files/x.pdf');
		expect(relativeAddress('/guides/a/', '/guides/a/')).toBe('./');
	});
});
