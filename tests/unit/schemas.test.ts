import { describe, expect, it } from 'vitest';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { postSchema } from '../../src/schemas/post';
import { projectSchema } from '../../src/schemas/project';

/** The paths and messages zod reports, as "field: message" lines. */
function problems(
	schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
	value: unknown
): string[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const validProject = {
	title: 'Learning Lenses',
	status: 'active',
	start: new Date('2019-03-01'),
	countries: ['mx', 'CO'],
	organisations: ['ilsb'],
	tools: ['KoboToolbox', { name: 'Signal', openSource: true }],
	questions: { why: 'Because.' },
};
const validLearning = {
	title: 'Listen first',
	date: '2019-09-12',
	project: 'learning-lenses',
	phase: 'design',
	kind: 'worked',
	lesson: 'Listening saves money.',
	recommendations: ['Hold listening sessions.', { action: 'Write a guide', owner: 'Programme team', due: '2020-01-31', state: 'done' }],
	evidence: [{ kind: 'testimony', reference: 'Workshop notes, September 2019' }],
};
const validCall = {
	title: 'Community call 1',
	date: new Date('2020-05-14'),
	participants: { people: 14, organisations: 9 },
	projects: 'learning-lenses',
	actions: ['Share the notes', { what: 'Draft the framework', owner: 'Colectivo Brújula', due: '2020-06-30', done: false }],
};
const validPost = {
	title: 'Asking why before how',
	date: '2020-02-10',
	series: { id: 'learning-lenses-series', part: 1, title: 'Learning Lenses' },
	cover: { src: 'cover.svg', alt: 'A compass on a map' },
	projects: ['learning-lenses'],
};

describe('project schema', () => {
	it('accepts a valid project and normalises shorthand', () => {
		const project = projectSchema().parse(validProject);

		expect(project.countries).toEqual(['MX', 'CO']);
		expect(project.tools).toEqual([{ name: 'KoboToolbox' }, { name: 'Signal', openSource: true }]);
		expect(project.visibility).toBeUndefined();
		expect(project.archived).toBe(false);
		expect(project.themes).toEqual([]);
	});

	it.each([
		['an unknown status', { status: 'finished' }, 'status'],
		['a missing title', { title: undefined }, 'title'],
		['an impossible start date', { start: '2024-13-45' }, 'start'],
		['an end before the start', { end: new Date('2018-01-01') }, 'end'],
		['a country name instead of a code', { countries: ['Mexico'] }, 'countries.0'],
		['a reference with spaces', { organisations: ['Simone de Beauvoir'] }, 'organisations'],
	])('rejects %s, naming the field', (_, change, field) => {
		const found = problems(projectSchema(), { ...validProject, ...change });

		expect(found.some((p) => p.startsWith(`${field}`))).toBe(true);
	});
});

describe('learning schema', () => {
	it('accepts a valid learning and turns a bare recommendation into an open one', () => {
		const learning = learningSchema().parse(validLearning);

		expect(learning.recommendations[0]).toEqual({ action: 'Hold listening sessions.', state: 'open' });
		expect(learning.recommendations[1]!.due).toEqual(new Date('2020-01-31'));
		expect(learning.confidence).toBe('anecdotal');
		expect(learning.status).toBe('draft');
	});

	it.each([
		['a missing project', { project: undefined }, 'project'],
		['an unknown phase', { phase: 'testing' }, 'phase'],
		['an unknown kind', { kind: 'success' }, 'kind'],
		['an empty lesson', { lesson: '' }, 'lesson'],
		['a recommendation with an unknown state', { recommendations: [{ action: 'x', state: 'later' }] }, 'recommendations.0'],
		['evidence of an unknown kind', { evidence: [{ kind: 'rumour', reference: 'x' }] }, 'evidence.0.kind'],
		['a date that does not exist', { date: '2023-02-30' }, 'date'],
		['an unknown confidence', { confidence: 'certain' }, 'confidence'],
	])('rejects %s, naming the field', (_, change, field) => {
		const found = problems(learningSchema(), { ...validLearning, ...change });

		expect(found.some((p) => p.startsWith(field))).toBe(true);
	});

	it('explains an impossible date in words a writer can act on', () => {
		const found = problems(learningSchema(), { ...validLearning, date: '2024-13-45' });

		expect(found).toContain('date: "2024-13-45" is not a real date. Write it as YYYY-MM-DD, for example 2024-03-15.');
	});
});

describe('call schema', () => {
	it('accepts a valid call and normalises references and actions', () => {
		const call = callSchema().parse(validCall);

		expect(call.projects).toEqual(['learning-lenses']);
		expect(call.actions[0]).toEqual({ what: 'Share the notes', done: false });
		expect(call.learnings).toEqual([]);
	});

	it.each([
		['a negative participant count', { participants: { people: -1 } }, 'participants.people'],
		['a fractional participant count', { participants: { people: 2.5 } }, 'participants.people'],
		['an action without what', { actions: [{ owner: 'x' }] }, 'actions.0'],
		['a missing date', { date: undefined }, 'date'],
	])('rejects %s, naming the field', (_, change, field) => {
		const found = problems(callSchema(), { ...validCall, ...change });

		expect(found.some((p) => p.startsWith(field))).toBe(true);
	});
});

describe('post schema', () => {
	it('accepts a valid post in a series', () => {
		const post = postSchema().parse(validPost);

		expect(post.series).toEqual({ id: 'learning-lenses-series', part: 1, title: 'Learning Lenses' });
	});

	it.each([
		['a cover without alt text', { cover: { src: 'cover.svg', alt: '' } }, 'cover.alt'],
		['a cover with no alt at all', { cover: { src: 'cover.svg' } }, 'cover.alt'],
		['a series part of zero', { series: { id: 'x', part: 0 } }, 'series.part'],
		['a missing date', { date: undefined }, 'date'],
	])('rejects %s, naming the field', (_, change, field) => {
		const found = problems(postSchema(), { ...validPost, ...change });

		expect(found.some((p) => p.startsWith(field))).toBe(true);
	});
});

describe('organisation schema', () => {
	it('accepts a valid organisation', () => {
		const org = organisationSchema().parse({ name: 'ILSB', country: 'mx', website: 'https://ilsb.org.mx' });

		expect(org.country).toBe('MX');
	});

	it.each([
		['a missing name', { name: undefined }, 'name'],
		['a website without https://', { name: 'x', website: 'ilsb.org.mx' }, 'website'],
		['a three-letter country', { name: 'x', country: 'MEX' }, 'country'],
	])('rejects %s, naming the field', (_, value, field) => {
		const found = problems(organisationSchema(), value);

		expect(found.some((p) => p.startsWith(field))).toBe(true);
	});
});
