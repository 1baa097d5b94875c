import { describe, expect, it } from 'vitest';
import { buildContentGraph, ContentGraphError, type RawCollections } from '../../src/model/content-graph';
import { createLocales } from '../../src/site/locales';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { postSchema } from '../../src/schemas/post';
import { projectSchema } from '../../src/schemas/project';

const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const schemas = {
	projects: projectSchema(),
	learnings: learningSchema(),
	calls: callSchema(),
	posts: postSchema(),
	organisations: organisationSchema(),
};
type Section = keyof typeof schemas;
const vocabulary = ['open-data', 'community-engagement'].map((id) => ({ id, filePath: 'content/themes.yaml', data: { label: { en: id } } }));

/** Collections from [section, path, frontmatter] rows, parsed by the real schemas. */
function memory(rows: [Section, string, Record<string, unknown>][]): RawCollections {
	const raw = {
		projects: [],
		learnings: [],
		outcomes: [],
		calls: [],
		posts: [],
		organisations: [],
		assessments: [],
		themes: vocabulary,
	} as unknown as RawCollections;
	for (const [section, path, data] of rows) {
		const id = path.replace(/\.(md|yaml)$/, '');
		(raw[section] as unknown[]).push({ id, filePath: `content/${section}/${path}`, data: schemas[section].parse(data) });
	}
	return raw;
}

const project = (title: string, start: string, countries = ['MX']) => ({
	title,
	status: 'active',
	start,
	organisations: ['ilsb'],
	countries,
	themes: ['open-data'],
});
const learning = (project: string, date: string) => ({ title: `L ${date}`, date, project, phase: 'design', kind: 'worked', lesson: 'x' });
const base: [Section, string, Record<string, unknown>][] = [
	['organisations', 'ilsb.yaml', { name: 'ILSB' }],
	['projects', 'lenses.md', project('Lenses', '2019-03-01')],
	['projects', 'es/lenses.md', project('Lentes', '2019-03-01')],
	['projects', 'spending.md', project('Spending', '2021-01-01', ['CO'])],
	['learnings', 'older.md', learning('lenses', '2019-05-01')],
	['learnings', 'newer.md', learning('lenses', '2020-05-01')],
	['calls', 'call-1.md', { title: 'Call', date: '2020-06-01', projects: ['lenses'], learnings: ['newer'] }],
	['posts', 'part-2.md', { title: 'Two', date: '2020-03-01', series: { id: 's', part: 2 }, projects: ['lenses'] }],
	['posts', 'part-1.md', { title: 'One', date: '2020-04-01', series: { id: 's', part: 1 }, projects: ['lenses'] }],
];

describe('content graph', () => {
	it("lists a project's learnings newest first", () => {
		const graph = buildContentGraph(memory(base), locales);

		expect(graph.relations.learningsByProject.get('lenses')).toEqual(['newer', 'older']);
	});

	it('links calls to the projects and learnings they discussed, both ways', () => {
		const graph = buildContentGraph(memory(base), locales);

		expect(graph.relations.callsByProject.get('lenses')).toEqual(['call-1']);
		expect(graph.relations.callsByLearning.get('newer')).toEqual(['call-1']);
		expect(graph.relations.callsByLearning.get('older')).toBeUndefined();
	});

	it('orders the parts of a series by part number, not by date', () => {
		const graph = buildContentGraph(memory(base), locales);

		expect(graph.relations.postsBySeries.get('s')).toEqual(['part-1', 'part-2']);
	});

	it('lists the projects an organisation took part in', () => {
		const graph = buildContentGraph(memory(base), locales);

		expect(graph.relations.projectsByOrganisation.get('ilsb')).toEqual(['spending', 'lenses']);
	});

	it('joins a translation to its original by path and falls back where none exists', () => {
		const graph = buildContentGraph(memory(base), locales);
		const lenses = graph.get('projects', 'lenses')!;
		const spending = graph.get('projects', 'spending')!;

		expect(graph.fileFor(lenses, 'es')).toMatchObject({ isFallback: false, file: { language: 'es', data: { title: 'Lentes' } } });
		expect(graph.fileFor(spending, 'es')).toMatchObject({ isFallback: true, file: { language: 'en', data: { title: 'Spending' } } });
	});

	it('refuses a learning that names a missing project, naming file, field and id, and suggesting the closest', () => {
		const rows = [...base, ['learnings', 'es/newer.md', learning('lense', '2020-05-01')] as [Section, string, Record<string, unknown>]];

		expect(() => buildContentGraph(memory(rows), locales)).toThrow(ContentGraphError);
		try {
			buildContentGraph(memory(rows), locales);
		} catch (error) {
			const message = (error as Error).message;
			expect(message).toContain('content/learnings/es/newer.md → project');
			expect(message).toContain('"lense"');
			expect(message).toContain('Did you mean "lenses"?');
		}
	});

	it('reports every broken reference at once', () => {
		const rows = [...base, ['calls', 'call-2.md', { title: 'C', date: '2021-01-01', projects: ['nope'], learnings: ['missing'] }]] as [
			Section,
			string,
			Record<string, unknown>,
		][];

		expect(() => buildContentGraph(memory(rows), locales)).toThrow(/call-2\.md → projects[\s\S]*call-2\.md → learnings/);
	});

	it('refuses a translation whose original has no file, saying where the original belongs', () => {
		const rows = [...base, ['learnings', 'orphan.md', { ...learning('lenses', '2020-05-01'), translatedFrom: 'es' }]] as [
			Section,
			string,
			Record<string, unknown>,
		][];

		expect(() => buildContentGraph(memory(rows), locales)).toThrow(
			/content\/learnings\/orphan\.md → translatedFrom.*"es"[\s\S]*Create content\/learnings\/es\/orphan\.md/
		);
	});

	it('refuses two posts claiming the same part of a series', () => {
		const rows = [...base, ['posts', 'again.md', { title: 'Again', date: '2020-05-01', series: { id: 's', part: 1 } }]] as [
			Section,
			string,
			Record<string, unknown>,
		][];

		expect(() => buildContentGraph(memory(rows), locales)).toThrow(/Part 1 of series "s"/);
	});
});

describe('themes and countries', () => {
	it('lists the entries of a theme per section, newest first', () => {
		const rows = [...base, ['learnings', 'themed.md', { ...learning('spending', '2022-01-01'), themes: ['open-data'] }]] as [
			Section,
			string,
			Record<string, unknown>,
		][];
		const graph = buildContentGraph(memory(rows), locales);

		expect(graph.relations.byTheme.get('open-data')).toEqual({ projects: ['spending', 'lenses'], learnings: ['themed'], outcomes: [], calls: [], posts: [] });
	});

	it("gathers a country's projects and, through them, their learnings, calls and posts", () => {
		const graph = buildContentGraph(memory(base), locales);

		expect(graph.relations.byCountry.get('MX')).toEqual({
			projects: ['lenses'],
			learnings: ['newer', 'older'],
			outcomes: [],
			calls: ['call-1'],
			posts: ['part-1', 'part-2'],
		});
		expect(graph.relations.byCountry.get('CO')).toEqual({ projects: ['spending'], learnings: [], outcomes: [], calls: [], posts: [] });
	});

	it('refuses a theme outside the vocabulary and suggests the closest one', () => {
		const rows = [...base, ['learnings', 'typo.md', { ...learning('lenses', '2022-01-01'), themes: ['open-dta'] }]] as [
			Section,
			string,
			Record<string, unknown>,
		][];

		expect(() => buildContentGraph(memory(rows), locales)).toThrow(
			/content\/learnings\/typo\.md → themes: Theme "open-dta" is not in the vocabulary[\s\S]*Did you mean "open-data"\?/
		);
	});
});

describe('locales', () => {
	it('treats a Spanish default language as the root and English as the sub-folder', () => {
		const spanishFirst = createLocales({ languages: ['en', 'es'], defaultLanguage: 'es' });

		expect(spanishFirst.languages).toEqual(['es', 'en']);
		expect(spanishFirst.prefix('es')).toBe('');
		expect(spanishFirst.splitId('en/foo')).toEqual({ language: 'en', key: 'foo' });
		expect(spanishFirst.splitId('foo')).toEqual({ language: 'es', key: 'foo' });
	});

	it('names each language in that language', () => {
		expect(locales.label('es')).toBe('Español');
		expect(locales.label('en')).toBe('English');
	});
});
