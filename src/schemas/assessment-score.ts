/**
 * The arithmetic of a self-assessment, with no DOM and no I/O, shared by the schema (which
 * checks that the result bands cover every possible score) and the script that runs in the
 * reader's browser (which adds up the answers and picks the bands).
 *
 * A dimension's score is the sum of the scores of the options chosen for its questions; the
 * overall score is the sum over every question. Scores are whole numbers, so a range of bands
 * covers the scores when, taken in order, each band starts one above where the previous ended.
 */

/** A score range and the message for it; `from` and `to` are both included. */
export interface ScoreBand {
	from: number;
	to: number;
}

export interface ScoringQuestion {
	id: string;
	dimension: string;
	/** The score of each option, in the order the options are shown. */
	scores: readonly number[];
}

export interface ScoringModel<B extends ScoreBand = ScoreBand> {
	dimensions: readonly { id: string; bands: readonly B[] }[];
	questions: readonly ScoringQuestion[];
	/** Bands of the sum over every question; empty when the assessment gives no overall result. */
	overall: readonly B[];
}

/** Question id → index of the chosen option. Questions not answered are absent. */
export type Answers = Record<string, number>;

export interface Range {
	min: number;
	max: number;
}

/** The lowest and highest total the given questions can add up to. */
export function scoreRange(questions: readonly Pick<ScoringQuestion, 'scores'>[]): Range {
	let min = 0;
	let max = 0;
	for (const q of questions) {
		if (q.scores.length === 0) continue;
		min += Math.min(...q.scores);
		max += Math.max(...q.scores);
	}
	return { min, max };
}

/** The band a score falls in, or undefined when none does. */
export function bandFor<B extends ScoreBand>(bands: readonly B[], score: number): B | undefined {
	return bands.find((b) => b.from <= score && score <= b.to);
}

export type BandProblem =
	/** No band gives a message for the scores from `from` to `to`. */
	| { kind: 'gap'; from: number; to: number }
	/** Two bands (by position in the list, from 0) both claim the scores from `from` to `to`. */
	| { kind: 'overlap'; from: number; to: number; band: number; other: number }
	/** A band reaches scores nobody can get. */
	| { kind: 'outside'; from: number; to: number; band: number }
	/** A band ends before it starts. */
	| { kind: 'reversed'; from: number; to: number; band: number };

/**
 * Whether the bands give exactly one message for every score in `range`: no gap, no overlap,
 * nothing outside the range. Bands may be written in any order.
 */
export function bandProblems(bands: readonly ScoreBand[], range: Range): BandProblem[] {
	const problems: BandProblem[] = [];
	const valid: { band: number; from: number; to: number }[] = [];
	bands.forEach((b, band) => {
		if (b.to < b.from) problems.push({ kind: 'reversed', from: b.from, to: b.to, band });
		else {
			if (b.from < range.min || b.to > range.max) problems.push({ kind: 'outside', from: b.from, to: b.to, band });
			valid.push({ band, from: b.from, to: b.to });
		}
	});
	if (bands.length > 0 && valid.length < bands.length) return problems;
	valid.sort((a, b) => a.from - b.from || a.to - b.to);
	// Walk the scores from the lowest possible one; `next` is the first score not covered yet.
	let next = range.min;
	let last: (typeof valid)[number] | undefined;
	for (const b of valid) {
		if (b.from > next && next <= range.max) problems.push({ kind: 'gap', from: next, to: Math.min(b.from - 1, range.max) });
		if (last && b.from <= last.to) problems.push({ kind: 'overlap', from: b.from, to: Math.min(b.to, last.to), band: b.band, other: last.band });
		if (!last || b.to > last.to) last = b;
		next = Math.max(next, b.to + 1);
	}
	if (next <= range.max) problems.push({ kind: 'gap', from: next, to: range.max });
	return problems;
}

export interface PartResult<B extends ScoreBand> {
	/** The dimension's id; absent for the overall result. */
	id?: string;
	/** Questions of this part, and how many of them have an answer. */
	total: number;
	answered: number;
	/** Ids of the questions still without an answer, in order. */
	unanswered: string[];
	/** Every question answered: `score` and `band` are known. */
	complete: boolean;
	score: number;
	range: Range;
	band: B | undefined;
}

export interface AssessmentResult<B extends ScoreBand> {
	dimensions: PartResult<B>[];
	/** Undefined when the assessment has no overall bands. */
	overall: PartResult<B> | undefined;
	answered: number;
	total: number;
}

/** Whether an answer names an existing option of the question. */
export function isValidAnswer(question: Pick<ScoringQuestion, 'scores'>, answer: unknown): answer is number {
	return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.scores.length;
}

function part<B extends ScoreBand>(questions: readonly ScoringQuestion[], answers: Answers, bands: readonly B[], id?: string): PartResult<B> {
	let score = 0;
	const unanswered: string[] = [];
	for (const q of questions) {
		const answer = answers[q.id];
		if (isValidAnswer(q, answer)) score += q.scores[answer]!;
		else unanswered.push(q.id);
	}
	const complete = unanswered.length === 0;
	return {
		...(id === undefined ? {} : { id }),
		total: questions.length,
		answered: questions.length - unanswered.length,
		unanswered,
		complete,
		score,
		range: scoreRange(questions),
		band: complete ? bandFor(bands, score) : undefined,
	};
}

/**
 * Scores the answers: one result per dimension, in the order of the dimensions, and the overall
 * result. A part's band is given only once every question of it is answered, so a reader never
 * sees a verdict built on half the questions. Answers to unknown questions or options are ignored.
 */
export function scoreAssessment<B extends ScoreBand>(model: ScoringModel<B>, answers: Answers): AssessmentResult<B> {
	const dimensions = model.dimensions.map((d) =>
		part(
			model.questions.filter((q) => q.dimension === d.id),
			answers,
			d.bands,
			d.id
		)
	);
	const all = part(model.questions, answers, model.overall);
	return {
		dimensions,
		overall: model.overall.length > 0 ? all : undefined,
		answered: all.answered,
		total: all.total,
	};
}
