import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { memoriaError } from '../errors/memoria-error';
import type { WriterLanguage } from '../errors/writer-language';
import { memoriaVersion, pagefindVersion } from '../lib/package-versions';
import { replaceFile } from '../lib/replace-file';
import { retiredBundle } from '../search/bundles';
import { type Manifest, manifestFile } from './format';
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

async function write(dir: string, manifest: Manifest, language: WriterLanguage): Promise<Manifest> {
	const problems = manifestProblems(manifest);
	if (problems.length > 0) throw memoriaError('network-format', { file: manifestFile, problems: problemLines(problems), source: 'config' }, {}, language);
	await replaceFile(join(dir, manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
	return manifest;
}

/** Writes the manifest of the site built into `dir`, listing its exports and no search bundle. */
export async function writeManifest(dir: string, config: ManifestConfig, language: WriterLanguage): Promise<Manifest> {
	const exports = await Promise.all(
		exportFiles(config).map(async ({ language: exportLanguage, path }) => {
			const bytes = await readFile(join(dir, ...path.split('/')));
			const data = JSON.parse(bytes.toString('utf8')) as unknown;
			if (config.network.copies) {
				const problems = exportProblems(data);
				if (problems.length > 0) throw memoriaError('network-format', { file: path, problems: problemLines(problems), source: 'content' }, {}, language);
			}
			return { language: exportLanguage, file: { path, bytes }, data };
		})
	);
	const manifest = buildManifest({ config, generator: { memoria: memoriaVersion(), pagefind: pagefindVersion() }, generated: buildDate(), exports });
	return write(dir, manifest, language);
}

/** Every file of a folder, paths from it with forward slashes, sorted. */
async function filesIn(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1).split(sep).join('/'))
		.sort();
}

/**
 * Rewrites the manifest of `dir` with its Pagefind bundles (pagefind/ and pagefind-retired/) and
 * every file in them, paths from the bundle's folder. Files are read one at a time: a large site's
 * bundles hold thousands.
 */
export async function withSearchBundles(dir: string, manifest: Manifest, language: WriterLanguage): Promise<Manifest> {
	const search: Manifest['search'] = [];
	for (const [kind, folder] of [
		['current', 'pagefind'],
		['retired', retiredBundle],
	] as const) {
		const root = join(dir, folder);
		if (!existsSync(root)) continue;
		const files = [];
		for (const path of await filesIn(root)) files.push(listedFile({ path, bytes: await readFile(join(root, ...path.split('/'))) }));
		search.push({ kind, path: `${folder}/`, files });
	}
	return write(dir, { ...manifest, search }, language);
}
