import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { bitOf, readWords, runKey, runLength, someRun, titleHead } from './fingerprint';
import type { PublicationFacts } from './publication-facts';

/**
 * The last step of every public build (defence in depth, after everything that decides what is
 * published): every output file is read as a reader or a program would get it — pages as text
 * and attributes, Pagefind's compressed fragments and metadata decompressed, feeds, sitemap,
 * JSON and CSV, copied public/ files, and each file inside the offline archive — and searched
 * for any internal entry's addresses, distinctive title and runs of its text. One hit fails the
 * build, naming the entry and the output file; the previous output stays (src/cli/commands/build.ts).
 */
export interface Leak {
	/** The internal entry's file, or the public/ file that only internal entries use. */
	entry: string;
	/** The output file (inside the archive: "archive.zip → path"). */
	output: string;
	what: 'address' | 'title' | 'text' | 'file';
}

const textFile = /\.(html?|xml|json|csv|txt|md|js|mjs|css|svg|webmanifest|rss|atom)$/i;
const pagefindFile = /\.pf_(fragment|meta|index|filter)$/i;

/** A quick first answer for a run's key: most keys of a page are no internal entry's, and a bit says so. */
const seenBits = 1 << 24;

interface Lookup {
	/** One bit per possible value of a key's low 24 bits, set for the keys of internal runs and titles. */
	maybe: Uint8Array;
	addresses: Map<string, string>;
	/** The last part of every address ("secret-lesson", "minutes.pdf"): most paths are ruled out by it alone. */
	lastParts: Set<string>;
	runs: Map<number, string>;
	/** Titles by the key of their first words: each with its length, its whole key and its entry. */
	titles: Map<number, { words: number; key: number; entry: string }[]>;
}

function lookupOf(facts: PublicationFacts): Lookup {
	const lookup: Lookup = { maybe: new Uint8Array(seenBits >> 3), addresses: new Map(), lastParts: new Set(), runs: new Map(), titles: new Map() };
	const mark = (key: number) => (lookup.maybe[bitOf(key) >> 3]! |= 1 << (bitOf(key) & 7));
	for (const entry of facts.internal) {
		for (const address of entry.addresses) lookup.addresses.set(address, entry.file);
		for (const run of entry.runs) {
			lookup.runs.set(run, entry.file);
			mark(run);
		}
		if (entry.title) {
			mark(entry.title.head);
			const list = lookup.titles.get(entry.title.head) ?? [];
			list.push({ words: entry.title.words, key: entry.title.key, entry: entry.file });
			lookup.titles.set(entry.title.head, list);
		}
	}
	for (const path of facts.withheld) lookup.addresses.set(`/${path}`, `public/${path}`);
	for (const address of lookup.addresses.keys()) lookup.lastParts.add(address.replace(/\/$/, '').split('/').at(-1)!);
	return lookup;
}

/** The internal address a path holds, whole or as one of its parts from one "/" to another. */
function addressIn(candidate: string, lookup: Lookup): string | undefined {
	let path = candidate;
	try {
		path = decodeURI(candidate);
	} catch {
		// Keep it as written.
	}
	const slashes: number[] = [];
	for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) slashes.push(i);
	// Only where a part of the path is the last part of an internal address can one end there.
	for (let j = 0; j < slashes.length; j++) {
		const end = j + 1 < slashes.length ? slashes[j + 1]! : path.length;
		if (!lookup.lastParts.has(path.slice(slashes[j]! + 1, end))) continue;
		for (let i = 0; i <= j; i++) {
			const found = lookup.addresses.get(path.slice(slashes[i], end + 1)) ?? lookup.addresses.get(path.slice(slashes[i], end));
			if (found) return found;
		}
	}
	return undefined;
}

/** The first internal address inside a text: every path-like run of characters is looked at. */
function findAddress(text: string, lookup: Lookup): string | undefined {
	if (lookup.addresses.size === 0) return undefined;
	for (const [candidate] of text.matchAll(/\/[^\s"'<>()\\`]*/g)) {
		const found = addressIn(candidate, lookup);
		if (found) return found;
	}
	return undefined;
}

/** The first internal title or text run among a text's words. */
function findText(text: string, lookup: Lookup): { entry: string; what: 'title' | 'text' } | undefined {
	const hashed = readWords(text);
	if (hashed.count === 0) return undefined;
	let entry: string | undefined;
	const maybe = lookup.maybe;
	if (lookup.runs.size > 0 && someRun(hashed, runLength, (key) => (entry = lookup.runs.get(key)) !== undefined, maybe)) return { entry: entry!, what: 'text' };
	const titleAt = (key: number, start: number) => {
		const found = lookup.titles.get(key)?.find((title) => start + title.words <= hashed.count && runKey(hashed, start, title.words) === title.key);
		entry = found?.entry;
		return found !== undefined;
	};
	if (lookup.titles.size > 0 && someRun(hashed, titleHead, titleAt, maybe)) return { entry: entry!, what: 'title' };
	return undefined;
}

/**
 * A page as readers get it: its text and every attribute value (alt, title, meta content, data-…).
 * Text pieces are joined as they are (htmlparser2 hands "participaci&oacute;n" over in three
 * pieces: one word), with a space only where a tag stands between them.
 */
function htmlParts(html: string): { text: string; attributes: string } {
	const text: string[] = [];
	const attributes: string[] = [];
	const parser = new Parser({
		onattribute: (_name, value) => attributes.push(value),
		ontext: (part) => text.push(part),
		onopentagname: () => text.push(' '),
		onclosetag: () => text.push(' '),
	});
	parser.write(html);
	parser.end();
	return { text: text.join(''), attributes: attributes.join(' \n ') };
}

/** Pagefind's files are gzip with a signature before the data; their text is what search shows. */
function pagefindText(bytes: Uint8Array): string {
	try {
		return Buffer.from(gunzipSync(bytes)).toString('utf8');
	} catch {
		return Buffer.from(bytes).toString('utf8');
	}
}

/** How many bytes of an archive's files are unpacked at a time: the offline copy of 10,000 entries per language unpacks to 1.2 GB. */
const batchBytes = 64 * 2 ** 20;

/**
 * An archive's files, a batch of at most `limit` bytes (or one larger file) at a time, each batch
 * unpacked by fflate from the archive's directory with a filter that keeps only its files: only
 * one batch is in memory while it is read. Throws when the archive cannot be read.
 */
export function* archiveBatches(bytes: Uint8Array, limit = batchBytes): Generator<Record<string, Uint8Array>> {
	for (let from = 0; ; ) {
		let at = 0;
		let taken = 0;
		let more = false;
		const names = new Set<string>();
		const batch = unzipSync(bytes, {
			filter: (file) => {
				const index = at++;
				if (index < from || more) return false;
				// fflate hands the files over by name: a second file of the same name would replace the
				// first in the batch, so it starts the next one; "__proto__" cannot be a name there at
				// all, so such an archive is unreadable (and the build stops).
				if (file.name === '__proto__') throw new Error('An archive entry named __proto__.');
				if ((taken > 0 && taken + file.originalSize > limit) || names.has(file.name)) {
					more = true;
					return false;
				}
				names.add(file.name);
				taken += file.originalSize;
				from = index + 1;
				return true;
			},
		});
		yield batch;
		if (!more) return;
	}
}

function scanBytes(name: string, bytes: Uint8Array, lookup: Lookup, leaks: Leak[]): void {
	// The file's own place: an internal page written out, or a withheld file copied from public/.
	const byPath = addressIn(`/${name.replace(/index\.html?$/, '')}`, lookup);
	if (byPath) leaks.push({ entry: byPath, output: name, what: lookup.addresses.get(`/${name}`) ? 'file' : 'address' });
	let text: string;
	if (/\.zip$/i.test(name)) {
		try {
			for (const entries of archiveBatches(bytes))
				for (const [inner, content] of Object.entries(entries)) scanBytes(`${name} → ${inner}`, content, lookup, leaks);
		} catch {
			leaks.push({ entry: '(unreadable archive)', output: name, what: 'file' });
		}
		return;
	}
	if (pagefindFile.test(name)) text = pagefindText(bytes);
	else if (textFile.test(name)) text = Buffer.from(bytes).toString('utf8');
	else return;

	// A page's addresses and words, in its text and its attributes (href, src, content, alt…).
	const page = /\.html?$/i.test(name) ? htmlParts(text) : undefined;
	const address = findAddress(page ? `${page.attributes} \n ${page.text}` : text, lookup);
	if (address) {
		leaks.push({ entry: address, output: name, what: 'address' });
		return;
	}
	const found = findText(page ? `${page.text} \n ${page.attributes}` : text, lookup);
	if (found) leaks.push({ ...found, output: name });
}

/** Every leak of the built site in `dir` (empty when the build may be published). */
export function findLeaks(dir: string, facts: PublicationFacts): Leak[] {
	const lookup = lookupOf(facts);
	if (lookup.addresses.size === 0 && lookup.runs.size === 0 && lookup.titles.size === 0) return [];
	const leaks: Leak[] = [];
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
	for (const file of files) {
		const path = join(file.parentPath, file.name);
		scanBytes(relative(dir, path).split(sep).join('/'), readFileSync(path), lookup, leaks);
	}
	return leaks;
}
