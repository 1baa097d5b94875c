import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/html-files';
import { retiredBundle, retiredMarker } from './bundles';

/**
 * Writes the site's two Pagefind bundles after Astro has finished (`memoria build` runs this
 * once Astro's process has exited, so the two never hold memory at the same time):
 *
 * - `pagefind/`: every current page that marks its text with `data-pagefind-body`;
 * - `pagefind-retired/`: drafts and archived entries. Search merges this bundle with index
 *   weight 0 (`retiredIndexWeight` in bundles.ts), which multiplies every score it contributes,
 *   title metadata included, so a retired entry is still found but ranks after current pages.
 *
 * Retired pages carry `data-memoria-search="retired"` and no `data-pagefind-body`, so the main
 * bundle skips them; the retired bundle reads their `<main>`.
 *
 * Pagefind is handed only the pages each bundle holds: every HTML file is read here once, and the
 * pages of each bundle are linked (hard links, no copy) into a folder of their own beside the
 * output, with the same paths, so the addresses Pagefind records are the same. Listings, reports
 * and the other pages without search text are never parsed by Pagefind: at 2,000 entries per
 * language that is about a third of its work (issue 7).
 */

export interface SearchBundleReport {
	pages: number;
	retiredPages: number;
	languages: string[];
}

const languageOf = (html: string) => /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * A merged bundle is read with the main bundle's script and WebAssembly: only its entry file,
 * metadata, index, filter and fragment chunks are ever fetched, so the rest is not published.
 */
async function dropRuntime(bundle: string) {
	for (const name of await readdir(bundle)) {
		if (/^(wasm\.|pagefind([.-].*)?\.(js|css)$)/.test(name)) await rm(join(bundle, name));
	}
}

async function newIndex(config: pagefind.PagefindServiceConfig = {}) {
	const { index } = check(await pagefind.createIndex(config), 'start');
	if (!index) throw new Error('Pagefind did not create an index.');
	return index;
}

/**
 * The current bundle, for a large site indexed one language at a time. Pagefind holds a whole
 * index in memory until it writes it (3.7 GB for both languages at 10,000 entries per language,
 * issue 20), and each
 * language's index is already independent of the others: its own metadata, word chunks, filters
 * and fragments, named after the language. So each language is indexed by a Pagefind process of
 * its own, which gives its memory back when it ends, into a folder of its own; the folders are then
 * merged into `pagefind/`, one entry file listing every language. The result is the bundle one
 * run over all the pages writes, file for file (tests/unit/search-bundles.test.ts).
 */
async function writeByLanguage(outDir: string, pages: Map<string, string[]>, scratch: string, apart: boolean) {
	// A small site's languages are indexed together, in the one process the retired bundle then
	// uses too: each process costs a start, 0.3 s at 100 entries per language. A site with no page
	// to search still gets a bundle: an empty one.
	if (!apart || pages.size < 2) {
		const input = join(scratch, 'current');
		await linkPages(outDir, [...pages.values()].flat(), input);
		const index = await newIndex();
		check(await index.addDirectory({ path: input }), 'index the site');
		check(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'write pagefind/');
		return;
	}
	const written: string[] = [];
	for (const [at, files] of [...pages.values()].entries()) {
		const input = join(scratch, `current-${at}`);
		const output = join(scratch, `written-${at}`);
		await linkPages(outDir, files, input);
		const index = await newIndex();
		check(await index.addDirectory({ path: input }), 'index the site');
		check(await index.writeFiles({ outputPath: output }), 'write pagefind/');
		await pagefind.close();
		written.push(output);
	}
	await mergeBundles(written, join(outDir, 'pagefind'));
}

/** Pagefind's entry file: its version, and each language's metadata file and WebAssembly. */
interface PagefindEntry {
	version: string;
	languages: Record<string, unknown>;
	include_characters?: string[];
}

/**
 * Moves the files of bundles written apart into `target`: each language's files are its own, the
 * script and WebAssembly they share are the same bytes in each (anything else stops the build),
 * and the entry files become one that lists every language.
 */
export async function mergeBundles(folders: readonly string[], target: string) {
	let entry: PagefindEntry | undefined;
	for (const folder of folders) {
		for (const name of await readdir(folder, { recursive: true })) {
			const from = join(folder, name);
			const to = join(target, name);
			if (!(await isFile(from))) continue;
			if (name === 'pagefind-entry.json') {
				const next = JSON.parse(await readFile(from, 'utf8')) as PagefindEntry;
				if (entry && (entry.version !== next.version || JSON.stringify(entry.include_characters) !== JSON.stringify(next.include_characters))) {
					throw new Error(`Pagefind wrote bundles that cannot be merged: ${folder} has another version or configuration.`);
				}
				// Each folder holds its own languages: one named twice would lose the other's pages.
				const twice = Object.keys(next.languages).find((language) => entry && language in entry.languages);
				if (twice) throw new Error(`Pagefind wrote the language "${twice}" in two of the bundles indexed apart; they cannot be merged.`);
				entry = entry ? { ...entry, languages: { ...entry.languages, ...next.languages } } : next;
				continue;
			}
			const existing = await readFile(to).catch(() => undefined);
			if (existing) {
				if (!existing.equals(await readFile(from))) throw new Error(`Pagefind wrote two different files named ${name}; the bundles cannot be merged.`);
				continue;
			}
			await mkdir(dirname(to), { recursive: true });
			await rename(from, to);
		}
	}
	if (entry) await writeFile(join(target, 'pagefind-entry.json'), JSON.stringify(entry));
}

const isFile = (path: string) =>
	stat(path).then(
		(s) => s.isFile(),
		() => false
	);

/** Links each of `files` (paths under `outDir`) into `folder` at the same relative path. */
async function linkPages(outDir: string, files: string[], folder: string) {
	await mkdir(folder, { recursive: true });
	for (const file of files) {
		const target = join(folder, relative(outDir, file));
		await mkdir(dirname(target), { recursive: true });
		// Another file system or one without hard links: a copy does the same.
		await link(file, target).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code === 'EXDEV' || error.code === 'EPERM' || error.code === 'ENOTSUP') await copyFile(file, target);
			else throw error;
		});
	}
}

/** Pages to index above which each language is indexed apart (writeByLanguage), for memory. */
const indexApartAbove = 4000;

/**
 * `languagesApart` says whether each language is indexed by a process of its own; by default,
 * when there are more than `indexApartAbove` pages to index.
 */
export async function writeSearchBundles(outDir: string, { languagesApart }: { languagesApart?: boolean } = {}): Promise<SearchBundleReport> {
	const scratch = `${outDir}.search-${process.pid}`;
	try {
		// 1. Sort the pages: current ones with search text, retired ones, and the rest.
		const languages = new Set<string>();
		const retiredLanguages = new Set<string>();
		/** Current pages by language ("" for a page that names none). */
		const current = new Map<string, string[]>();
		const retiredPages: string[] = [];
		const files = await htmlFiles(outDir);
		for (const file of files) {
			const html = await readFile(file, 'utf8');
			const language = languageOf(html);
			if (language) languages.add(language);
			// The attribute in a tag, not the words in a page's text (a guide about search, say).
			if (/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i.test(html)) {
				const key = language ?? '';
				if (!current.has(key)) current.set(key, []);
				current.get(key)!.push(file);
			} else if (html.includes(retiredMarker)) {
				retiredPages.push(file);
				if (language) retiredLanguages.add(language);
			}
		}
		await linkPages(outDir, retiredPages, join(scratch, 'retired'));

		// 2. The current bundle, one language at a time (see writeByLanguage). (Writing the two
		//    bundles at the same time was slower: Pagefind already uses both cores.)
		const pagesToIndex = [...current.values()].reduce((n, files) => n + files.length, 0);
		await writeByLanguage(outDir, current, scratch, languagesApart ?? pagesToIndex > indexApartAbove);

		// 3. The retired bundle: the text of each page's <main>.
		const retired = await newIndex({ rootSelector: 'main' });
		if (retiredPages.length > 0) check(await retired.addDirectory({ path: join(scratch, 'retired') }), `index ${retiredBundle}/`);
		// Pagefind falls back to another language's index when the page's language has none, so
		// every language gets one: a record with no words, which no query can match.
		for (const language of languages) {
			if (retiredLanguages.has(language)) continue;
			check(await retired.addCustomRecord({ url: '/', content: '', language, meta: { title: '' } }), `prepare ${retiredBundle}/`);
		}
		check(await retired.writeFiles({ outputPath: join(outDir, retiredBundle) }), `write ${retiredBundle}/`);
		await dropRuntime(join(outDir, retiredBundle));
		return { pages: files.length, retiredPages: retiredPages.length, languages: [...languages].sort() };
	} finally {
		await pagefind.close();
		await rm(scratch, { recursive: true, force: true });
	}
}
