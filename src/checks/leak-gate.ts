import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { hashedWords, runKey, runLength, words } from './fingerprint';
import type { PublicationFacts } from './publication-facts';

/**
 * The last step of every public build (defence in depth, after everything that decides what is
 * published): every output file is read as a reader or a program would get it — pages as text
 * and attributes, Pagefind's compressed fragments and metadata decompressed, feeds, sitemap,
 * JSON and CSV, copied public/ files, and each file inside the offline archive — and searched
 * for any internal entry's addresses, distinctive title and runs of its text. One hit fails the
 * build, naming the entry and the output file; the previous output stays (scripts/build.mjs).
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

interface Lookup {
	addresses: Map<string, string>;
	runs: Map<number, string>;
	titles: Map<number, Map<number, string>>;
}

function lookupOf(facts: PublicationFacts): Lookup {
	const lookup: Lookup = { addresses: new Map(), runs: new Map(), titles: new Map() };
	for (const entry of facts.internal) {
		for (const address of entry.addresses) lookup.addresses.set(address, entry.file);
		for (const run of entry.runs) lookup.runs.set(run, entry.file);
		if (entry.title) {
			const byKey = lookup.titles.get(entry.title.words) ?? new Map<number, string>();
			byKey.set(entry.title.key, entry.file);
			lookup.titles.set(entry.title.words, byKey);
		}
	}
	for (const path of facts.withheld) lookup.addresses.set(`/${path}`, `public/${path}`);
	return lookup;
}

/** The first internal address inside a text: every path-like run, every part of it from one "/" to another. */
function findAddress(text: string, addresses: Map<string, string>): string | undefined {
	if (addresses.size === 0) return undefined;
	for (const [candidate] of text.matchAll(/\/[^\s"'<>()\\`]*/g)) {
		let path = candidate;
		try {
			path = decodeURI(candidate);
		} catch {
			// Keep it as written.
		}
		const slashes = [...path.matchAll(/\//g)].map((m) => m.index);
		for (let i = 0; i < slashes.length; i++) {
			for (let j = i + 1; j < slashes.length; j++) {
				const found = addresses.get(path.slice(slashes[i], slashes[j]! + 1));
				if (found) return found;
			}
			const file = addresses.get(path.slice(slashes[i]));
			if (file) return file;
		}
	}
	return undefined;
}

/** The first internal title or text run among a text's words. */
function findText(text: string, lookup: Lookup): { entry: string; what: 'title' | 'text' } | undefined {
	const list = words(text);
	if (list.length === 0) return undefined;
	const hashed = hashedWords(list);
	if (lookup.runs.size > 0) {
		for (let i = 0; i + runLength <= list.length; i++) {
			const entry = lookup.runs.get(runKey(hashed, i, runLength));
			if (entry) return { entry, what: 'text' };
		}
	}
	for (const [length, keys] of lookup.titles) {
		for (let i = 0; i + length <= list.length; i++) {
			const entry = keys.get(runKey(hashed, i, length));
			if (entry) return { entry, what: 'title' };
		}
	}
	return undefined;
}

/** A page as readers get it: its text, and every attribute value (alt, title, meta content, data-…). */
function htmlText(html: string): string {
	const parts: string[] = [];
	const parser = new Parser({
		onattribute: (_name, value) => parts.push(value),
		ontext: (text) => parts.push(text),
	});
	parser.write(html);
	parser.end();
	return parts.join(' \n ');
}

/** Pagefind's files are gzip with a signature before the data; their text is what search shows. */
function pagefindText(bytes: Uint8Array): string {
	try {
		return Buffer.from(gunzipSync(bytes)).toString('utf8');
	} catch {
		return Buffer.from(bytes).toString('utf8');
	}
}

function scanBytes(name: string, bytes: Uint8Array, lookup: Lookup, leaks: Leak[]): void {
	// The file's own place: an internal page written out, or a withheld file copied from public/.
	const byPath = findAddress(`/${name.replace(/index\.html?$/, '')}`, lookup.addresses);
	if (byPath) leaks.push({ entry: byPath, output: name, what: lookup.addresses.get(`/${name}`) ? 'file' : 'address' });
	let text: string;
	if (/\.zip$/i.test(name)) {
		let entries: Record<string, Uint8Array>;
		try {
			entries = unzipSync(bytes);
		} catch {
			leaks.push({ entry: '(unreadable archive)', output: name, what: 'file' });
			return;
		}
		for (const [inner, content] of Object.entries(entries)) scanBytes(`${name} → ${inner}`, content, lookup, leaks);
		return;
	}
	if (pagefindFile.test(name)) text = pagefindText(bytes);
	else if (textFile.test(name)) text = Buffer.from(bytes).toString('utf8');
	else return;

	const address = findAddress(text, lookup.addresses);
	if (address) {
		leaks.push({ entry: address, output: name, what: 'address' });
		return;
	}
	const found = findText(/\.html?$/i.test(name) ? htmlText(text) : text, lookup);
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
