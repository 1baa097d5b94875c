import { existsSync, realpathSync } from 'node:fs';
import { type PullRecord, pullRecordFile } from '../pull-record';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { siteLayout } from '../../config/site-layout';
import { memoriaError } from '../../errors/memoria-error';
import type { WriterLanguage } from '../../errors/writer-language';
import { replaceFile } from '../../lib/replace-file';
import { isInside } from './folder-source';
import { refused } from './pull-problem';

/**
 * The hub's mirror (`network.mirror`, default network/): one folder per member, each replaced
 * only whole. A member's new copy is written into a fresh folder beside its last good one
 * (`.pull-<id>-…`) and swapped in by two renames once every file verified; a swap stopped between
 * the two (the previous copy waiting as `.previous-<id>-…`) is put back at the next pull, so no
 * failed or interrupted pull loses the last good copy. pull.json in each copy says when it was
 * pulled and how the last attempt went, and marks the folder as one this command made: a folder
 * without it is never replaced or removed.
 */

// The record of a member's copy, `<mirror>/<member>/pull.json`: declared once, for the pull that
// writes it and the hub that reads it (src/network/pull-record.ts).
export type { PullRecord };
export { pullRecordFile };

/** Where each search bundle of a member goes in its copy, by kind. */
export const bundleFolder = { current: 'pagefind', retired: 'pagefind-retired' } as const;

const newCopyPrefix = (id: string) => `.pull-${id}-`;
const previousCopyPrefix = (id: string) => `.previous-${id}-`;
/** Member ids are lower-case words joined by hyphens (the config's schema): their working folders can be told apart. */
const workingFolder = /^\.(pull|previous)-([a-z0-9]+(?:-[a-z0-9]+)*)-[A-Za-z0-9]{6}$/;

const real = (path: string) => {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
};

/**
 * The mirror's folder, from the site's root: inside the site, and holding none of what the site
 * is made of (content/, public/, src/, node_modules/, the outputs), since the pull replaces and
 * removes folders in it.
 */
export function mirrorFolder(root: string, configured: string, language: WriterLanguage): string {
	const layout = siteLayout(root);
	const siteRoot = real(layout.root);
	// Its real place, links followed: a mirror that is a link to elsewhere is elsewhere.
	const target = resolve(siteRoot, configured);
	const folder = existsSync(target) ? real(target) : join(real(dirname(target)), target.split(sep).at(-1)!);
	const reason =
		folder === siteRoot
			? 'root'
			: !isInside(folder, siteRoot)
				? 'outside'
				: [
							layout.content,
							layout.public,
							join(layout.root, 'src'),
							join(layout.root, 'node_modules'),
							join(layout.root, '.git'),
							layout.output.public,
							layout.output.internal,
						]
							.map(real)
							.some((kept) => isInside(folder, kept) || isInside(kept, folder))
					? 'protected'
					: undefined;
	if (reason) throw memoriaError('unsafe-mirror-folder', { folder: configured, reason }, { file: 'memoria.config.ts', field: 'network.mirror' }, language);
	return folder;
}

/** A member's folder in the mirror. Ids are checked by the config's schema; the join is checked again. */
export function memberFolder(mirror: string, id: string): string {
	const folder = join(mirror, id);
	if (dirname(folder) !== mirror) throw new Error(`A member id that is not a folder name: ${id}`);
	return folder;
}

/** Whether `folder` is a copy this command made (it has a pull.json), or not there at all. */
export const isOursOrAbsent = (folder: string) => !existsSync(folder) || existsSync(join(folder, pullRecordFile));

export async function readPullRecord(folder: string): Promise<PullRecord | undefined> {
	try {
		return JSON.parse(await readFile(join(folder, pullRecordFile), 'utf8')) as PullRecord;
	} catch {
		return undefined;
	}
}

export async function writePullRecord(folder: string, record: PullRecord): Promise<void> {
	await replaceFile(join(folder, pullRecordFile), `${JSON.stringify(record, null, 2)}\n`);
}

/** A fresh folder beside the member's copy, for its new one. */
export async function startCopy(mirror: string, id: string): Promise<string> {
	await mkdir(mirror, { recursive: true });
	return mkdtemp(join(mirror, newCopyPrefix(id)));
}

/** Writes a file of a new copy at `path`, a path inside it (checked again here: nothing is written outside the copy). */
export async function writeInto(copy: string, path: string, data: Uint8Array, file: string): Promise<void> {
	const target = resolve(copy, ...path.split('/'));
	if (target === copy || !isInside(target, copy)) throw refused(file, { problem: 'path', path });
	try {
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, data, { flag: 'wx' });
	} catch (error) {
		// Listed twice, inside another listed file ("a" and "a/b"), or twice but for capitals on a disk that ignores them.
		if (['EEXIST', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw refused(file, { problem: 'duplicate-file', path });
		throw error;
	}
}

/** Puts a verified new copy in the place of the member's last one. */
export async function swapIn(mirror: string, id: string, copy: string): Promise<void> {
	const folder = memberFolder(mirror, id);
	if (!existsSync(folder)) return rename(copy, folder);
	const previous = await mkdtemp(join(mirror, previousCopyPrefix(id)));
	await rm(previous, { recursive: true });
	await rename(folder, previous);
	await rename(copy, folder);
	await rm(previous, { recursive: true, force: true });
}

/** Removes a member's copy (consent withdrawn, or no longer a member). Resolves with whether there was one. */
export async function removeCopy(mirror: string, id: string): Promise<boolean> {
	const folder = memberFolder(mirror, id);
	if (!existsSync(folder)) return false;
	await rm(folder, { recursive: true, force: true });
	return true;
}

/**
 * What an interrupted pull left: a previous copy whose new one never arrived goes back in its
 * place; new copies never swapped in, and previous copies already replaced, go.
 */
export async function repairMirror(mirror: string): Promise<void> {
	const names = existsSync(mirror) ? await readdir(mirror) : [];
	for (const name of names.sort()) {
		const match = workingFolder.exec(name);
		if (!match) continue;
		const [, kind, id] = match;
		const folder = memberFolder(mirror, id!);
		if (kind === 'previous' && !existsSync(folder)) await rename(join(mirror, name), folder);
		else await rm(join(mirror, name), { recursive: true, force: true });
	}
}

/** The copies in the mirror of members not in `ids` (only folders this command made). */
export async function staleCopies(mirror: string, ids: readonly string[]): Promise<string[]> {
	if (!existsSync(mirror)) return [];
	const members = new Set(ids);
	const entries = await readdir(mirror, { withFileTypes: true });
	return entries
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !members.has(entry.name))
		.map((entry) => entry.name)
		.filter((name) => existsSync(join(mirror, name, pullRecordFile)))
		.sort();
}
