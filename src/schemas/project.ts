import { z } from 'zod';
import { baseFields, calendarDate, countryCode, entryIds } from './shared';

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
			/** What the project sets out to achieve. */
			objectives: z.array(z.string()).default([]),
			/** Tools and technologies used; a name, or name with purpose and openSource. */
			tools: z.array(tool).default([]),
			/** Answers to the why / how / which-tools questions. */
			questions: learningQuestions.default({}),
		})
		.superRefine((p, ctx) => {
			if (p.end && p.end < p.start) {
				ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end date is before the start date.' });
			}
		});
}

export type ProjectInput = z.input<ReturnType<typeof projectSchema>>;
export type Project = z.output<ReturnType<typeof projectSchema>>;
