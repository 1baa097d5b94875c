import { describe, expect, it } from 'vitest';
import { buildContentGraph, type RawCollections } from '../../src/model/content-graph';
import { createLocales } from '../../src/site/locales';
import { relatedLearnings } from '../../src/model/related';
import { searchRecord } from '../../src/search/search-record';
import { projectTimeline } from '../../src/model/timeline';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { postSchema } from '../../src/schemas/post';
import { projectSchema } from '../../src/schemas/project';

const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const themes = [
	['water', { en: 'Water', es: 'Agua' }],
	['data', { en: 'Open data', es: 'Datos abiertos' }],
	['care', { en: 'Care', es: 'Cuidados' }],
] as const;

function graph() {
	const learning = (title: string, date: string, t: string[], extra = {}) =>
		learningSchema().parse({ title, date, project: 'river', phase: 'build', kind: 'worked', lesson: 'x', themes: t, status: 'reviewed', ...extra });
	const raw: RawCollections = {
		projects: [
			{
				id: 'river',
				filePath: 'p/river.md',
				data: projectSchema().parse({
					title: 'River',
					status: 'completed',
					start: '2020-01-10',
					end: '2021-12-01',
					countries: ['CO', 'MX'],
					organisations: ['acme'],
					themes: ['water'],
				}),
			},
			{ id: 'es/river', filePath: 'p/es/river.md', data: projectSchema().parse({ title: 'Río', status: 'completed', start: '2020-01-10', countries: ['CO'] }) },
		],
		learnings: [
			{ id: 'a', filePath: 'l/a.md', data: learning('A', '2020-03-01', ['water', 'data']) },
			{ id: 'b', filePath: 'l/b.md', data: learning('B', '2020-06-01', ['water', 'data', 'care']) },
			{ id: 'c', filePath: 'l/c.md', data: learning('C', '2021-01-01', ['water']) },
			{ id: 'd', filePath: 'l/d.md', data: learning('D', '2021-02-01', ['care'], { status: 'draft' }) },
		],
		outcomes: [],
		calls: [{ id: 'call', filePath: 'c/call.md', data: callSchema().parse({ title: 'Call', date: '2020-05-01', projects: ['river'] }) }],
		posts: [{ id: 'post', filePath: 'b/post.md', data: postSchema().parse({ title: 'Post', date: '2020-02-01', projects: ['river'] }) }],
		organisations: [{ id: 'acme', filePath: 'o/acme.yaml', data: organisationSchema().parse({ name: 'Acme', country: 'CO' }) }],
		assessments: [],
		themes: themes.map(([id, label]) => ({ id, filePath: 'content/themes.yaml', data: { label: { ...label }, description: {} } })),
	};
	return buildContentGraph(raw, locales);
}
const typeLabel = (s: string) => `type:${s}`;

describe('search records', () => {
	it('sets every filter in the reader’s language', () => {
		const record = searchRecord(graph(), 'learnings', 'a', 'es', typeLabel);

		expect(record.filters).toEqual({
			type: ['type:learnings'],
			project: ['Río'],
			country: ['Colombia', 'México'],
			theme: ['Agua', 'Datos abiertos'],
			organisation: [],
			year: ['2020'],
		});
		expect(record.meta).toEqual({ type: 'type:learnings', date: '2020-03-01', untranslated: 'en' });
	});

	it('marks drafts as retired and current entries as not', () => {
		expect(searchRecord(graph(), 'learnings', 'd', 'en', typeLabel).retired).toBe(true);
		expect(searchRecord(graph(), 'learnings', 'a', 'en', typeLabel).retired).toBe(false);
	});

	it('files an organisation under its own country and name', () => {
		const record = searchRecord(graph(), 'organisations', 'acme', 'en', typeLabel);

		expect(record.filters.country).toEqual(['Colombia']);
		expect(record.filters.organisation).toEqual(['Acme']);
		expect(record.filters.project).toEqual([]);
	});
});

describe('project timeline', () => {
	it('puts start, learnings, calls, posts and end in date order', () => {
		const events = projectTimeline(graph(), 'river').map((e) => `${e.date.toISOString().slice(0, 10)} ${e.kind} ${e.key ?? ''}`.trim());

		expect(events).toEqual([
			'2020-01-10 start',
			'2020-02-01 posts post',
			'2020-03-01 learnings a',
			'2020-05-01 calls call',
			'2020-06-01 learnings b',
			'2021-01-01 learnings c',
			'2021-02-01 learnings d',
			'2021-12-01 end',
		]);
	});
});

describe('related learnings', () => {
	it('ranks by shared themes, then newest first, and leaves out the learning itself', () => {
		expect(relatedLearnings(graph(), 'a')).toEqual(['b', 'c']);
		expect(relatedLearnings(graph(), 'b')).toEqual(['a', 'd', 'c']);
	});

	it('finds none for a learning without themes in common', () => {
		expect(relatedLearnings(graph(), 'd')).toEqual(['b']);
	});
});
