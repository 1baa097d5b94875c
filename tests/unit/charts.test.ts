import { describe, expect, it } from 'vitest';
import { barChart, sequentialShade, type BarChartData } from '../../src/charts/bar-chart';
import { assumptionStatusByProject } from '../../src/charts/assumption-status';
import { niceTicks, truncate } from '../../src/charts/geometry';
import { learningsByThemeAndYear } from '../../src/charts/learnings-by-theme';
import { describeTimeline, timelineChart } from '../../src/charts/timeline-chart';
import { buildContentGraph, type RawCollections } from '../../src/model/content-graph';
import { createLocales } from '../../src/site/locales';
import type { TimelineEvent } from '../../src/model/timeline';
import { learningSchema } from '../../src/schemas/learning';
import { projectSchema } from '../../src/schemas/project';

const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const vocabulary = ['water', 'data', 'care', 'unused'];

/** A graph from projects (id → frontmatter) and learnings ([id, project, date, themes]). */
function graph(projects: Record<string, Record<string, unknown>>, learnings: [string, string, string, string[]][]) {
	const raw = {
		projects: Object.entries(projects).map(([id, data]) => ({
			id,
			filePath: `p/${id}.md`,
			data: projectSchema().parse({ title: id, status: 'active', start: '2015-01-01', organisations: [], ...data }),
		})),
		learnings: learnings.map(([id, project, date, themes]) => ({
			id,
			filePath: `l/${id}.md`,
			data: learningSchema().parse({ title: id, date, project, phase: 'build', kind: 'worked', lesson: 'x', themes }),
		})),
		outcomes: [],
		calls: [],
		posts: [],
		organisations: [],
		assessments: [],
		themes: vocabulary.map((id) => ({ id, filePath: 'themes.yaml', data: { label: { en: id } } })),
	} as unknown as RawCollections;
	return buildContentGraph(raw, locales);
}

const statuses: BarChartData = {
	categories: [
		{ id: 'river', label: 'River' },
		{ id: 'lenses', label: 'Learning lenses' },
	],
	series: [
		{ id: 'untested', label: 'Untested', tone: 'neutral' },
		{ id: 'holding', label: 'Holding', tone: 'positive' },
		{ id: 'dropped', label: 'Dropped', tone: 'negative' },
	],
	values: [
		[1, 2, 0],
		[0, 3, 4],
	],
};

describe('bar chart', () => {
	it('describes every category with its total and each non-zero value', () => {
		const chart = barChart(statuses, { language: 'en' })!;

		expect(chart.description).toBe('River: 3 (Untested: 1, Holding: 2); Learning lenses: 7 (Holding: 3, Dropped: 4).');
		for (const category of statuses.categories) expect(chart.description).toContain(category.label);
	});

	it('formats numbers in the reader’s language', () => {
		const chart = barChart({ categories: [{ id: 'a', label: 'A' }], series: [{ id: 's', label: 'S' }], values: [[12345]] }, { language: 'es' })!;

		expect(chart.description).toBe('A: 12.345.');
		expect(chart.rows[0]!.totalText).toBe('12.345');
	});

	it('draws nothing without data: no category, no series, or every value 0', () => {
		expect(barChart({ ...statuses, categories: [] }, { language: 'en' })).toBeUndefined();
		expect(barChart({ ...statuses, series: [] }, { language: 'en' })).toBeUndefined();
		expect(barChart({ ...statuses, values: [[0, 0, 0], []] }, { language: 'en' })).toBeUndefined();
	});

	it('stacks segments left to right, scaled so the longest bar fits the axis', () => {
		const chart = barChart(statuses, { language: 'en' })!;
		const lenses = chart.rows[1]!;

		expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
		expect(lenses.segments).toEqual([
			{ series: 1, value: 3, x: '0%', width: '37.5%' },
			{ series: 2, value: 4, x: '37.5%', width: '50%' },
		]);
		expect(chart.ticks.map((t) => t.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'end']);
	});

	it('gives kinds a colour by meaning and a pattern each, and ordered series shades of one colour', () => {
		const kinds = barChart(statuses, { language: 'en' })!;
		const years = barChart(statuses, { language: 'en', palette: 'sequential' })!;

		expect(kinds.series.map((s) => [s.fillClass, s.pattern])).toEqual([
			['memoria-chart-neutral', 'solid'],
			['memoria-chart-positive', 'stripes'],
			['memoria-chart-negative', 'dots'],
		]);
		expect(years.series.map((s) => s.fillClass)).toEqual(['memoria-chart-q1', 'memoria-chart-q4', 'memoria-chart-q6']);
		expect(new Set(kinds.series.map((s) => s.pattern)).size).toBe(3);
		expect([1, 2, 3, 4, 5, 6].map((n) => sequentialShade(n - 1, 6))).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('draws at most maxCategories bars but keeps every category in the description and the table', () => {
		const chart = barChart(statuses, { language: 'en', maxCategories: 1 })!;

		expect(chart.rows.map((r) => r.category.id)).toEqual(['river']);
		expect(chart.hidden).toBe(1);
		expect(chart.description).toContain('Learning lenses: 7');
		expect(chart.table.categories).toHaveLength(2);
		expect(chart.table.totals).toEqual([3, 7]);
	});

	it('cuts long labels in the drawing only', () => {
		const long = 'A very long project title that would run past the edge of a phone screen';
		const chart = barChart({ ...statuses, categories: [{ id: 'x', label: long }, statuses.categories[1]!] }, { language: 'en' })!;

		expect(chart.rows[0]!.label.length).toBeLessThanOrEqual(40);
		expect(chart.rows[0]!.label.endsWith('…')).toBe(true);
		expect(chart.description).toContain(long);
	});

	it('lays out rows downwards in em, so the text keeps the page’s size', () => {
		const chart = barChart(statuses, { language: 'en' })!;

		expect(chart.rows.map((r) => r.labelY)).toEqual(['1.25em', '3.95em']);
		expect(parseFloat(chart.tickLabelY)).toBeLessThan(parseFloat(chart.height));
		expect(parseFloat(chart.axisY)).toBeGreaterThan(parseFloat(chart.rows[1]!.barY));
	});
});

describe('chart geometry', () => {
	it('picks round axis steps', () => {
		expect(niceTicks(6)).toEqual([0, 2, 4, 6]);
		expect(niceTicks(1)).toEqual([0, 1]);
		expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
		expect(niceTicks(0)).toEqual([0]);
	});

	it('cuts text at a character limit', () => {
		expect(truncate('Datos abiertos', 40)).toBe('Datos abiertos');
		expect(truncate('Participación comunitaria', 10)).toBe('Participa…');
	});
});

const events = (rows: [string, TimelineEvent['kind'], string?][]): TimelineEvent[] =>
	rows.map(([date, kind, key]) => ({ date: new Date(`${date}T00:00:00Z`), kind, ...(key ? { key } : {}) }));

describe('timeline chart', () => {
	const completed = events([
		['2019-03-01', 'start'],
		['2019-04-15', 'posts', 'why'],
		['2019-08-07', 'learnings', 'ask'],
		['2019-10-03', 'calls', 'call-1'],
		['2020-02-18', 'learnings', 'records'],
		['2020-06-30', 'end'],
	]);

	it('has a lane per kind of record that exists, with a mark per record in date order', () => {
		const chart = timelineChart(completed)!;

		expect(chart.lanes.map((l) => l.kind)).toEqual(['learnings', 'calls', 'posts']);
		expect(chart.counts).toEqual({ learnings: 2, calls: 1, posts: 1 });
		const xs = chart.lanes[0]!.marks.map((m) => parseFloat(m.x));
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(timelineChart(completed.filter((e) => e.kind !== 'calls'))!.lanes.map((l) => l.kind)).toEqual(['learnings', 'posts']);
	});

	it('runs the project bar from start to end, inside the margins', () => {
		const chart = timelineChart(completed)!;

		expect(chart.span).toMatchObject({ x: '2%', width: '96%', ongoing: false });
		expect(chart.end).toEqual(new Date('2020-06-30T00:00:00Z'));
	});

	it('ends an ongoing project’s bar at its latest record, so every build draws the same', () => {
		const chart = timelineChart(completed.filter((e) => e.kind !== 'end'))!;

		expect(chart.span.ongoing).toBe(true);
		expect(chart.end).toBeUndefined();
		expect(chart.last).toEqual(new Date('2020-02-18T00:00:00Z'));
	});

	it('labels the years it spans and draws a line at each new year', () => {
		const chart = timelineChart(completed)!;

		expect(chart.years.map((y) => y.year)).toEqual([2019, 2020]);
		expect(chart.years.every((y) => y.labelX)).toBe(true);
		expect(chart.years.map((y) => y.lineX === undefined)).toEqual([true, false]);
	});

	it('labels every few years on a long project, so labels never crowd a phone screen', () => {
		const chart = timelineChart(
			events([
				['2000-01-01', 'start'],
				['2010-01-01', 'learnings', 'x'],
				['2024-12-31', 'end'],
			])
		)!;
		const labelled = chart.years.filter((y) => y.labelX).map((y) => y.year);

		expect(labelled.length).toBeLessThanOrEqual(11);
		expect(labelled.every((y) => y % 5 === 0)).toBe(true);
	});

	it('draws nothing with only a start', () => {
		expect(timelineChart(events([['2019-03-01', 'start']]))).toBeUndefined();
		expect(timelineChart([])).toBeUndefined();
	});

	it('describes every record by lane and date', () => {
		const chart = timelineChart(completed)!;
		const text = describeTimeline(chart, { date: (d) => d.toISOString().slice(0, 10), lane: (k) => k.toUpperCase() });

		expect(text).toBe('LEARNINGS: 2019-08-07, 2020-02-18. CALLS: 2019-10-03. POSTS: 2019-04-15.');
	});
});

describe('learnings per theme and year', () => {
	const memory = () =>
		graph({ river: {}, lake: {} }, [
			['a', 'river', '2019-03-01', ['water', 'data']],
			['b', 'river', '2019-06-01', ['water']],
			['c', 'lake', '2021-01-01', ['care', 'water']],
			['d', 'lake', '2021-05-01', ['data']],
		]);

	it('counts each learning under every theme it has, per year, years without gaps', () => {
		const data = learningsByThemeAndYear(memory());

		expect(data.years.map((y) => y.id)).toEqual(['2019', '2020', '2021']);
		expect(data.themes).toEqual([
			{ theme: 'water', counts: [2, 0, 1], total: 3 },
			{ theme: 'data', counts: [1, 0, 1], total: 2 },
			{ theme: 'care', counts: [0, 0, 1], total: 1 },
		]);
	});

	it('groups the earliest years into one column when there are too many', () => {
		const data = learningsByThemeAndYear(memory(), 2);

		expect(data.years).toEqual([
			{ id: '..2020', year: 2020, upTo: true },
			{ id: '2021', year: 2021 },
		]);
		expect(data.themes.find((t) => t.theme === 'water')!.counts).toEqual([2, 1]);
	});

	it('has nothing to show without learnings', () => {
		expect(learningsByThemeAndYear(graph({ river: {} }, []))).toEqual({ years: [], themes: [] });
	});

	it('computes once per graph', () => {
		const g = memory();

		expect(learningsByThemeAndYear(g)).toBe(learningsByThemeAndYear(g));
	});
});

describe('assumption status per project', () => {
	const memory = () =>
		graph(
			{
				river: {
					start: '2020-01-01',
					assumptions: ['Maps help', { statement: 'Data is on time', status: 'challenged' }, { statement: 'Phones', status: 'holding' }],
				},
				lake: {
					start: '2021-01-01',
					assumptions: [
						{ statement: 'x', status: 'dropped' },
						{ statement: 'y', status: 'dropped' },
					],
				},
				sea: { start: '2022-01-01' },
				old: { start: '2010-01-01', archived: true, assumptions: ['z'] },
			},
			[]
		);

	it('counts untested, holding, challenged and dropped per listed project, newest first, and in total', () => {
		const data = assumptionStatusByProject(memory());

		expect(data.projects).toEqual([
			{ project: 'lake', counts: [0, 0, 0, 2], total: 2 },
			{ project: 'river', counts: [1, 1, 1, 0], total: 3 },
		]);
		expect(data.totals).toEqual([1, 1, 1, 2]);
	});

	it('counts the projects it is given, archived ones included', () => {
		expect(assumptionStatusByProject(memory(), ['old']).projects).toEqual([{ project: 'old', counts: [1, 0, 0, 0], total: 1 }]);
	});
});
