import { describe, expect, it } from 'vitest';
import { buildContentGraph, type ContentGraphError, type RawCollections } from '../../src/model/content-graph';
import { openActions } from '../../src/model/learning/action-items';
import { assumptionRows, byStatus, recurringAssumptions } from '../../src/model/learning/assumptions';
import { buildDay } from '../../src/model/learning/build-day';
import { siteAddresses } from '../../src/checks/site-addresses';
import { groupByState, recommendationRows } from '../../src/model/learning/recommendations';
import { reviewIndex } from '../../src/model/learning/reviews';
import { synthesisThemes, themeSynthesis } from '../../src/model/learning/synthesis';
import { createLocales } from '../../src/site/locales';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { outcomeSchema } from '../../src/schemas/outcome';
import { postSchema } from '../../src/schemas/post';
import { projectSchema } from '../../src/schemas/project';

const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const schemas = {
	projects: projectSchema(),
	learnings: learningSchema(),
	outcomes: outcomeSchema(),
	calls: callSchema(),
	posts: postSchema(),
	organisations: organisationSchema(),
};
type Section = keyof typeof schemas;
const vocabulary = ['water', 'data'].map((id) => ({ id, filePath: 'content/themes.yaml', data: { label: { en: id, es: `${id}-es` } } }));
const today = new Date('2024-06-01T00:00:00Z');

function graphOf(rows: [Section, string, Record<string, unknown>][]) {
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
		(raw[section] as unknown[]).push({ id: path.replace(/\.md$/, ''), filePath: `content/${section}/${path}`, data: schemas[section].parse(data) });
	}
	return buildContentGraph(raw, locales);
}

const learning = (date: string, extra: Record<string, unknown> = {}) => ({
	title: `Learning of ${date}`,
	date,
	project: 'river',
	phase: 'build',
	kind: 'worked',
	lesson: `Lesson of ${date}`,
	status: 'reviewed',
	...extra,
});
const river = {
	title: 'River',
	status: 'completed',
	start: '2021-02-01',
	end: '2023-11-30',
	assumptions: [
		{ id: 'tool-first', statement: 'A tool reaches people', status: 'challenged', since: '2023-05-02' },
		{ statement: 'Funders read reports', status: 'holding' },
	],
};
const lake = {
	title: 'Lake',
	status: 'active',
	start: '2023-04-10',
	assumptions: [{ id: 'tool-first', statement: 'An app reaches people', status: 'holding' }],
};
const rows: [Section, string, Record<string, unknown>][] = [
	['projects', 'river.md', river],
	[
		'projects',
		'es/river.md',
		{ ...river, title: 'Río', assumptions: [{ ...river.assumptions[0], statement: 'Una herramienta llega a la gente' }, river.assumptions[1]] },
	],
	['projects', 'lake.md', lake],
	[
		'learnings',
		'first.md',
		learning('2022-03-01', {
			themes: ['water'],
			recommendations: [{ action: 'Ask first', owner: 'Team A', due: '2023-01-01', state: 'open' }, { action: 'Write it down', state: 'done' }, 'Share it'],
		}),
	],
	[
		'learnings',
		'es/first.md',
		learning('2022-03-01', { title: 'Primero', lesson: 'Lección', themes: ['water'], recommendations: ['Preguntar primero', 'Escribirlo', 'Compartirlo'] }),
	],
	[
		'learnings',
		'second.md',
		learning('2023-07-15', { themes: ['water', 'data'], recommendations: [{ action: 'Keep going', due: '2025-01-01' }], followsUp: ['first#2'] }),
	],
	[
		'outcomes',
		'changed.md',
		{
			title: 'Changed',
			date: '2023-09-01',
			who: 'A town office',
			change: 'It publishes data',
			projects: ['river'],
			themes: ['water'],
			followsUp: ['first#2', 'second'],
		},
	],
	[
		'calls',
		'call.md',
		{
			title: 'Call',
			date: '2023-08-01',
			participants: { people: 12 },
			actions: [
				{ what: 'Late thing', owner: 'Zoe team', due: '2024-01-15' },
				{ what: 'Later thing', owner: 'Ana team', due: '2024-12-01' },
				{ what: 'Done thing', owner: 'Ana team', done: true },
				'Nobody owns this',
				{ what: 'Earlier late thing', owner: 'Ana team', due: '2023-10-01' },
			],
		},
	],
];

describe('recommendation follow-up', () => {
	const graph = graphOf(rows);

	it('maps each recommendation to the later learnings and outcomes that acted on it, newest first', () => {
		expect(graph.relations.followUps.get('first#2')).toEqual([
			{ section: 'outcomes', key: 'changed' },
			{ section: 'learnings', key: 'second' },
		]);
		// A bare id names a learning's only recommendation.
		expect(graph.relations.followUps.get('second#1')).toEqual([{ section: 'outcomes', key: 'changed' }]);
	});

	it('lists every recommendation with its state and owner, open and overdue ones first, in the reader’s language', () => {
		const groups = groupByState(recommendationRows(graph, 'es', today));
		expect(groups.map((g) => g.state)).toEqual(['open', 'done']);
		const open = groups[0]!.rows;
		expect(open.map((r) => [r.id, r.overdue])).toEqual([
			['first#1', true],
			['second#1', false],
			['first#3', false],
		]);
		expect(open[0]).toMatchObject({ action: 'Preguntar primero', owner: 'Team A', language: 'es' });
		// The second learning has no Spanish file: its words stay in English, marked as such.
		expect(open[1]).toMatchObject({ action: 'Keep going', language: 'en' });
		expect(groups[1]!.rows[0]).toMatchObject({
			id: 'first#2',
			actedOn: [
				{ section: 'outcomes', key: 'changed' },
				{ section: 'learnings', key: 'second' },
			],
		});
	});

	it('refuses a follow-up that names no single recommendation, naming the file, the field and the fix', () => {
		const bad = [
			...rows,
			['learnings', 'third.md', learning('2024-01-01', { followsUp: ['first', 'ghost#1', 'first#9'] })] as [Section, string, Record<string, unknown>],
		];
		const problems = (() => {
			try {
				graphOf(bad);
				return [];
			} catch (error) {
				return (error as ContentGraphError).problems;
			}
		})();
		expect(problems.map((p) => [p.file, p.field, p.id])).toEqual([
			['content/learnings/third.md', 'followsUp.0', 'unclear-follow-up'],
			['content/learnings/third.md', 'followsUp.1', 'unknown-reference'],
			['content/learnings/third.md', 'followsUp.2', 'unclear-follow-up'],
		]);
		expect(problems[0]!.hint).toContain('"first#1" to "first#3"');
	});
});

describe('assumptions board', () => {
	const graph = graphOf(rows);

	it('groups every assumption by status, with the statement in the reader’s language', () => {
		const groups = byStatus(assumptionRows(graph, 'es'));
		expect(groups.map((g) => [g.status, g.rows.map((r) => r.statement)])).toEqual([
			['holding', ['An app reaches people', 'Funders read reports']],
			['challenged', ['Una herramienta llega a la gente']],
		]);
	});

	it('counts an assumption shared by several projects across them, the most challenged first', () => {
		const recurring = recurringAssumptions(assumptionRows(graph, 'en'));
		expect(recurring).toHaveLength(1);
		expect(recurring[0]).toMatchObject({ id: 'tool-first', counts: { challenged: 1, holding: 1, untested: 0, dropped: 0 } });
		expect(recurring[0]!.projects.map((p) => p.project).sort()).toEqual(['lake', 'river']);
	});
});

describe('open action items', () => {
	it('puts overdue items first, oldest due first, then groups the rest by owner, no owner last', () => {
		const actions = openActions(graphOf(rows), 'en', today);
		expect(actions.total).toBe(4);
		expect(actions.overdue.map((a) => a.what)).toEqual(['Earlier late thing', 'Late thing']);
		expect(actions.byOwner.map((g) => [g.owner, g.items.map((a) => a.what)])).toEqual([
			['Ana team', ['Later thing']],
			[undefined, ['Nobody owns this']],
		]);
	});
});

describe('synthesis per theme', () => {
	const graph = graphOf(rows);

	it('exists for themes that have learnings', () => {
		expect(synthesisThemes(graph)).toEqual(['water', 'data']);
	});

	it('gathers the theme’s lessons with project and year, its recommendations by state, and its outcomes', () => {
		const water = themeSynthesis(graph, 'water', 'en', today);
		expect(water.lessons.map((l) => [l.learning, l.project, l.year, l.lesson])).toEqual([
			['second', 'river', 2023, 'Lesson of 2023-07-15'],
			['first', 'river', 2022, 'Lesson of 2022-03-01'],
		]);
		expect(water.years).toEqual([2022, 2023]);
		expect(water.recommendations.map((g) => [g.state, g.rows.length])).toEqual([
			['open', 3],
			['done', 1],
		]);
		expect(water.outcomes).toEqual(['changed']);
		expect(themeSynthesis(graph, 'data', 'en', today).recommendations[0]!.rows.map((r) => r.id)).toEqual(['second#1']);
	});
});

describe('periodic reviews', () => {
	const index = reviewIndex(graphOf(rows));

	it('has a page per year and per quarter with content, newest first', () => {
		expect(index.periods.map((p) => p.id)).toEqual(['2023', '2023-q4', '2023-q3', '2023-q2', '2022', '2022-q1', '2021', '2021-q1']);
	});

	it('files what started, ended, was learned, observed, discussed and changed into its year and quarter', () => {
		expect(index.content.get('2023')).toEqual({
			projectsStarted: ['lake'],
			projectsEnded: ['river'],
			learnings: ['second'],
			outcomes: ['changed'],
			calls: ['call'],
			people: 12,
			assumptions: [{ project: 'river', index: 0, status: 'challenged', since: new Date('2023-05-02T00:00:00Z') }],
		});
		expect(index.content.get('2023-q2')!.assumptions).toHaveLength(1);
		expect(index.content.get('2023-q2')!.projectsStarted).toEqual(['lake']);
	});
});

describe('the build day', () => {
	it('is MEMORIA_TODAY when set, else today in UTC', () => {
		expect(buildDay({ MEMORIA_TODAY: '2024-02-29' }).toISOString()).toBe('2024-02-29T00:00:00.000Z');
		expect(buildDay({}).toISOString().slice(11)).toBe('00:00:00.000Z');
	});
});

describe('links to the framework pages', () => {
	it('are known to the link check, in every language, with every theme and period that has a page', () => {
		const addresses = siteAddresses(graphOf(rows), locales, [], 50);
		for (const address of [
			'/assumptions/',
			'/es/supuestos/',
			'/es/recomendaciones/',
			'/actions/',
			'/what-we-learned/water/',
			'/es/lo-que-aprendimos/data/',
			'/reviews/2023-q3/',
			'/es/balances/2021/',
		]) {
			expect(addresses, address).toContain(address);
		}
		expect(addresses).not.toContain('/reviews/2024/');
	});

	it('include a network hub’s pages only on a hub: its members and the views across them', () => {
		expect(siteAddresses(graphOf(rows), locales, [], 50)).not.toContain('/network/');
		const addresses = siteAddresses(graphOf(rows), locales, [], 50, ['colectivo-sur']);
		for (const address of [
			'/network/',
			'/es/red/',
			'/network/colectivo-sur/',
			'/es/red/colectivo-sur/',
			'/network/themes/',
			'/es/red/paises/',
			'/es/red/lo-que-aprendimos/',
		]) {
			expect(addresses, address).toContain(address);
		}
	});
});
