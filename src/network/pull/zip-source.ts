import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { readFile, stat } from 'node:fs/promises';
import { manifestFile } from '../format';
import { joinChunks, type MemberSource, overLimit, type ReadLimit } from './member-source';
import { PullProblem, refused, unreachable } from './pull-problem';

/**
 * A member's offline-archive .zip (the copy `memoria build` publishes at offline/…-offline.zip),
 * for a member whose copy arrives on a USB stick. Read with fflate, as a possible zip bomb:
 *
 * 1. Before anything is unpacked, the archive's directory: no more entries than `zipEntries`,
 *    every name a path inside the archive (no "..", no leading "/", no backslash or drive), no
 *    name twice, and all the sizes it declares together no more than `zipExpansion` times the
 *    archive's own size.
 * 2. Only the files asked for are unpacked (the manifest, then the exports together, in one pass
 *    through the archive), each with its declared size within the limit, its declared expansion
 *    within `zipExpansion` (files over 64 KiB; smaller ones can do no harm), and while it streams
 *    out its actual size never past the declared one (a lying header is stopped at the first
 *    piece too many).
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
	/** What `prepare` unpacked, or why it refused it, until its `read`. */
	const prepared = new Map<string, Uint8Array | PullProblem>();
	/** The entry to unpack for `path`, once its declared size and expansion are within limits. */
	const wanted = (path: string, limit: ReadLimit): Wanted => {
		const file = describe(path);
		const entry = entries.get(root + path);
		if (!entry) throw path === manifestFile ? unreachable(file, { reason: 'missing' }) : refused(file, { problem: 'missing' });
		if (entry.originalSize > limit.bytes) throw overLimit(file, limit);
		const ratio = entry.originalSize / Math.max(1, entry.size);
		if (entry.originalSize > smallEntry && ratio > limits.zipExpansion) throw refused(file, { problem: 'zip-expansion', ratio, limit: limits.zipExpansion });
		return { name: root + path, declared: entry.originalSize, file };
	};
	return {
		kind: 'zip',
		describe,
		async prepare(files) {
			const wanting = new Map<string, Wanted>();
			for (const { path, limit } of files) {
				try {
					const entry = wanted(path, limit);
					wanting.set(entry.name, entry);
				} catch (error) {
					if (!(error instanceof PullProblem)) throw error;
					prepared.set(root + path, error);
				}
			}
			for (const [name, result] of unpack(data, wanting)) prepared.set(name, result);
		},
		async read(path, limit) {
			const ready = prepared.get(root + path);
			prepared.delete(root + path);
			const entry = ready === undefined ? wanted(path, limit) : undefined;
			const result = ready ?? unpack(data, new Map([[entry!.name, entry!]])).get(entry!.name)!;
			if (result instanceof PullProblem) throw result;
			return result;
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

/** An entry to unpack: its name in the archive, the size its directory declares, and how messages name it. */
interface Wanted {
	name: string;
	declared: number;
	file: string;
}

/**
 * The wanted entries' bytes, streamed out of the archive in one pass (an archive written with
 * data descriptors, as Memoria's offline copy is, can only be read through), each stopped as soon
 * as it passes its declared size. The pass ends when every wanted entry is done.
 */
function unpack(data: Uint8Array, wanted: ReadonlyMap<string, Wanted>): Map<string, Uint8Array | PullProblem> {
	const results = new Map<string, Uint8Array | PullProblem>();
	const started = new Set<string>();
	const unzip = new Unzip((entry) => {
		const want = wanted.get(entry.name);
		if (!want || started.has(entry.name)) return;
		started.add(entry.name);
		const chunks: Uint8Array[] = [];
		let total = 0;
		entry.ondata = (error, chunk, final) => {
			if (results.has(want.name)) return;
			if (error) {
				results.set(want.name, refused(want.file, { problem: 'zip-unreadable', detail: error.message }));
				return;
			}
			total += chunk.length;
			if (total > want.declared) {
				results.set(want.name, refused(want.file, { problem: 'zip-size', declared: want.declared, found: total }));
				entry.terminate();
				return;
			}
			chunks.push(chunk);
			if (final)
				results.set(
					want.name,
					total === want.declared ? joinChunks(chunks, total) : refused(want.file, { problem: 'zip-size', declared: want.declared, found: total })
				);
		};
		entry.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let at = 0; at < data.length && results.size < wanted.size; at += piece) unzip.push(data.subarray(at, at + piece), at + piece >= data.length);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		for (const want of wanted.values()) if (!results.has(want.name)) results.set(want.name, refused(want.file, { problem: 'zip-unreadable', detail }));
	}
	// The directory names it, but the unpacker found no data under that name.
	for (const want of wanted.values()) {
		if (!results.has(want.name)) results.set(want.name, want.declared === 0 ? new Uint8Array(0) : refused(want.file, { problem: 'missing' }));
	}
	return results;
}
