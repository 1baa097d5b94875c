import { resolve } from 'node:path';
import { writeSearchBundles } from '../../search/search-bundles';
import type { Command } from '../command';

/**
 * `memoria search-index <built folder>`, a step of `memoria build` once Astro has exited: writes
 * pagefind/ (current pages) and pagefind-retired/ (drafts and archived entries) into the folder.
 * See src/search/search-bundles.ts for why there are two.
 */
export const searchIndex: Command = (line) => searchIndexStep(resolve(line.positionals[0]!));

/** The step itself, for `memoria build` to run in its own process: resolves with the exit code. */
export async function searchIndexStep(folder: string): Promise<number> {
	const started = performance.now();
	const report = await writeSearchBundles(folder);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`[memoria:search] ${report.pages} HTML files read, ${report.retiredPages} drafts and archived entries in their own bundle (${report.languages.join(', ')}) in ${seconds}s.`
	);
	return 0;
}
