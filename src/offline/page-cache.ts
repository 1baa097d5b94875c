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
 * the old pack: an interrupted build leaves the old index with its old pack, never an index that
 * points into the wrong file. Anything unreadable is a cache miss, never an error.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

type IndexEntry = [offset: number, length: number, crc: number, size: number, found: unknown];
interface Index {
	version: 1;
	pack: string;
	entries: Record<string, IndexEntry>;
}

const indexName = 'index.json';

/** The cache in `folder`; with no folder, a cache that keeps nothing. */
export function openPageCache(folder: string | undefined, fingerprint: string): PageCache {
	const seed = createHash('sha256').update(fingerprint).digest();
	const key = (path: string, source: Uint8Array) => createHash('sha256').update(seed).update(path).update('\0').update(source).digest('hex');
	if (!folder) return { key, get: () => undefined, put: () => {}, reused: 0, close: () => {}, abort: () => {} };

	mkdirSync(folder, { recursive: true });
	const previous = readIndex(folder);
	const oldPack = previous ? openSync(join(folder, previous.pack), 'r') : undefined;
	const oldPackSize = oldPack === undefined ? 0 : fstatSync(oldPack).size;
	const packName = `pack-${process.pid}-${Date.now()}.bin`;
	const newPack = openSync(join(folder, packName), 'w');
	const entries: Record<string, IndexEntry> = {};
	let written = 0;
	let reused = 0;
	const closeFiles = () => {
		if (oldPack !== undefined) closeSync(oldPack);
		closeSync(newPack);
	};

	return {
		key,
		get(at) {
			const entry = previous?.entries[at];
			if (!entry || oldPack === undefined) return undefined;
			const [offset, length, crc, size, found] = entry;
			if (offset + length > oldPackSize) return undefined;
			const deflated = new Uint8Array(length);
			if (readSync(oldPack, deflated, 0, length, offset) !== length) return undefined;
			reused++;
			return { deflated, crc, size, found };
		},
		put(at, page) {
			if (entries[at]) return;
			writeSync(newPack, page.deflated);
			entries[at] = [written, page.deflated.length, page.crc, page.size, page.found];
			written += page.deflated.length;
		},
		get reused() {
			return reused;
		},
		close() {
			closeFiles();
			const index: Index = { version: 1, pack: packName, entries };
			writeFileSync(join(folder, `${indexName}.next`), JSON.stringify(index));
			renameSync(join(folder, `${indexName}.next`), join(folder, indexName));
			if (previous && previous.pack !== packName) rmSync(join(folder, previous.pack), { force: true });
		},
		abort() {
			closeFiles();
			rmSync(join(folder, packName), { force: true });
		},
	};
}

function readIndex(folder: string): Index | undefined {
	const file = join(folder, indexName);
	if (!existsSync(file)) return undefined;
	try {
		const index = JSON.parse(readFileSync(file, 'utf8')) as Index;
		if (index.version !== 1 || typeof index.pack !== 'string' || !/^pack-[\w-]+\.bin$/.test(index.pack) || !existsSync(join(folder, index.pack)))
			return undefined;
		return index;
	} catch {
		return undefined;
	}
}
