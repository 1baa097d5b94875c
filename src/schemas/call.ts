import { z } from 'zod';
import { baseFields, calendarDate, entryIds } from './shared';

/** A follow-up agreed during a call; a bare sentence becomes an open action without owner. */
const actionItem = z
	.union([
		z.string().min(1),
		z.object({
			/** What will be done. */
			what: z.string().min(1),
			/** Who does it: an organisation or a role. */
			owner: z.string().optional(),
			/** By when. */
			due: calendarDate.optional(),
			/** Whether it is done. Default: false. */
			done: z.boolean().default(false),
		}),
	])
	.transform((a) => (typeof a === 'string' ? { what: a, done: false } : a));

/** Notes of a community call. Participants are counted, not named: names need consent. */
export function callSchema() {
	return z.object({
		...baseFields,
		/** The day of the call. */
		date: calendarDate,
		/** Who attended, as counts: people and organisations. */
		participants: z
			.object({
				/** How many people took part. */
				people: z.number().int().nonnegative(),
				/** How many organisations they came from. */
				organisations: z.number().int().nonnegative().optional(),
			})
			.optional(),
		/** Participating organisations that agreed to be named (ids in content/organisations/). */
		organisations: entryIds,
		/** Who facilitated: an organisation or a role. */
		facilitator: z.string().optional(),
		/** The agenda, one item per line. */
		agenda: z.array(z.string()).default([]),
		/** Projects discussed (ids in content/projects/). */
		projects: entryIds,
		/** Learnings discussed (ids in content/learnings/). */
		learnings: entryIds,
		/** What was decided. */
		decisions: z.array(z.string()).default([]),
		/** Follow-ups with owner, due date and whether they are done. */
		actions: z.array(actionItem).default([]),
	});
}

export type CallInput = z.input<ReturnType<typeof callSchema>>;
export type Call = z.output<ReturnType<typeof callSchema>>;
