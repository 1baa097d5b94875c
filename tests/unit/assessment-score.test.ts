import { describe, expect, it } from 'vitest';
import { bandFor, bandProblems, scoreAssessment, scoreRange, type ScoringModel } from '../../src/schemas/assessment-score';

const band = (from: number, to: number) => ({ from, to, title: `${from}-${to}` });

/** Two dimensions: "goals" (two questions, 0–4) and "time" (one question, 0–3); overall 0–7. */
const model: ScoringModel<ReturnType<typeof band>> = {
	dimensions: [
		{ id: 'goals', bands: [band(0, 1), band(2, 3), band(4, 4)] },
		{ id: 'time', bands: [band(0, 1), band(2, 3)] },
	],
	questions: [
		{ id: 'named', dimension: 'goals', scores: [2, 1, 0] },
		{ id: 'asked', dimension: 'goals', scores: [0, 2] },
		{ id: 'hours', dimension: 'time', scores: [3, 2, 1, 0] },
	],
	overall: [band(0, 3), band(4, 7)],
};

describe('scoring a self-assessment', () => {
	it('adds the chosen options per dimension and overall, and picks the band each score falls in', () => {
		const result = scoreAssessment(model, { named: 0, asked: 1, hours: 2 });

		expect(result.dimensions.map((d) => [d.id, d.score, d.band?.title])).toEqual([
			['goals', 4, '4-4'],
			['time', 1, '0-1'],
		]);
		expect(result.overall).toMatchObject({ score: 5, complete: true, band: { title: '4-7' }, range: { min: 0, max: 7 } });
		expect([result.answered, result.total]).toEqual([3, 3]);
	});

	it('gives a band only to parts whose every question is answered, and names the questions left', () => {
		const result = scoreAssessment(model, { hours: 0 });

		expect(result.dimensions[0]).toMatchObject({ complete: false, band: undefined, answered: 0, total: 2, unanswered: ['named', 'asked'] });
		expect(result.dimensions[1]).toMatchObject({ complete: true, score: 3, band: { title: '2-3' } });
		expect(result.overall).toMatchObject({ complete: false, band: undefined, unanswered: ['named', 'asked'] });
		expect(result.answered).toBe(1);
	});

	it('ignores answers to questions or options that do not exist (an old answer after the assessment changed)', () => {
		const result = scoreAssessment(model, { named: 7, asked: -1, hours: 1.5, gone: 0 } as Record<string, number>);

		expect(result.answered).toBe(0);
		expect(result.dimensions.every((d) => !d.complete)).toBe(true);
	});

	it('gives no overall result when the assessment has no overall bands', () => {
		expect(scoreAssessment({ ...model, overall: [] }, { named: 0, asked: 0, hours: 0 }).overall).toBeUndefined();
	});

	it('knows the lowest and highest score a set of questions can reach', () => {
		expect(scoreRange(model.questions)).toEqual({ min: 0, max: 7 });
		expect(scoreRange([{ scores: [1, 3] }, { scores: [2, 5, 4] }])).toEqual({ min: 3, max: 8 });
	});

	it('finds the band of a score, including both ends of a band', () => {
		const bands = [band(0, 2), band(3, 5)];

		expect([0, 2, 3, 5].map((s) => bandFor(bands, s)?.title)).toEqual(['0-2', '0-2', '3-5', '3-5']);
		expect(bandFor(bands, 6)).toBeUndefined();
	});
});

describe('checking that result bands cover every possible score', () => {
	const range = { min: 0, max: 6 };

	it('accepts bands that follow each other without gap or overlap, in any order', () => {
		expect(bandProblems([band(3, 4), band(0, 2), band(5, 6)], range)).toEqual([]);
		expect(bandProblems([band(0, 6)], range)).toEqual([]);
	});

	it('names the scores no band covers: in the middle, at the start and at the end', () => {
		expect(bandProblems([band(0, 2), band(4, 6)], range)).toEqual([{ kind: 'gap', from: 3, to: 3 }]);
		expect(bandProblems([band(1, 6)], range)).toEqual([{ kind: 'gap', from: 0, to: 0 }]);
		expect(bandProblems([band(0, 2), band(3, 4)], range)).toEqual([{ kind: 'gap', from: 5, to: 6 }]);
	});

	it('names the scores two bands both claim', () => {
		expect(bandProblems([band(0, 3), band(3, 6)], range)).toEqual([{ kind: 'overlap', from: 3, to: 3, band: 1, other: 0 }]);
	});

	it('refuses a band that reaches scores nobody can get, or ends before it starts', () => {
		expect(bandProblems([band(0, 2), band(3, 8)], range)).toEqual([{ kind: 'outside', from: 3, to: 8, band: 1 }]);
		expect(bandProblems([band(0, 2), band(6, 3)], range)).toEqual([{ kind: 'reversed', from: 6, to: 3, band: 1 }]);
	});
});
