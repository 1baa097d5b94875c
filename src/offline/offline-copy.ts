/**
 * The offline copy of a built site: every page and file a reader needs, rewritten to open from
 * disk, with an offline search, in one .zip. Files are read, changed and added to the archive one
 * at a time, so memory does not grow with the site (only the search records, a few KB per page,
 * are kept until the end).
 *
 * What the copy leaves out: Pagefind's bundle (replaced by the offline search), module scripts
 * (browsers refuse them from disk), source maps, the sitemap, feeds and the data exports other than
 * each language's whole memory (a feed reader or a spreadsheet needs the online address anyway;
 * the memory and the site's /memoria.json stay, for a network's hub that copies the memory from
 * the archive), the "not found" pages (nothing serves them from disk), host configuration
 * (_headers, _redirects) and the archive itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { crc32 } from 'node:zlib';
import { temporarySuffix } from '../lib/replace-file';
import { networkSearchFolder, retiredBundle } from '../search/bundles';
import { createZipWriter, deflate } from './archive';
import { openPageCache } from './page-cache';
import { offlineFolder, offlinePage } from './offline-page';
import { type LinkContext, rewriteCssUrls } from './relative-links';
import { searchIndexScript, searchRecordFromHtml, type OfflineSearchRecord } from './search-index';

export interface OfflineCopyOptions {
	/** The built site (Astro's output folder). */
	dir: string;
	/** Where the archive goes, from `dir`: `offline/colectivo-brujula-offline.zip`. */
	archive: string;
	/** The one folder inside the archive that holds the copy: `colectivo-brujula-offline-2026-11-22`. */
	folder: string;
	/** The site's base path, with slashes at both ends. */
	base: string;
	/** The site's public address with the base path, ending in `/`, when configured. */
	siteUrl?: string | undefined;
	organisation: string;
	languages: readonly string[];
	/** Paths in the output (from `dir`, no leading slash) of each language's home and search page. */
	homePages: Record<string, string>;
	searchPages: Record<string, string>;
	/** Paths in the output of files the copy leaves out besides the fixed ones: feeds, exports, "not found" pages. */
	leaveOut: ReadonlySet<string>;
	/** Descriptions that say nothing about a page (the site's own, Starlight's default for every page). */
	genericDescriptions?: ReadonlySet<string>;
	/** The copy's files that are not in the output: the search script (its text, offline-search-script.ts) and the styles (a file). */
	assets: { searchScript: string; styles: string };
	date: Date;
	/**
	 * Where each page's copy is kept for the next build (page-cache.ts); none: every page is made.
	 * `code` is what else a page's copy depends on: Memoria's version of the code that makes it.
	 */
	cache?: { folder: string; code: string } | undefined;
}

export interface OfflineCopyResult {
	/** Size of the .zip in bytes. */
	bytes: number;
	/** Files in the archive. */
	files: number;
	pages: number;
	/** Pages whose copy came from the last build's (their bytes and everything they depend on unchanged). */
	reused: number;
	/** Search records per language. */
	records: Record<string, number>;
}

/** Files of the output the copy never carries, whatever the site. */
function leftOut(path: string, archive: string): boolean {
	return (
		path === archive ||
		path.startsWith(`${archive.split('/')[0]}/`) ||
		// Both search bundles: the copy has its own search, and they may still be being written
		// (`memoria build` indexes while it makes the copy).
		path.startsWith('pagefind/') ||
		path.startsWith(`${retiredBundle}/`) ||
		// A network's hub: its members' bundles, searched online only (src/network/search-copies.ts).
		path.startsWith(`${networkSearchFolder}/`) ||
		path.startsWith('.') ||
		path.endsWith('.map') ||
		// A page being replaced by a step running at the same time (src/lib/replace-file.ts).
		path.endsWith(temporarySuffix) ||
		// Astro's bundled scripts are all modules.
		(path.startsWith('_astro/') && /\.m?js$/.test(path)) ||
		path === '_headers' ||
		path === '_redirects' ||
		/^sitemap[^/]*\.xml$/.test(path)
	);
}

/** The README.txt at the top of the copy, in English and Spanish. */
export function readmeText(options: Pick<OfflineCopyOptions, 'organisation' | 'siteUrl' | 'archive' | 'date'>): string {
	const day = options.date.toISOString().slice(0, 10);
	const online = options.siteUrl ?? '';
	const download = options.siteUrl ? `${options.siteUrl}${options.archive}` : '';
	return [
		`${options.organisation}`,
		`Offline copy · Copia sin conexión · ${day}`,
		'',
		'ENGLISH',
		'',
		`This folder is a copy of ${online ? `the website ${online}` : 'the website'}, made on ${day}, to read without an internet connection.`,
		'',
		'How to open it:',
		'1. Unpack (extract) the whole ZIP file first. Opening the pages from inside the ZIP file does not work.',
		'2. In the unpacked folder, open index.html with your web browser: double-click it, or drag it into a browser window.',
		'',
		'Every page, every language and search work without a connection. Search needs JavaScript, which browsers have turned on unless someone turned it off.',
		`This copy does not update itself.${download ? ` To get the latest one, download it again from ${download}` : ''}`,
		'',
		'ESPAÑOL',
		'',
		`Esta carpeta es una copia ${online ? `del sitio web ${online}` : 'del sitio web'}, hecha el ${day}, para leerla sin conexión a internet.`,
		'',
		'Cómo abrirla:',
		'1. Primero descomprime (extrae) todo el archivo ZIP. Si abres las páginas sin descomprimirlo, no funcionan.',
		'2. En la carpeta descomprimida, abre index.html con tu navegador: haz doble clic en el archivo o arrástralo a una ventana del navegador.',
		'',
		'Todas las páginas, todos los idiomas y la búsqueda funcionan sin conexión. Para buscar, JavaScript tiene que estar activado en el navegador (lo está, salvo que alguien lo haya desactivado).',
		`Esta copia no se actualiza sola.${download ? ` Para tener la más reciente, vuelve a descargarla desde ${download}` : ''}`,
		'',
	].join('\r\n');
}

export async function makeOfflineCopy(options: OfflineCopyOptions): Promise<OfflineCopyResult> {
	const all = (await readdir(options.dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(options.dir.length).split(sep).join('/').replace(/^\/+/, ''))
		.sort();
	const files = all.filter((path) => !leftOut(path, options.archive) && !options.leaveOut.has(path));
	const own = {
		search: `${offlineFolder}/search.js`,
		styles: `${offlineFolder}/offline.css`,
	};
	const indexFile = (language: string) => `${offlineFolder}/search-index.${language}.js`;
	const searchIndexes = Object.fromEntries(options.languages.map((l) => [l, indexFile(l)]));
	const inCopy = new Set([...files, ...Object.values(own), ...Object.values(searchIndexes), 'README.txt']);
	const context: LinkContext = { base: options.base, has: (path) => inCopy.has(path), siteUrl: options.siteUrl };
	const searchPageLanguage = new Map(Object.entries(options.searchPages).map(([language, path]) => [path, language]));
	const languageOfPath = (path: string) => {
		// The longest home-page folder that holds the page: "es/…" is Spanish, the rest the default language.
		let best: [string, number] = ['', -1];
		for (const [language, home] of Object.entries(options.homePages)) {
			const folder = home.replace(/index\.html$/, '');
			if (path.startsWith(folder) && folder.length > best[1]) best = [language, folder.length];
		}
		return best[0];
	};

	// A page's copy depends on its own bytes and path, on which files the copy holds (its links
	// are rewritten to them), on the options below and on Memoria's code: all of it in the key.
	const fingerprint = JSON.stringify({
		code: options.cache?.code,
		base: options.base,
		siteUrl: options.siteUrl,
		homePages: options.homePages,
		searchPages: options.searchPages,
		searchIndexes,
		generic: [...(options.genericDescriptions ?? [])].sort(),
		files: [...inCopy].sort(),
	});
	const zip = createZipWriter(join(options.dir, options.archive), { mtime: options.date });
	const cache = openPageCache(options.cache?.folder, fingerprint, (error) =>
		console.warn(
			`[memoria:offline-copy] The copy of each page could not be kept for the next build (${error instanceof Error ? error.message : String(error)}); this copy is complete.`
		)
	);
	const records: Record<string, OfflineSearchRecord[]> = Object.fromEntries(options.languages.map((l) => [l, []]));
	let pages = 0;
	// Reading runs a few files ahead of the work on them, so the disk and the processor both keep busy.
	const ahead = 16;
	const reads: Promise<Buffer>[] = [];
	const readAt = (i: number) => {
		if (i < files.length && !reads[i]) reads[i] = readFile(join(options.dir, files[i]!));
	};
	/** A page's copy: its search record, and its text rewritten to open from disk, compressed. */
	const copyPage = (html: string, path: string) => {
		const found = searchRecordFromHtml(html, path, options.genericDescriptions ? { genericDescriptions: options.genericDescriptions } : {});
		const pageLanguage = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? languageOfPath(path);
		const text = encoder.encode(
			offlinePage(html, {
				path,
				context,
				searchPage: options.searchPages[pageLanguage] ?? options.searchPages[languageOfPath(path)],
				searchIndexes,
				isSearchPage: searchPageLanguage.has(path),
				date: options.date,
				siteUrl: options.siteUrl,
			})
		);
		return { deflated: deflate(text), crc: crc32(text), size: text.length, found: found ?? null };
	};
	const encoder = new TextEncoder();
	try {
		for (let i = 0; i < files.length; i++) {
			for (let j = i; j < i + ahead; j++) readAt(j);
			const data = await reads[i]!;
			delete reads[i];
			const path = files[i]!;
			const name = `${options.folder}/${path}`;
			if (path.endsWith('.html')) {
				// A home page's copy says the day it was made: never taken from an earlier day's.
				const dated = data.includes('data-memoria-offline-download');
				const key = dated ? undefined : cache.key(path, data);
				const copied = (key && cache.get(key)) || copyPage(data.toString('utf8'), path);
				const found = copied.found as ReturnType<typeof searchRecordFromHtml>;
				if (found) (records[found.language] ??= []).push(found.record);
				zip.addDeflated(name, copied);
				if (key) cache.put(key, copied);
				pages++;
			} else if (path.endsWith('.css')) {
				zip.add(name, rewriteCssUrls(data.toString('utf8'), path, context));
			} else {
				zip.add(name, data);
			}
		}
		zip.add(`${options.folder}/${own.search}`, options.assets.searchScript);
		zip.add(`${options.folder}/${own.styles}`, await readFile(options.assets.styles, 'utf8'));
		for (const [language, list] of Object.entries(records)) {
			if (!searchIndexes[language]) continue; // a page in a language the site does not list
			zip.add(`${options.folder}/${searchIndexes[language]}`, searchIndexScript(language, list));
		}
		zip.add(`${options.folder}/README.txt`, readmeText(options));
		const bytes = await zip.close();
		cache.close();
		return {
			bytes,
			reused: cache.reused,
			files: files.length + Object.keys(own).length + options.languages.length + 1,
			pages,
			records: Object.fromEntries(Object.entries(records).map(([l, list]) => [l, list.length])),
		};
	} catch (error) {
		zip.abort();
		cache.abort();
		// Reads already started must not fail unobserved.
		await Promise.allSettled(reads.filter(Boolean));
		throw error;
	}
}
