/**
 * The build step that makes the downloadable offline copy of the public site
 * (offline-copy.ts) into `offline/<organisation>-offline.zip`, and writes its size beside the
 * download link of each home page.
 *
 * `memoria build` runs it after Astro has exited, at the same time as the search indexing (the
 * two read the same pages and share nothing else). An error fails the build, and `memoria build` (src/cli/commands/build.ts) then
 * leaves the previous dist/ as it was. Internal builds make no copy (see archive-name.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/site-config';
import { createLocales } from '../site/locales';
import { formatSize } from '../lib/format';
import { replaceFile } from '../lib/replace-file';
import { routeTable } from '../site/routes';
import { exportFile } from '../network/format';
import { offlineArchivePath, offlineFolderName } from './archive-name';
import { makeOfflineCopy, type OfflineCopyResult } from './offline-copy';
import { offlineSearchScript } from './offline-search-script';
import { adminEnabled, adminFiles, adminFolder } from '../admin/admin-files';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export type OfflineCopyOutcome = { made: false; reason: 'internal' | 'turned-off' } | ({ made: true; archive: string } & OfflineCopyResult);

/**
 * Makes the copy of the site built into `dir`, unless this build must not have one. With
 * `cacheFolder`, each page's copy is kept there for the next build, which reuses the pages that
 * did not change (page-cache.ts).
 */
export async function writeOfflineCopy(dir: string, config: SiteConfig, audience: string | undefined, cacheFolder?: string): Promise<OfflineCopyOutcome> {
	const archive = offlineArchivePath(config, audience);
	if (!archive) return { made: false, reason: config.offline ? 'internal' : 'turned-off' };
	const base = config.base;
	const siteUrl = config.site ? new URL(base, config.site).href : undefined;
	const rows = routeTable(createLocales(config));
	// Route patterns have no base path: they are paths of the output folder.
	const file = (pattern: string) => `${pattern.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '');
	const pagesOf = (kind: string) => Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.language, file(r.pattern)]));
	const homePages = pagesOf('home');
	const leaveOut = new Set(
		rows.flatMap((r) => {
			const path = r.pattern.replace(/^\/+/, '');
			// Each language's whole export stays, listed in the copy's memoria.json: a network's hub
			// can keep a copy of the memory from the offline copy alone (a member off the internet).
			if (r.kind === 'feed' || (r.kind === 'export' && path !== exportFile(r.language))) return [path];
			if (r.kind === 'not-found') return [`${path}.html`, `${path}/index.html`];
			return [];
		})
	);
	// The admin edits the site's repository: a copy read from disk has nothing to do with it.
	if (adminEnabled(config, 'build')) for (const file of adminFiles(config)) leaveOut.add(`${adminFolder}/${file.path}`);
	// SOURCE_DATE_EPOCH (reproducible builds) fixes the day and the files' times in the archive.
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
	const result = await makeOfflineCopy({
		dir,
		archive,
		folder: offlineFolderName(config.organisation, date),
		base,
		siteUrl,
		organisation: config.organisation,
		languages: config.languages,
		homePages,
		searchPages: pagesOf('search'),
		leaveOut,
		genericDescriptions: new Set(Object.values(config.description)),
		assets: { searchScript: await offlineSearchScript(), styles: here('./browser/offline.css') },
		date,
		...(cacheFolder ? { cache: { folder: cacheFolder, code: codeFingerprint() } } : {}),
	});
	// The size beside each home page's download link, in one step: the search indexer may be reading them.
	for (const [language, path] of Object.entries(homePages)) {
		const page = join(dir, path);
		const html = await readFile(page, 'utf8').catch(() => undefined);
		if (html === undefined) continue;
		const sized = html.replace(/(<span\b[^>]*\sdata-memoria-offline-size\b[^>]*>)[^<]*(<\/span>)/, `$1(ZIP, ${formatSize(result.bytes, language)})$2`);
		await replaceFile(page, sized);
	}
	return { made: true, archive, ...result };
}

/**
 * Memoria's code, as a hash: a page's copy is made by this folder's modules and by others they
 * use (the links' rewriting, the security policy), so any change to Memoria's source redoes every
 * page. About 600 small files: read in a few hundredths of a second.
 */
function codeFingerprint(): string {
	const hash = createHash('sha256');
	const source = here('../');
	const files = readdirSync(source, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) hash.update(file.slice(source.length)).update(readFileSync(file));
	// And the packages that read and write a page's copy, in the versions this site has installed.
	for (const name of ['htmlparser2', 'entities']) hash.update(`${name}@${packageVersion(name)}`);
	return hash.digest('hex');
}

/** The installed version of a package Memoria uses, from the package.json above its entry file ("" if none is found). */
function packageVersion(name: string): string {
	try {
		let folder = dirname(createRequire(import.meta.url).resolve(name));
		for (;;) {
			const file = join(folder, 'package.json');
			if (existsSync(file)) {
				const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
				if (found.name === name) return found.version ?? '';
			}
			if (dirname(folder) === folder) return '';
			folder = dirname(folder);
		}
	} catch {
		return '';
	}
}
