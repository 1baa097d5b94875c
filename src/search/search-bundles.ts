import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { retiredBundle, retiredMarker } from './bundles';

/**
 * Writes the site's two Pagefind bundles after Astro has finished (scripts/build.mjs runs this
 * once Astro's process has exited, so the two never hold memory at the same time):
 *
 * - `pagefind/`: every current page that marks its text with `data-pagefind-body`;
 * - `pagefind-retired/`: drafts and archived entries. Search merges this bundle with index
 *   weight 0 (`retiredIndexWeight` in bundles.ts), which multiplies every score it contributes,
 *   title metadata included, so a retired entry is still found but ranks after current pages.
 *
 * Retired pages carry `data-memoria-search="retired"` and no `data-pagefind-body`, so the main
 * bundle skips them; here their `<main>` gets the body marker before Pagefind reads them.
 */


export interface SearchBundleReport {
	pages: number;
	retiredPages: number;
	languages: string[];
}

async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
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

async function newIndex() {
	const { index } = check(await pagefind.createIndex(), 'start');
	if (!index) throw new Error('Pagefind did not create an index.');
	return index;
}

export async function writeSearchBundles(outDir: string): Promise<SearchBundleReport> {
	try {
		const current = await newIndex();
		const { page_count } = check(await current.addDirectory({ path: outDir }), 'index the site');
		check(await current.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'write pagefind/');

		const retired = await newIndex();
		const languages = new Set<string>();
		const retiredLanguages = new Set<string>();
		let retiredPages = 0;
		for (const file of await htmlFiles(outDir)) {
			const html = await readFile(file, 'utf8');
			const language = languageOf(html);
			if (language) languages.add(language);
			if (!html.includes(retiredMarker)) continue;
			const content = html.replace(/<main(?=[\s>])/, '<main data-pagefind-body');
			check(await retired.addHTMLFile({ sourcePath: relative(outDir, file).split(sep).join('/'), content }), `index ${file}`);
			retiredPages++;
			if (language) retiredLanguages.add(language);
		}
		// Pagefind falls back to another language's index when the page's language has none, so
		// every language gets one: a record with no words, which no query can match.
		for (const language of languages) {
			if (retiredLanguages.has(language)) continue;
			check(await retired.addCustomRecord({ url: '/', content: '', language, meta: { title: '' } }), `prepare ${retiredBundle}/`);
		}
		check(await retired.writeFiles({ outputPath: join(outDir, retiredBundle) }), `write ${retiredBundle}/`);
		await dropRuntime(join(outDir, retiredBundle));
		return { pages: page_count, retiredPages, languages: [...languages].sort() };
	} finally {
		await pagefind.close();
	}
}
