import { z } from 'zod';
import { baseFields, calendarDate, entryId, entryIds } from './shared';
import { said } from './schema-language';

/**
 * A lesson learned, with the fields mature lessons-learned systems use (NASA LLIS: driving event,
 * lesson, recommendation, evidence) and the after-action review questions (USAID AAR).
 */

export const phases = ['design', 'build', 'launch', 'operate', 'close'] as const;
export const learningKinds = ['worked', 'did-not-work', 'mixed'] as const;
export const confidenceLevels = ['anecdotal', 'observed', 'verified'] as const;
export const evidenceKinds = ['data', 'testimony', 'document', 'link'] as const;

/** Something to do differently; a bare sentence is accepted and becomes an open recommendation. */
const recommendation = z
	.union([
		z.string().min(1),
		z.object({
			/** What should be done. */
			action: z.string().min(1),
			/** Who takes it forward: a role or team rather than a person's name. */
			owner: z.string().optional(),
			/** When it should be done by. */
			due: calendarDate.optional(),
			/** open (default), done or dropped. */
			state: z.enum(['open', 'done', 'dropped']).default('open'),
		}),
	])
	.transform((r) => (typeof r === 'string' ? { action: r, state: 'open' as const } : r));

export const evidence = z.object({
	/** data, testimony, document or link. */
	kind: z.enum(evidenceKinds),
	/** Where to find it: a URL, a document name or a short description of the source. */
	reference: z.string().min(1),
	/** What this evidence shows. */
	note: z.string().optional(),
});

/**
 * References to recommendations that were acted on: a learning's id when it has one
 * recommendation, or "id#n" for its n-th (counting from 1). Checked once all entries are loaded.
 */
export const followUps = z
	.array(
		z.string().regex(
			/^[a-z0-9]+(?:[-/][a-z0-9]+)*(#[1-9][0-9]*)?$/,
			said({
				en: 'Write a learning id, or the id and the recommendation number, like "ask-why-first#2".',
				es: 'Escribe el id de un aprendizaje, o el id y el número de la recomendación, como "ask-why-first#2".',
			})
		)
	)
	.default([]);

export function learningSchema() {
	return z.object({
		...baseFields,
		/** When the lesson was recorded. */
		date: calendarDate,
		/** The project it came from (id in content/projects/). */
		project: entryId,
		/** Other organisations involved in what happened (ids in content/organisations/). */
		organisations: entryIds,
		/** The project phase it happened in: design, build, launch, operate or close. */
		phase: z.enum(phases),
		/** worked, did-not-work or mixed. */
		kind: z.enum(learningKinds),
		/** What the team expected to happen. */
		expected: z.string().optional(),
		/** What actually happened: the driving event. */
		happened: z.string().optional(),
		/** Why it happened, as far as the team understands. */
		why: z.string().optional(),
		/** The lesson, in one or two sentences. */
		lesson: z.string().min(1, said({ en: 'State the lesson itself in one or two sentences.', es: 'Escribe la lección misma, en una o dos oraciones.' })),
		/** What to do differently, each with an optional owner, due date and state. */
		recommendations: z.array(recommendation).default([]),
		/** What supports the lesson. */
		evidence: z.array(evidence).default([]),
		/** How sure the team is: anecdotal, observed or verified. */
		confidence: z.enum(confidenceLevels).default('anecdotal'),
		/** draft (default) until someone has reviewed it, then reviewed. */
		status: z.enum(['draft', 'reviewed']).default('draft'),
		/** Earlier recommendations this learning shows were acted on: "learning-id" or "learning-id#2". */
		followsUp: followUps,
		/** Who wrote it up: names or roles, only with their consent. */
		authors: z.array(z.string()).default([]),
	});
}

export type LearningInput = z.input<ReturnType<typeof learningSchema>>;
export type Learning = z.output<ReturnType<typeof learningSchema>>;
