import pLimit from 'p-limit';
import type { SiteConfig } from '../../config/site-config';
import { memoriaError } from '../../errors/memoria-error';
import type { WriterLanguage } from '../../errors/writer-language';
import { memberLimits } from '../format';
import { installedPagefindVersion } from '../pagefind-version';
import { isOursOrAbsent, memberFolder, mirrorFolder, readPullRecord, removeCopy, repairMirror, staleCopies } from './mirror';
import { type MemberLimits, type MemberOutcome, pullMember } from './pull-member';

/**
 * `memoria network pull`: every member of the hub's network (or one), a few at a time, into the
 * mirror; then the copies of members no longer in `network.members` go. What each member came to
 * is handed to `onOutcome` as soon as it is known, for a report that follows the pull.
 */

export interface PullOptions {
	/** The hub's root. */
	root: string;
	network: SiteConfig['network'];
	language: WriterLanguage;
	/** Pull only this member (and remove no other copy). */
	only?: string | undefined;
	/** The hub's limits; tests give smaller ones, a shorter time-out above all. */
	limits?: Partial<MemberLimits>;
	/** Members pulled at the same time. */
	concurrency?: number;
	/** The hub's Pagefind version (default: the one installed beside Memoria). */
	hubPagefind?: string;
	now?: () => Date;
	onOutcome?: (outcome: MemberOutcome) => void;
}

/** Members pulled at the same time: enough to wait on several slow servers at once, few enough for a small CI runner. */
const defaultConcurrency = 4;

export async function pullNetwork(options: PullOptions): Promise<{ mirror: string; outcomes: MemberOutcome[] }> {
	const mirror = mirrorFolder(options.root, options.network.mirror, options.language);
	const members = options.network.members.filter((member) => options.only === undefined || member.id === options.only);
	await repairMirror(mirror);
	// A folder of the mirror this command did not make is never replaced: stop before any member is pulled.
	for (const member of members) {
		const folder = memberFolder(mirror, member.id);
		if (!isOursOrAbsent(folder)) {
			throw memoriaError('unsafe-mirror-folder', { folder, reason: 'not-ours' }, { file: 'memoria.config.ts', field: 'network.mirror' }, options.language);
		}
	}
	const context = {
		root: options.root,
		mirror,
		limits: { ...memberLimits, ...options.limits },
		hubPagefind: options.hubPagefind ?? installedPagefindVersion(),
		now: options.now ?? (() => new Date()),
	};
	const limit = pLimit(options.concurrency ?? defaultConcurrency);
	const outcomes = await Promise.all(
		members.map((member) =>
			limit(async () => {
				const outcome = await pullMember(member, context);
				options.onOutcome?.(outcome);
				return outcome;
			})
		)
	);
	if (options.only === undefined) {
		for (const id of await staleCopies(
			mirror,
			options.network.members.map((member) => member.id)
		)) {
			const outcome: MemberOutcome = {
				member: id,
				source: (await readPullRecord(memberFolder(mirror, id)))?.source ?? id,
				status: 'removed',
				reason: 'not-a-member',
				hadCopy: await removeCopy(mirror, id),
			};
			options.onOutcome?.(outcome);
			outcomes.push(outcome);
		}
	}
	return { mirror, outcomes };
}
