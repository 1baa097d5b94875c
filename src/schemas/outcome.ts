import { z } from 'zod';
import { baseFields, calendarDate, entryIds } from './shared';
import { evidence, followUps } from './learning';
import { said } from './schema-language';

/**
 * An outcome, as outcome harvesting records it: an observed change in the behaviour,
 * relationships, actions or policies of someone outside the team, with the team's contribution
 * and who verified it. This is where impact beyond visit counts is written down.
 */
export function outcomeSchema() {
	return z.object({
		...baseFields,
		/** When the change was observed (or first noticed). */
		date: calendarDate,
		/** Who changed: a group, an institution or a role; never a private person's name without consent. */
		who: z.string().min(1, said({ en: 'Say who changed: a group, an institution or a role.', es: 'Di quién cambió: un grupo, una institución o un rol.' })),
		/** What changed, and when, in one or two sentences. */
		change: z.string().min(1, said({ en: 'Describe what changed, in one or two sentences.', es: 'Describe qué cambió, en una o dos oraciones.' })),
		/** Why the change matters, for whom. */
		significance: z.string().optional(),
		/** How the organisation's work contributed to it; contribution, not attribution. */
		contribution: z.string().optional(),
		/** Who confirmed the change independently (a partner, a participant group, a role), if anyone. */
		verifiedBy: z.string().optional(),
		/** When it was confirmed. */
		verifiedOn: calendarDate.optional(),
		/** What supports the outcome: data, testimony, documents, links. */
		evidence: z.array(evidence).default([]),
		/** Projects whose work contributed (ids in content/projects/). */
		projects: entryIds,
		/** Learnings that explain or are explained by it (ids in content/learnings/). */
		learnings: entryIds,
		/** Organisations involved in the change (ids in content/organisations/). */
		organisations: entryIds,
		/** Recommendations this outcome shows were acted on: "learning-id", or "learning-id#2" for its second one. */
		followsUp: followUps,
	});
}

export type OutcomeInput = z.input<ReturnType<typeof outcomeSchema>>;
export type Outcome = z.output<ReturnType<typeof outcomeSchema>>;
