import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { readFile, stat } from 'node:fs/promises';
import { joinChunks, type MemberSource, overLimit } from './member-source';
import { PullProblem, refused, unreachable } from './pull-problem';

/**
 * A member's offline-archive .zip (the copy `memoria build` publishes at offline/…-offline.zip),
 * for a member whose copy arrives on a USB stick. Read with fflate, as a possible zip bomb:
 *
 * 1. Before anything is unpacked, the archive's directory: no more entries than `zipEntries`,
 *    every name a path inside the archive (no "..", no leading "/", no backslash or drive), no
 *    name twice, and all the sizes it declares together no more than `zipExpansion` times the
 *    archive's own size.
 * 2. A file is unpacked only when asked for, alone: its declared size within the limit, its
 *    declared expansion within `zipExpansion` (files over 64 KiB; smaller ones can do no harm),
 *    and while it streams out its actual size never past the declared one (a lying header is
 *    stopped at the first piece too many).
 *
 * The member's root is where memoria.json is: the archive's root, or its one folder (the offline
 * copy keeps everything in `<organisation>-offline-<date>/`).
 */

type ZipLimits = { totalBytes: number; zipEntries: number; zipExpansion: number };

/** Files this small are unpacked whatever their ratio: a few kilobytes cannot fill anything. */
const smallEntry = 64 * 1024;
/** How much of the archive is handed to the unpacker at a time: one piece expands to 1,032 times itself at most. */
const piece = 16 * 1024;

interface Entry {
	size: number;
	originalSize: number;
}

export async function zipSource(archive: string, label: string, limits: ZipLimits): Promise<MemberSource> {
	const stats = await stat(archive);
	if (stats.size > limits.totalBytes) throw refused(label, { problem: 'too-large', limit: limits.totalBytes });
	const data = new Uint8Array(await readFile(archive));
	const entries = readDirectory(data, label, limits);
	const root = memberRoot(entries);
	const describe = (path: string) => `${label}/${root}${path}`;
	return {
		kind: 'zip',
		describe,
		async read(path, limit) {
			const file = describe(path);
			const entry = entries.get(root + path);
			if (!entry) throw path === 'memoria.json' ? unreachable(file, { reason: 'missing' }) : refused(file, { problem: 'missing' });
			if (entry.originalSize > limit.bytes) throw overLimit(file, limit);
			const ratio = entry.originalSize / Math.max(1, entry.size);
			if (entry.originalSize > smallEntry && ratio > limits.zipExpansion) throw refused(file, { problem: 'zip-expansion', ratio, limit: limits.zipExpansion });
			return unpack(data, root + path, entry.originalSize, file);
		},
	};
}

/** The archive's directory, checked before anything is unpacked. */
function readDirectory(data: Uint8Array, label: string, limits: ZipLimits): Map<string, Entry> {
	const entries = new Map<string, Entry>();
	let declared = 0;
	try {
		// A filter that keeps nothing: fflate reads the directory and unpacks no file.
		unzipSync(data, {
			filter: (info) => {
				if (entries.size + 1 > limits.zipEntries) throw refused(label, { problem: 'zip-entries', count: entries.size + 1, limit: limits.zipEntries });
				const name = info.name;
				if (unsafeName(name)) throw refused(`${label}/${name}`, { problem: 'path', path: name });
				if (entries.has(name)) throw refused(label, { problem: 'zip-unreadable', detail: `two entries are named "${name}"` });
				entries.set(name, { size: info.size, originalSize: info.originalSize });
				declared += info.originalSize;
				return false;
			},
		});
	} catch (error) {
		if (error instanceof PullProblem) throw error;
		throw refused(label, { problem: 'zip-unreadable', detail: error instanceof Error ? error.message : String(error) });
	}
	const ratio = declared / Math.max(1, data.length);
	if (ratio > limits.zipExpansion) throw refused(label, { problem: 'zip-expansion', ratio, limit: limits.zipExpansion });
	return entries;
}

/**
 * A name that would lead out of a folder it was unpacked into: "..", a leading "/", a backslash, a
 * drive or stream (":"), a control character or an empty part. Spaces and accents are fine: an
 * offline copy holds the site's images under the names writers gave them.
 */
const unsafeName = (name: string) =>
	name === '' || /[\\:\p{Cc}]/u.test(name) || name.split('/').some((part, at, all) => part === '.' || part === '..' || (part === '' && at < all.length - 1));

/** "" when memoria.json is at the archive's root, "folder/" when it is in the archive's one folder. */
function memberRoot(entries: Map<string, Entry>): string {
	if (entries.has('memoria.json')) return '';
	const tops = new Set([...entries.keys()].map((name) => name.split('/')[0]!));
	const [only] = tops;
	return tops.size === 1 && entries.has(`${only}/memoria.json`) ? `${only}/` : '';
}

/** One entry's bytes, streamed out of the archive and stopped as soon as they pass the declared size. */
function unpack(data: Uint8Array, name: string, declared: number, file: string): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let result: Uint8Array | PullProblem | undefined;
	const unzip = new Unzip((entry) => {
		if (entry.name !== name || result !== undefined) return;
		entry.ondata = (error, chunk, final) => {
			if (result !== undefined) return;
			if (error) {
				result = refused(file, { problem: 'zip-unreadable', detail: error.message });
				return;
			}
			total += chunk.length;
			if (total > declared) {
				result = refused(file, { problem: 'zip-size', declared, found: total });
				entry.terminate();
				return;
			}
			chunks.push(chunk);
			if (final) result = total === declared ? joinChunks(chunks, total) : refused(file, { problem: 'zip-size', declared, found: total });
		};
		entry.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let at = 0; at < data.length && result === undefined; at += piece) unzip.push(data.subarray(at, at + piece), at + piece >= data.length);
	} catch (error) {
		if (result === undefined) result = refused(file, { problem: 'zip-unreadable', detail: error instanceof Error ? error.message : String(error) });
	}
	if (result instanceof PullProblem) throw result;
	// The directory names it, but no entry of that name holds data the unpacker found.
	return result ?? (declared === 0 ? new Uint8Array(0) : throwing(refused(file, { problem: 'missing' })));
}

const throwing = (error: Error): never => {
	throw error;
};
