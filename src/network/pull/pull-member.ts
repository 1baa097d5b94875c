import { rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import type { SiteConfig } from '../../config/site-config';
import type { WriterLanguage } from '../../errors/writer-language';
import { exportFile, type Manifest, manifestFile, type memberLimits } from '../format';
import { folderSource } from './folder-source';
import type { MemberSource } from './member-source';
import { bundleFolder, memberFolder, type PullRecord, readPullRecord, removeCopy, startCopy, swapIn, writeInto, writePullRecord } from './mirror';
import { PullProblem, problemWords, refused, unreachable } from './pull-problem';
import { readListed } from './read-listed';
import { parseJson } from './schema-refusal';
import { urlSource } from './url-source';
import { verifyExport } from './verify-export';
import { verifyManifest, type Withdrawal, withdrawal } from './verify-manifest';
import { zipSource } from './zip-source';

/**
 * One member's pull: its manifest, then every file it lists, each verified before the next is
 * asked for, into a new copy that replaces the last good one only when all of it verified.
 * Whatever goes wrong, the member's last good copy stays as it was, and its pull.json says when
 * the attempt ran, whether the member answered and why it failed.
 */

type Text = Record<WriterLanguage, string>;
export type NetworkMember = SiteConfig['network']['members'][number];
export type MemberLimits = { -readonly [K in keyof typeof memberLimits]: number };

/** Why the hub indexes a member's copy itself rather than merging the member's own search bundle. */
export type HubIndexed = { why: 'offline' } | { why: 'no-bundle' } | { why: 'pagefind'; member: string; hub: string };

export type MemberOutcome = { member: string; source: string } & (
	| { status: 'pulled'; entries: Record<string, number>; bytes: number; seconds: number; search: 'merged' | HubIndexed }
	| { status: 'kept'; message: Text; hint: Text; lastPulled: string | undefined }
	| { status: 'removed'; reason: Withdrawal | 'not-a-member'; hadCopy: boolean }
);

export interface PullContext {
	/** The hub's root, for members' `path`s. */
	root: string;
	mirror: string;
	limits: MemberLimits;
	/** The Pagefind version of the hub: a member's bundle of the same version is merged. */
	hubPagefind: string;
	now: () => Date;
}

/** Search bundle files fetched at the same time, for one member. */
const bundleConcurrency = 8;

export async function pullMember(member: NetworkMember, context: PullContext): Promise<MemberOutcome> {
	const source = member.url ?? member.path!;
	const started = performance.now();
	const checked = context.now().toISOString();
	let answered = false;
	let copy: string | undefined;
	try {
		const files = await openSource(member, context);
		const manifestName = files.describe(manifestFile);
		const manifestBytes = await files.read(manifestFile, { bytes: context.limits.manifestBytes, listed: false });
		answered = true;
		const raw = parseJson(manifestBytes, manifestName);
		const withdrawn = withdrawal(raw);
		if (withdrawn) return { member: member.id, source, status: 'removed', reason: withdrawn, hadCopy: await removeCopy(context.mirror, member.id) };
		const manifest = verifyManifest(raw, manifestName, context.limits);
		const search = searchOf(files, manifest, context.hubPagefind);

		copy = await startCopy(context.mirror, member.id);
		const into = copy;
		await writeInto(into, manifestFile, manifestBytes, manifestName);
		let bytes = manifestBytes.length;
		const entries: Record<string, number> = {};
		const exports = manifest.exports.filter((listed) => listed.bytes <= context.limits.exportBytes);
		await files.prepare?.(exports.map((listed) => ({ path: listed.path, limit: { bytes: listed.bytes, listed: true } })));
		for (const listed of manifest.exports) {
			const name = files.describe(listed.path);
			const data = await readListed(files, listed, context.limits.exportBytes);
			entries[listed.language] = verifyExport(data, name, listed.language);
			await writeInto(into, exportFile(listed.language), data, name);
			bytes += data.length;
		}
		if (search === 'merged') bytes += await copyBundles(files, manifest, into, context.limits);

		const record: PullRecord = { member: member.id, source, pulled: checked, checked, answered: true, search: search === 'merged' ? 'merged' : 'hub-indexed' };
		await writePullRecord(into, record);
		await swapIn(context.mirror, member.id, into);
		copy = undefined;
		return { member: member.id, source, status: 'pulled', entries, bytes, seconds: (performance.now() - started) / 1000, search };
	} catch (error) {
		if (!(error instanceof PullProblem)) throw error;
		const folder = memberFolder(context.mirror, member.id);
		const last = await readPullRecord(folder);
		const words = problemWords(member.id, error, last !== undefined);
		// The last good copy stays; only its record of the last attempt changes.
		if (last) await writePullRecord(folder, { ...last, checked, answered, problem: words.message });
		return { member: member.id, source, status: 'kept', ...words, lastPulled: last?.pulled };
	} finally {
		if (copy) await rm(copy, { recursive: true, force: true });
	}
}

/** Where the member's files come from: its site, or a folder or zip on this computer. */
async function openSource(member: NetworkMember, context: PullContext): Promise<MemberSource> {
	if (member.url) return urlSource(member.url, context.limits.timeoutSeconds);
	const path = member.path!;
	const location = resolve(context.root, path);
	const stats = await stat(location).catch(() => undefined);
	if (!stats) throw unreachable(path, { reason: 'missing' });
	if (stats.isDirectory()) return folderSource(location, path);
	if (stats.isFile() && /\.zip$/i.test(location)) return zipSource(location, path, context.limits);
	throw refused(path, { problem: 'not-a-memory' });
}

/**
 * The member's own search bundle is merged when it has one made by the hub's Pagefind version;
 * otherwise the hub indexes the copy itself: an offline archive has no bundle (it has its own
 * search), and Pagefind reads no other version's bundles.
 */
function searchOf(files: MemberSource, manifest: Manifest, hubPagefind: string): 'merged' | HubIndexed {
	if (files.kind === 'zip') return { why: 'offline' };
	if (manifest.search.length === 0) return { why: 'no-bundle' };
	if (manifest.generator.pagefind !== hubPagefind) return { why: 'pagefind', member: manifest.generator.pagefind, hub: hubPagefind };
	return 'merged';
}

/** Every file of the member's search bundles, verified, into the copy's pagefind/ and pagefind-retired/. Resolves with their bytes. */
async function copyBundles(files: MemberSource, manifest: Manifest, copy: string, limits: MemberLimits): Promise<number> {
	const limit = pLimit(bundleConcurrency);
	let bytes = 0;
	// The first refusal decides: the files still waiting are not asked for.
	let refusedOne = false;
	const jobs = manifest.search.flatMap((bundle) =>
		bundle.files.map((file) =>
			limit(async () => {
				if (refusedOne) return;
				try {
					const path = `${bundle.path.replace(/\/?$/, '/')}${file.path}`;
					const data = await readListed(files, { ...file, path }, limits.exportBytes);
					await writeInto(copy, `${bundleFolder[bundle.kind]}/${file.path}`, data, files.describe(path));
					bytes += data.length;
				} catch (error) {
					refusedOne = true;
					throw error;
				}
			})
		)
	);
	// Every job settles before the copy is swapped in or removed: none writes into it afterwards.
	const failed = (await Promise.allSettled(jobs)).find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
	return bytes;
}
