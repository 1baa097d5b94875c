import { refused } from './pull-problem';

/**
 * Where a member's files come from: its published site (a `url`), or on this computer a folder
 * holding its built site or its offline-archive .zip (a `path`, for a member whose copy arrives on
 * a USB stick). Every source reads one file at a time, by its path from the member's root (where
 * memoria.json is), and never more bytes than asked: a member's data is untrusted.
 */
export interface MemberSource {
	kind: 'url' | 'folder' | 'zip';
	/** How messages name a file of the member: its address, or its path in the folder or zip. */
	describe(path: string): string;
	/** The file's bytes; refused (PullProblem) past `limit.bytes`, as soon as they arrive. */
	read(path: string, limit: ReadLimit): Promise<Uint8Array>;
	/**
	 * The files about to be read, for a source that reads several at once faster than one by one
	 * (a zip whose entries must be found by reading it through). Refusals wait for their `read`.
	 */
	prepare?(files: readonly { path: string; limit: ReadLimit }[]): Promise<void>;
}

export interface ReadLimit {
	/** Bytes at most. */
	bytes: number;
	/** The limit is what the member's manifest lists for the file (more is "longer than listed"), rather than the hub's own limit (more is "too large"). */
	listed: boolean;
}

/** The refusal of a file past its limit. */
export const overLimit = (file: string, limit: ReadLimit) =>
	refused(file, limit.listed ? { problem: 'longer-than-listed', expected: limit.bytes } : { problem: 'too-large', limit: limit.bytes });

/** Bytes read in pieces, joined once. */
export function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
	if (chunks.length === 1) return chunks[0]!;
	const joined = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		joined.set(chunk, at);
		at += chunk.length;
	}
	return joined;
}
