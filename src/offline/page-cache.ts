/**
 * What each page became in the last offline copy, kept for the next one (issue 20: a build that
 * changed one entry no longer redoes the whole copy). Most of the copy's time goes into reading
 * each page's search record and rewriting its links, and some into compressing it; a page whose
 * bytes, and everything else its copy depends on (the `fingerprint`), are the same as last time
 * gets its compressed entry and its search record back instead.
 *
 * On disk, in the site's cache folder: a pack of compressed pages (`pack-<id>.bin`) and an index
 * (`index.json`) naming its pack and, for each key, where its bytes are and its search record.
 * A build writes a new pack with the pages it used, then the index that names it, then removes
 * the other packs: an interrupted build leaves the old index with its old pack, never an index that
 * points into the wrong file. Each entry carries the sha256 of its bytes, checked when it is read:
 * a pack changed on disk is a miss. The cache can only make a copy faster: anything it cannot
 * read is a miss, and anything it cannot write leaves the next build without it, never fails
 * this one (`onProblem` hears of it).
 */
import { createHash } from 'node:crypto';
import {
	closeSync,
	existsSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** A page of the copy: its text compressed (raw DEFLATE), the text's CRC-32 and size, and what search keeps of it. */
export interface CopiedPage {
	deflated: Uint8Array<ArrayBuffer>;
	crc: number;
	size: number;
	/** The page's search record with its language, or null when the page has none. */
	found: unknown;
}

export interface PageCache {
	/** The key of a page: its path and bytes, under the copy's fingerprint. */
	key(path: string, source: Uint8Array): string;
	get(key: string): CopiedPage | undefined;
	/** Keeps a page (made or reused) for the next build. */
	put(key: string, page: CopiedPage): void;
	/** Pages reused from the last build. */
	readonly reused: number;
	/** Makes what was put the cache of the next build. */
	close(): void;
	/** Leaves the last build's cache as it was. */
	abort(): void;
}

type IndexEntry = [offset: number, length: number, crc: number, size: number, found: unknown, sha256: string];
interface Index {
	version: 2;
	pack: string;
	entries: Record<string, IndexEntry>;
}

const indexName = 'index.json';
const packFile = /^pack-[\w-]+\.bin$/;
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The cache in `folder`; with no folder, or one it cannot use, a cache that keeps nothing. */
export function openPageCache(folder: string | undefined, fingerprint: string, onProblem: (error: unknown) => void = () => {}): PageCache {
	const seed = createHash('sha256').update(fingerprint).digest();
	const key = (path: string, source: Uint8Array) => createHash('sha256').update(seed).update(path).update('\0').update(source).digest('hex');
	const none: PageCache = { key, get: () => undefined, put: () => {}, reused: 0, close: () => {}, abort: () => {} };
	if (!folder) return none;

	let previous: Index | undefined;
	let oldPack: number | undefined;
	let newPack: number | undefined;
	const packName = `pack-${process.pid}-${Date.now()}.bin`;
	try {
		mkdirSync(folder, { recursive: true });
		previous = readIndex(folder);
		// Another build may have removed the pack its index names: no previous pages then.
		try {
			if (previous) oldPack = openSync(join(folder, previous.pack), 'r');
		} catch {
			previous = undefined;
		}
		newPack = openSync(join(folder, packName), 'w');
	} catch (error) {
		if (oldPack !== undefined) closeSync(oldPack);
		onProblem(error);
		return none;
	}
	const oldPackSize = oldPack === undefined ? 0 : fstatSync(oldPack).size;
	const entries: Record<string, IndexEntry> = {};
	let written = 0;
	let reused = 0;
	let writable = true;
	let closed = false;
	const closeFiles = () => {
		if (closed) return false;
		closed = true;
		for (const fd of [oldPack, newPack]) {
			try {
				if (fd !== undefined) closeSync(fd);
			} catch {}
		}
		return true;
	};

	return {
		key,
		get(at) {
			const entry = previous?.entries[at];
			if (!entry || oldPack === undefined || closed) return undefined;
			const [offset, length, crc, size, found, sha256] = entry;
			if (offset + length > oldPackSize) return undefined;
			const deflated = new Uint8Array(length);
			try {
				if (readSync(oldPack, deflated, 0, length, offset) !== length || digest(deflated) !== sha256) return undefined;
			} catch {
				return undefined;
			}
			reused++;
			return { deflated, crc, size, found };
		},
		put(at, page) {
			if (!writable || closed || entries[at]) return;
			try {
				writeSync(newPack!, page.deflated);
			} catch (error) {
				writable = false;
				onProblem(error);
				return;
			}
			entries[at] = [written, page.deflated.length, page.crc, page.size, page.found, digest(page.deflated)];
			written += page.deflated.length;
		},
		get reused() {
			return reused;
		},
		close() {
			if (!closeFiles()) return;
			const next = join(folder, `${indexName}.${process.pid}.next`);
			try {
				if (!writable) throw new Error('the pack could not be written');
				const index: Index = { version: 2, pack: packName, entries };
				writeFileSync(next, JSON.stringify(index));
				renameSync(next, join(folder, indexName));
			} catch (error) {
				rmSync(next, { force: true });
				rmSync(join(folder, packName), { force: true });
				onProblem(error);
				return;
			}
			// Every other pack: the last build's, and any an interrupted build left behind. A build
			// running at the same time whose pack goes finds no previous pages: a miss.
			for (const name of readdirSync(folder)) if (packFile.test(name) && name !== packName) rmSync(join(folder, name), { force: true });
		},
		abort() {
			if (!closeFiles()) return;
			rmSync(join(folder, packName), { force: true });
		},
	};
}

function readIndex(folder: string): Index | undefined {
	const file = join(folder, indexName);
	if (!existsSync(file)) return undefined;
	try {
		const index = JSON.parse(readFileSync(file, 'utf8')) as Index;
		if (index.version !== 2 || typeof index.pack !== 'string' || !packFile.test(index.pack) || typeof index.entries !== 'object') return undefined;
		return index;
	} catch {
		return undefined;
	}
}
