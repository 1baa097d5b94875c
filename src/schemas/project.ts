import { z } from 'zod';
import { baseFields, calendarDate, countryCode, entryIds } from './shared';
import { said, saying } from './schema-language';

/** A tool or technology a project used; a bare name is accepted as shorthand. */
const tool = z
	.union([
		z.string().min(1),
		z.object({
			/** The tool's name, such as "KoboToolbox". */
			name: z.string().min(1),
			/** What the project used it for and why it was chosen. */
			purpose: z.string().optional(),
			/** Whether the tool is open source. */
			openSource: z.boolean().optional(),
		}),
	])
	.transform((t) => (typeof t === 'string' ? { name: t } : t));

/** The three questions the field asks of every use of technology (The Engine Room's learning framework). */
const learningQuestions = z.object({
	/** Why use technology here at all, rather than another approach? */
	why: z.string().optional(),
	/** How is it designed and implemented, and with whom? */
	how: z.string().optional(),
	/** Which tools, and why these ones? */
	which: z.string().optional(),
});

export const projectStatuses = ['planned', 'active', 'paused', 'completed', 'archived'] as const;
export const assumptionStatuses = ['untested', 'holding', 'challenged', 'dropped'] as const;

/** An assumption the project rests on, and what has tested it. */
const assumption = z
	.union([
		z.string().min(1),
		z.object({
			/** A short id shared by the same assumption in several projects, like "training-is-enough": the assumptions board counts it across projects. */
			id: z
				.string()
				.regex(
					/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
					said({
						en: 'Write the id in lower-case words joined by hyphens, like "training-is-enough".',
						es: 'Escribe el id en palabras en minúscula unidas por guiones, como "training-is-enough".',
					})
				)
				.optional(),
			/** The assumption, as a sentence that could turn out false. */
			statement: z.string().min(1),
			/** untested (default), holding, challenged or dropped. */
			status: z.enum(assumptionStatuses).default('untested'),
			/** The day the status was last set; the periodic review lists assumptions that changed in its period. */
			since: calendarDate.optional(),
			/** Learnings that are evidence for or against it (ids in content/learnings/). */
			learnings: entryIds,
			/** Community calls where it was discussed (ids in content/calls/). */
			calls: entryIds,
		}),
	])
	.transform((a) => (typeof a === 'string' ? { statement: a, status: 'untested' as const, learnings: [], calls: [] } : a));

/** A sign of impact chosen for this project's context: beyond visit counts. */
const impactCriterion = z.object({
	/** What change would show the project matters, in this context. */
	criterion: z.string().min(1),
	/** qualitative or quantitative. */
	kind: z.enum(['qualitative', 'quantitative']),
	/** How and by whom it is observed. */
	observedBy: z.string().optional(),
	/** The latest reading: what was observed, and when. */
	reading: z
		.object({
			/** What was observed, in words or figures. */
			value: z.string().min(1),
			/** When it was observed. */
			date: calendarDate,
		})
		.optional(),
});

/** An objective; a bare sentence is accepted. SMART fields make progress visible. */
const objective = z
	.union([
		z.string().min(1),
		z.object({
			/** The objective, specific and achievable. */
			objective: z.string().min(1),
			/** How progress is measured. */
			measure: z.string().optional(),
			/** The target value or state. */
			target: z.string().optional(),
			/** When it should be reached. */
			due: calendarDate.optional(),
			/** Progress so far, from 0 to 100 per cent. */
			progress: z.number().min(0).max(100).optional(),
		}),
	])
	.transform((o) => (typeof o === 'string' ? { objective: o } : o));

/** A project: the unit of work that learnings, calls and posts attach to. */
export function projectSchema() {
	return z
		.object({
			...baseFields,
			/** Where the project stands: planned, active, paused, completed or archived. */
			status: z.enum(projectStatuses),
			/** The day the project started. */
			start: calendarDate,
			/** The day it ended; leave out while it runs. */
			end: calendarDate.optional(),
			/** Countries it works in, as two-letter codes. */
			countries: z.array(countryCode).default([]),
			/** Organisations involved (ids in content/organisations/). */
			organisations: entryIds,
			/** Communities the project serves, in the language of the file. */
			communities: z.array(z.string()).default([]),
			/** What the project sets out to achieve: sentences, or SMART objectives with progress. */
			objectives: z.array(objective).default([]),
			/** Assumptions the project rests on, each with a status and its evidence. */
			assumptions: z.array(assumption).default([]),
			/** Signs of impact chosen for this context, each with how it is observed and its latest reading. */
			impact: z.array(impactCriterion).default([]),
			/** Tools and technologies used; a name, or name with purpose and openSource. */
			tools: z.array(tool).default([]),
			/** Answers to the why / how / which-tools questions. */
			questions: learningQuestions.default({}),
		})
		.superRefine((p, ctx) => {
			if (p.end && p.end < p.start) {
				ctx.addIssue({
					code: 'custom',
					path: ['end'],
					message: saying({ en: 'The end date is before the start date.', es: 'La fecha de fin es anterior a la de inicio.' }),
				});
			}
		});
}

export type ProjectInput = z.input<ReturnType<typeof projectSchema>>;
export type Project = z.output<ReturnType<typeof projectSchema>>;
