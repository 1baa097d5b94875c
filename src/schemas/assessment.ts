import { z } from 'zod';
import { catalogue, type ErrorParams } from '../errors/catalogue';
import { bandProblems, scoreRange, type BandProblem } from './assessment-score';
import { closestId } from '../lib/closest-id';
import { baseFields } from './shared';
import { said, schemaLanguage } from './schema-language';

/** A writer-chosen id inside an assessment: lower-case words joined by hyphens, like "staff-time". */
const localId = z.string().regex(
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	said({
		en: 'Write the id in lower-case words joined by hyphens, like "staff-time".',
		es: 'Escribe el id en palabras en minúscula unidas por guiones, como "tiempo-del-equipo".',
	})
);

/** A range of scores and what it means for the team. */
const band = z.object({
	/** The lowest score of this band (whole number). */
	from: z.number().int(),
	/** The highest score of this band, included (whole number). */
	to: z.number().int(),
	/** A short verdict, like "Ready" or "Not yet". */
	title: z
		.string()
		.min(
			1,
			said({ en: 'Give the band a short verdict, like "Ready" or "Not yet".', es: 'Dale a la franja un veredicto breve, como "Listos" o "Todavía no".' })
		),
	/** What this result means for the team, in a sentence or two. */
	message: z.string().min(1, said({ en: 'Say what this result means, in a sentence or two.', es: 'Di qué significa este resultado, en una o dos oraciones.' })),
	/** What to do next, one step per item. Default: none. */
	next: z.array(z.string().min(1)).default([]),
});

/** One answer a reader can choose. */
const option = z.object({
	/** The answer, as the reader reads it. */
	label: z.string().min(1, said({ en: 'Every option needs a label.', es: 'Cada opción necesita su texto (label).' })),
	/** What choosing it adds to the score: a whole number, 0 or more. */
	score: z.number().int().nonnegative(),
});

/** One question, answered by choosing exactly one option. */
const question = z.object({
	/** The question's id, unique in this assessment and the same in every language, like "time-set-aside". */
	id: localId,
	/** The id of the dimension this question counts towards. */
	dimension: localId,
	/** The question, as the reader reads it. */
	text: z.string().min(1, said({ en: 'Write the question.', es: 'Escribe la pregunta.' })),
	/** A sentence that helps answer it: what to think about, an example. */
	help: z.string().optional(),
	/** The possible answers, at least two, each with its score. */
	options: z.array(option).min(2, said({ en: 'A question needs at least two options.', es: 'Una pregunta necesita al menos dos opciones.' })),
});

/** One aspect of readiness the questions are grouped by, with its own result. */
const dimension = z.object({
	/** The dimension's id, the same in every language, like "connectivity". */
	id: localId,
	/** Its name, as readers see it, like "Connection and equipment". */
	label: z.string().min(1, said({ en: 'Give the dimension a name.', es: 'Ponle un nombre a la dimensión.' })),
	/** A sentence about what this part asks and why it matters. */
	description: z.string().optional(),
	/** What each range of this dimension's score means: together they must cover every possible score. */
	bands: z.array(band).min(1, said({ en: 'A dimension needs at least one result band.', es: 'Una dimensión necesita al menos una franja de resultado.' })),
});

/**
 * A self-assessment: a short questionnaire a reader fills in in the browser, grouped in
 * dimensions, each with result bands; optionally an overall result. Answers stay on the
 * reader's device. The same ids, scores and bands in every language; only the words change.
 */
export function assessmentSchema() {
	return z
		.object({
			/** The assessment's title, in the language of the file, like "Is this the right tool for us, now?". */
			title: baseFields.title,
			/** One sentence that says what the assessment helps decide; shown in listings and search results. */
			description: z.string().min(
				1,
				said({
					en: 'Write one sentence that says what the assessment helps decide.',
					es: 'Escribe una oración que diga qué ayuda a decidir la autoevaluación.',
				})
			),
			/** A paragraph or two for the reader before the questions: who should answer, how long it takes. Blank lines separate paragraphs. */
			intro: z.string().min(
				1,
				said({
					en: 'Write a short introduction: who should answer and how long it takes.',
					es: 'Escribe una introducción breve: quiénes deberían responder y cuánto toma.',
				})
			),
			/** The aspects the questions are grouped by, in the order the page shows them. */
			dimensions: z
				.array(dimension)
				.min(1, said({ en: 'An assessment needs at least one dimension.', es: 'Una autoevaluación necesita al menos una dimensión.' })),
			/** The questions, each with its dimension and options; shown grouped by dimension, in this order. */
			questions: z.array(question).min(1, said({ en: 'An assessment needs at least one question.', es: 'Una autoevaluación necesita al menos una pregunta.' })),
			/** Result bands for the sum of every answer. Default: none, and no overall result is shown. */
			overall: z.array(band).default([]),
			/** "public" or "internal": internal entries are left out of the public build. Default: the site's `defaultVisibility`. */
			visibility: baseFields.visibility,
			/** true while the assessment is being written: `memoria dev` shows it with a "draft" banner, and no build publishes it. Default: false. */
			draft: baseFields.draft,
			/** When someone should check that this assessment is still accurate; the checks warn after it. */
			reviewBy: baseFields.reviewBy,
			/** Until when this assessment may be kept public (retention policy). */
			retainUntil: baseFields.retainUntil,
			/** An archived assessment stays reachable by its address, with a notice, but leaves the listing. */
			archived: baseFields.archived,
			/** Values the people concerned agreed to publish (a name, an address); the personal-data check lets exactly these through. */
			consent: baseFields.consent,
			/** The last part of this file's address, when it should differ from the file name. */
			slug: baseFields.slug,
			/** Earlier slugs of this file: their old addresses keep working and lead here. */
			aliases: baseFields.aliases,
			/** In a translation: the day a translator compared it with the original. */
			sourceChecked: baseFields.sourceChecked,
			/** In a translation whose original is not in the site's default language: the original's language code (for example "es"). */
			translatedFrom: baseFields.translatedFrom,
		})
		.superRefine((a, ctx) => {
			for (const problem of assessmentProblems(a)) {
				const spec = catalogue[problem.id] as unknown as { message: (p: unknown) => Record<'en' | 'es', string> };
				ctx.addIssue({
					code: 'custom',
					path: problem.path,
					message: spec.message(problem.params)[schemaLanguage()],
					// Kept for the content checks, which report the problem under its own id with its hint.
					params: { memoriaId: problem.id, memoriaParams: problem.params },
				});
			}
		});
}

export type AssessmentInput = z.input<ReturnType<typeof assessmentSchema>>;
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
export type AssessmentBand = z.output<typeof band>;

type StructureId = 'assessment-duplicate-id' | 'assessment-unknown-dimension' | 'assessment-empty-dimension' | 'assessment-bands';

/** A problem of an assessment's structure, with the catalogue id that explains it and the field it is in. */
export type AssessmentProblem = {
	[Id in StructureId]: { id: Id; params: ErrorParams<Id>; path: (string | number)[] };
}[StructureId];

/** The band problem as catalogue parameters: which part, what is wrong, and the possible range. */
function bandParams(problem: BandProblem, dimension: string | undefined, range: { min: number; max: number }): ErrorParams<'assessment-bands'> {
	return { ...(dimension ? { dimension } : {}), kind: problem.kind, from: problem.from, to: problem.to, min: range.min, max: range.max };
}

/**
 * What makes an assessment unusable although every field has the right type: two questions with
 * one id, a question in a dimension that does not exist, a dimension without questions, result
 * bands that leave a possible score without a message or give it two.
 */
export function assessmentProblems(a: Pick<Assessment, 'dimensions' | 'questions' | 'overall'>): AssessmentProblem[] {
	const problems: AssessmentProblem[] = [];
	const seen = (kind: 'dimension' | 'question', ids: string[], path: string) => {
		const first = new Set<string>();
		ids.forEach((id, i) => {
			if (first.has(id)) problems.push({ id: 'assessment-duplicate-id', params: { kind, id }, path: [path, i, 'id'] });
			first.add(id);
		});
		return first;
	};
	const dimensionIds = seen(
		'dimension',
		a.dimensions.map((d) => d.id),
		'dimensions'
	);
	seen(
		'question',
		a.questions.map((q) => q.id),
		'questions'
	);
	a.questions.forEach((q, i) => {
		if (dimensionIds.has(q.dimension)) return;
		problems.push({
			id: 'assessment-unknown-dimension',
			params: { dimension: q.dimension, suggestion: closestId(q.dimension, dimensionIds), known: [...dimensionIds].join(', ') },
			path: ['questions', i, 'dimension'],
		});
	});
	const scores = (qs: typeof a.questions) => qs.map((q) => ({ scores: q.options.map((o) => o.score) }));
	a.dimensions.forEach((d, i) => {
		const questions = a.questions.filter((q) => q.dimension === d.id);
		if (questions.length === 0) {
			problems.push({ id: 'assessment-empty-dimension', params: { dimension: d.id }, path: ['dimensions', i] });
			return;
		}
		// A question already refused for lacking options would only make every band look wrong too.
		if (questions.some((q) => q.options.length < 2)) return;
		const range = scoreRange(scores(questions));
		for (const problem of bandProblems(d.bands, range)) {
			problems.push({
				id: 'assessment-bands',
				params: bandParams(problem, d.id, range),
				path: ['dimensions', i, 'bands', ...('band' in problem ? [problem.band] : [])],
			});
		}
	});
	if (a.overall.length > 0 && a.questions.every((q) => q.options.length >= 2)) {
		const range = scoreRange(scores(a.questions));
		for (const problem of bandProblems(a.overall, range)) {
			problems.push({ id: 'assessment-bands', params: bandParams(problem, undefined, range), path: ['overall', ...('band' in problem ? [problem.band] : [])] });
		}
	}
	return problems;
}

/** One way a translation's structure differs from its original's. */
export interface StructureDifference {
	params: ErrorParams<'assessment-translation-mismatch'>;
	field: string;
}

const rangesOf = (bands: readonly { from: number; to: number }[]) => bands.map((b) => `${b.from}–${b.to}`).join(', ');

/**
 * How a translation differs from its original in what decides a result: dimension and question
 * ids and their order, each question's dimension and option scores, and the bands' ranges. A
 * translation changes words only, so that the same answers give the same result in every language.
 */
export function structureDifferences(
	original: Pick<Assessment, 'dimensions' | 'questions' | 'overall'>,
	translation: Pick<Assessment, 'dimensions' | 'questions' | 'overall'>,
	originalFile: string
): StructureDifference[] {
	const differences: StructureDifference[] = [];
	const differ = (what: ErrorParams<'assessment-translation-mismatch'>['what'], expected: string, found: string, field: string, id?: string) => {
		if (expected !== found) differences.push({ params: { what, ...(id ? { id } : {}), expected, found, original: originalFile }, field });
	};
	differ('dimensions', original.dimensions.map((d) => d.id).join(', '), translation.dimensions.map((d) => d.id).join(', '), 'dimensions');
	differ('questions', original.questions.map((q) => q.id).join(', '), translation.questions.map((q) => q.id).join(', '), 'questions');
	translation.questions.forEach((q, i) => {
		const source = original.questions.find((o) => o.id === q.id);
		if (!source) return;
		differ('question-dimension', source.dimension, q.dimension, `questions.${i}.dimension`, q.id);
		differ('option-scores', source.options.map((o) => o.score).join(', '), q.options.map((o) => o.score).join(', '), `questions.${i}.options`, q.id);
	});
	translation.dimensions.forEach((d, i) => {
		const source = original.dimensions.find((o) => o.id === d.id);
		if (source) differ('bands', rangesOf(source.bands), rangesOf(d.bands), `dimensions.${i}.bands`, d.id);
	});
	differ('overall', rangesOf(original.overall), rangesOf(translation.overall), 'overall');
	return differences;
}
