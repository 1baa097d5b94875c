import { z } from 'zod';

/**
 * `pull.json`, what `memoria network pull` writes beside each member's copy in the hub's mirror
 * (network/<member>/pull.json): where the copy came from, when the last good copy was made, when
 * the member was last tried and whether it answered, and whether the hub merges the member's own
 * search bundle or indexes its copies itself. The hub's pages read it as untrusted as the rest of
 * the mirror (src/network/mirror.ts).
 */
export const pullRecordFile = 'pull.json';

const isoDate = z.iso.datetime({ offset: true });

export const pullRecordSchema = z.object({
	/** The member's id, as in the hub's configuration: the folder it sits in. */
	member: z.string().min(1).max(100),
	/** The member's address or the folder or zip it was copied from. */
	source: z.string().min(1).max(2000),
	/** When the copy in the mirror was made: the last pull that succeeded. */
	pulled: isoDate,
	/** When the member was last tried, whether or not it answered. */
	checked: isoDate,
	/** Whether the member answered at that last try. */
	answered: z.boolean(),
	/**
	 * "merged": the member's own Pagefind bundle is in the mirror, made by the hub's Pagefind version,
	 * and the hub's search merges it. "hub-indexed": it has none (an offline archive) or another
	 * version's, so the hub indexes the copies' pages with its own.
	 */
	search: z.enum(['merged', 'hub-indexed']),
	/** What went wrong at the last try, when it failed, in English and Spanish. */
	problem: z.object({ en: z.string().max(2000), es: z.string().max(2000) }).optional(),
});
export type PullRecord = z.output<typeof pullRecordSchema>;
