/**
 * Fingerprints of text that must not be published: runs of words, compared as 53-bit hashes, so
 * the leak gate can find an internal entry's text in any output file without keeping the text
 * itself anywhere but in content/. A run is long (eight words) and must hold several long words,
 * so everyday phrases never match (tests/unit/leak-gate.test.ts). Hashes are built from each
 * word's own hash, so looking at every run of a page costs a few multiplications per word,
 * not a string and a digest each (a site of 4,000 pages has millions of runs).
 */

/** Words as readers see them: letters and digits in lower case, whatever the markup or the accents' encoding. */
export function words(text: string): string[] {
	return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over a word's UTF-16 units, with a seed: two seeds give two independent 32-bit hashes. */
function wordHash(word: string, seed: number): number {
	let hash = seed;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/** Each word's two hashes, computed once per text. */
export function hashedWords(list: readonly string[]): [Uint32Array, Uint32Array] {
	return [Uint32Array.from(list, (w) => wordHash(w, 0x811c9dc5)), Uint32Array.from(list, (w) => wordHash(w, 0x050c5d1f))];
}

/** The key of the run of `length` words from `start`: two 32-bit lanes folded into a safe integer. */
export function runKey([a, b]: [Uint32Array, Uint32Array], start: number, length: number): number {
	let high = length;
	let low = length;
	for (let i = start; i < start + length; i++) {
		high = Math.imul(high ^ a[i]!, 0x01000193) >>> 0;
		low = Math.imul(low ^ b[i]!, 0x0100019d) >>> 0;
	}
	return high * 2 ** 21 + (low >>> 11);
}

/** The length of a text run the gate looks for. */
export const runLength = 8;

/** Whether a run says enough to be this entry's: five words of four letters or more. */
const distinctive = (list: readonly string[], start: number) => list.slice(start, start + runLength).filter((w) => w.length >= 4).length >= 5;

/**
 * Keys of runs taken every `runLength` words: any copy of twice that many consecutive words
 * contains one of them whole. At most `limit` per text.
 */
export function textRuns(text: string, limit = 40): number[] {
	const list = words(text);
	const hashed = hashedWords(list);
	const runs: number[] = [];
	for (let i = 0; i + runLength <= list.length && runs.length < limit; i += runLength) {
		if (distinctive(list, i)) runs.push(runKey(hashed, i, runLength));
	}
	return runs;
}

/** A title is looked for only when it is long enough to be this entry's alone: four words and 20 letters. */
export function titleRun(title: string): { words: number; key: number } | undefined {
	const list = words(title);
	if (list.length < 4 || list.join('').length < 20) return undefined;
	return { words: list.length, key: runKey(hashedWords(list), 0, list.length) };
}
