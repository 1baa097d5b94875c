/**
 * Fingerprints of text that must not be published: runs of words, compared as 53-bit keys, so
 * the leak gate can find an internal entry's text in any output file without keeping the text
 * itself anywhere but in content/. A run is long (eight words) and must hold several long words,
 * so everyday phrases never match (tests/unit/leak-gate.test.ts).
 *
 * The gate reads every word of a site (tens of millions at 2,000 entries per language), so words
 * are read in one pass over the characters, without making a string of each: a word is a run of
 * letters and digits, compared without case or accents ("Información" = "informacion", however
 * the accent is encoded), each hashed into two 32-bit lanes as it is read.
 */

/** Per UTF-16 unit: 0 not yet known, -1 between words, -2 an accent mark (part of a word, not hashed), else the unit as compared. */
const classes = new Int32Array(65536);
const letterOrDigit = /[\p{L}\p{N}]/u;
const mark = /\p{M}/u;
function classOf(unit: number): number {
	let known = classes[unit]!;
	if (known !== 0) return known;
	if (unit >= 0xd800 && unit <= 0xdfff)
		known = unit; // half of a character outside the BMP: compared as it is
	else {
		const character = String.fromCharCode(unit);
		if (letterOrDigit.test(character)) known = character.normalize('NFD').toLowerCase().charCodeAt(0);
		else known = mark.test(character) ? -2 : -1;
	}
	classes[unit] = known;
	return known;
}

export interface Words {
	count: number;
	/** Each word's two hashes (FNV-1a with two seeds). */
	a: Uint32Array;
	b: Uint32Array;
	/** Each word's number of letters and digits. */
	lengths: Uint16Array;
}

/** Buffers reused from one text to the next: the gate reads thousands of pages, one at a time. */
let buffers: Words = { count: 0, a: new Uint32Array(1024), b: new Uint32Array(1024), lengths: new Uint16Array(1024) };

/** The words of a text, hashed. The result is valid until the next call: use it before reading another text. */
export function readWords(text: string): Words {
	const max = (text.length >> 1) + 1;
	if (buffers.a.length < max) buffers = { count: 0, a: new Uint32Array(max), b: new Uint32Array(max), lengths: new Uint16Array(max) };
	const { a, b, lengths } = buffers;
	let count = 0;
	let length = 0;
	let ha = 0x811c9dc5;
	let hb = 0x050c5d1f;
	for (let i = 0; i <= text.length; i++) {
		const unit = i < text.length ? text.charCodeAt(i) : 32;
		let c: number;
		if (unit < 128) c = unit >= 97 && unit <= 122 ? unit : unit >= 65 && unit <= 90 ? unit + 32 : unit >= 48 && unit <= 57 ? unit : -1;
		else c = classOf(unit);
		if (c === -2) continue;
		if (c > 0) {
			ha = Math.imul(ha ^ c, 0x01000193);
			hb = Math.imul(hb ^ c, 0x01000193);
			if (length < 65535) length++;
			continue;
		}
		if (length > 0) {
			a[count] = ha >>> 0;
			b[count] = hb >>> 0;
			lengths[count] = length;
			count++;
			length = 0;
			ha = 0x811c9dc5;
			hb = 0x050c5d1f;
		}
	}
	return { count, a, b, lengths };
}

/**
 * A run's key is a polynomial of its words' hashes in two 32-bit lanes (Rabin–Karp), so the key of
 * the next run follows from the previous one in a few operations.
 */
const baseA = 0x01000193;
const baseB = 0x0100019d;
const power = (base: number, exponent: number) => {
	let result = 1;
	for (let i = 0; i < exponent; i++) result = Math.imul(result, base) >>> 0;
	return result;
};
const fold = (high: number, low: number) => (high >>> 0) * 2 ** 21 + ((low >>> 0) >>> 11);

/** The key of the run of `length` words from `start`. */
export function runKey({ a, b }: Words, start: number, length: number): number {
	let high = 0;
	let low = 0;
	for (let i = start; i < start + length; i++) {
		high = (Math.imul(high, baseA) + a[i]!) >>> 0;
		low = (Math.imul(low, baseB) + b[i]!) >>> 0;
	}
	return fold(high, low);
}

/** The bit of a run in a look-up bitmap of 2^24 bits (see leak-gate.ts), from its two lanes: integer work only. */
const bitOfLanes = (high: number, low: number) => ((low >>> 11) ^ (high << 5)) & 0xffffff;

/** The same bit, from a run's key. */
export function bitOf(key: number): number {
	const low = key % 2 ** 21;
	return bitOfLanes((key - low) / 2 ** 21, low << 11);
}

/**
 * Calls `visit` with the key and start of every run of `length` words, in order, until it returns
 * true. With `maybe`, a bitmap of the keys looked for, a run whose bit is not set is passed over
 * without a call: almost every run of a page.
 */
export function someRun({ a, b, count }: Words, length: number, visit: (key: number, start: number) => boolean, maybe?: Uint8Array): boolean {
	if (count < length || length === 0) return false;
	const topA = power(baseA, length - 1);
	const topB = power(baseB, length - 1);
	let high = 0;
	let low = 0;
	for (let i = 0; i < count; i++) {
		if (i >= length) {
			high = (high - Math.imul(a[i - length]!, topA)) >>> 0;
			low = (low - Math.imul(b[i - length]!, topB)) >>> 0;
		}
		high = (Math.imul(high, baseA) + a[i]!) >>> 0;
		low = (Math.imul(low, baseB) + b[i]!) >>> 0;
		if (i < length - 1) continue;
		if (maybe) {
			const bit = bitOfLanes(high, low);
			if ((maybe[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
		}
		if (visit(fold(high, low), i - length + 1)) return true;
	}
	return false;
}

/** The length of a text run the gate looks for. */
export const runLength = 8;

/** Whether a run says enough to be this entry's: five words of four letters or more. */
function distinctive(words: Words, start: number): boolean {
	let long = 0;
	for (let i = start; i < start + runLength; i++) if (words.lengths[i]! >= 4) long++;
	return long >= 5;
}

/**
 * Keys of runs taken every `runLength` words, through the whole text: any copy of twice that many
 * consecutive words, from anywhere in it, contains one of them whole.
 */
export function textRuns(text: string): number[] {
	const words = readWords(text);
	const runs: number[] = [];
	for (let i = 0; i + runLength <= words.count; i += runLength) {
		if (distinctive(words, i)) runs.push(runKey(words, i, runLength));
	}
	return runs;
}

/** The number of words by which a title is first looked for (the shortest title looked for). */
export const titleHead = 4;

/**
 * A title is looked for only when it is long enough to be this entry's alone: four words and 20
 * letters. `head` is the key of its first four words (one pass over a page finds the candidates),
 * `key` the key of all of them.
 */
export function titleRun(title: string): { words: number; key: number; head: number } | undefined {
	const words = readWords(title);
	let letters = 0;
	for (let i = 0; i < words.count; i++) letters += words.lengths[i]!;
	if (words.count < titleHead || letters < 20) return undefined;
	return { words: words.count, key: runKey(words, 0, words.count), head: runKey(words, 0, titleHead) };
}
