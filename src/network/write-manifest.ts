import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { memoriaError } from '../errors/memoria-error';
import type { WriterLanguage } from '../errors/writer-language';
import { memoriaVersion } from '../lib/memoria-version';
import { replaceFile } from '../lib/replace-file';
import { retiredBundle } from '../search/bundles';
import { type Manifest, manifestFile, memberLimits } from './format';
import { installedPagefindVersion } from './pagefind-version';
import { buildManifest, exportFiles, exportProblems, type FormatProblem, listedFile, type ManifestConfig, manifestProblems } from './manifest';

/**
 * Writes a public build's manifest, /memoria.json (src/network/format.ts), into the built folder:
 * `memoria build` calls writeManifest once Astro has written the exports, before the offline copy
 * is made (so the copy carries the manifest, with no search bundle: the copy has its own search),
 * and withSearchBundles once Pagefind has written its bundles. Both run in the build's own
 * process, before the leak gate reads every file of the output.
 *
 * The manifest must always follow the format, since it carries the site's consent (a hub that
 * cannot read it cannot see that copies are no longer allowed): one that would not stops the
 * build. The exports are checked against the format when the site lets others copy it.
 */

/** The day the build states: SOURCE_DATE_EPOCH's (reproducible builds), else now. */
function buildDate(): Date {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

const problemLines = (problems: FormatProblem[]) =>
	[...problems.slice(0, 20).map((p) => `  - ${p.at || '(root)'}: ${p.message}`), ...(problems.length > 20 ? [`  … ${problems.length - 20}`] : [])].join('\n');

const manifestText = (manifest: Manifest) => `${JSON.stringify(manifest, null, 1)}\n`;

async function write(dir: string, manifest: Manifest, language: WriterLanguage): Promise<Manifest> {
	const problems = manifestProblems(manifest);
	if (problems.length > 0) throw memoriaError('network-format', { file: manifestFile, problems: problemLines(problems), source: 'config' }, {}, language);
	await replaceFile(join(dir, manifestFile), manifestText(manifest));
	return manifest;
}

/** Writes the manifest of the site built into `dir`, listing its exports and no search bundle. */
export async function writeManifest(dir: string, config: ManifestConfig, language: WriterLanguage): Promise<Manifest> {
	const exports = await Promise.all(
		exportFiles(config).map(async ({ language: exportLanguage, path }) => {
			const bytes = await readFile(join(dir, ...path.split('/')));
			return { language: exportLanguage, file: { path, bytes }, data: JSON.parse(bytes.toString('utf8')) as unknown };
		})
	);
	// Checked in the site's order of languages, so the same broken site always gets the same report
	// (the reads above end in any order).
	for (const { file, data } of config.network.copies ? exports : []) {
		const problems = exportProblems(data);
		if (problems.length > 0) throw memoriaError('network-format', { file: file.path, problems: problemLines(problems), source: 'content' }, {}, language);
	}
	const manifest = buildManifest({ config, generator: { memoria: memoriaVersion(), pagefind: installedPagefindVersion() }, generated: buildDate(), exports });
	return write(dir, manifest, language);
}

/**
 * Every file of a folder with its sha256, paths from the folder with forward slashes, sorted. Read
 * synchronously: a large site's bundles hold thousands of small files, which Node reads several
 * times faster one after another than through its thread pool (measured: 0.2 s against 1 s for
 * 4,200 files), and nothing else runs in the build's process meanwhile.
 */
function listFolder(folder: string): ReturnType<typeof listedFile>[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.map((file) => ({
			file,
			path: file
				.slice(folder.length + 1)
				.split(sep)
				.join('/'),
		}))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
		.map(({ file, path }) => listedFile({ path, bytes: readFileSync(file) }));
}

/**
 * Rewrites the manifest of `dir` with its Pagefind bundles (pagefind/ and pagefind-retired/) and
 * every file in them, paths from the bundle's folder. A site so large that the list would make the
 * manifest bigger than a hub reads (memberLimits.manifestBytes) lists none: a hub then indexes its
 * copy itself, and can still read the manifest, which carries the site's consent.
 */
export async function withSearchBundles(
	dir: string,
	manifest: Manifest,
	language: WriterLanguage,
	limit: number = memberLimits.manifestBytes
): Promise<{ manifest: Manifest; bundlesListed: boolean }> {
	const search: Manifest['search'] = [];
	for (const [kind, folder] of [
		['current', 'pagefind'],
		['retired', retiredBundle],
	] as const) {
		const root = join(dir, folder);
		if (!existsSync(root)) continue;
		search.push({ kind, path: `${folder}/`, files: listFolder(root) });
	}
	const listed = { ...manifest, search };
	if (Buffer.byteLength(manifestText(listed)) > limit) return { manifest, bundlesListed: false };
	return { manifest: await write(dir, listed, language), bundlesListed: true };
}
