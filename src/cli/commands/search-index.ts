import { resolve } from 'node:path';
import { loadSiteConfig } from '../../config/parse-site-config';
import { installedPagefindVersion } from '../../network/pagefind-version';
import { writeNetworkSearch } from '../../network/search-copies';
import { writeSearchBundles } from '../../search/search-bundles';
import type { Command } from '../command';

/**
 * `memoria search-index <built folder>`, a step of `memoria build` once Astro has exited: writes
 * pagefind/ (current pages) and pagefind-retired/ (drafts and archived entries) into the folder.
 * See src/search/search-bundles.ts for why there are two. On a network's hub, it also copies the
 * members' own bundles from the mirror (src/network/search-copies.ts).
 */
export const searchIndex: Command = (line, { root }) => searchIndexStep(resolve(line.positionals[0]!), root);

/** The step itself, for `memoria build` to run in its own process: resolves with the exit code. */
export async function searchIndexStep(outDir: string, root: string): Promise<number> {
	const started = performance.now();
	const report = await writeSearchBundles(outDir);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`[memoria:search] ${report.pages} HTML files read, ${report.retiredPages} drafts and archived entries in their own bundle (${report.languages.join(', ')}) in ${seconds}s.`
	);
	const config = await loadSiteConfig(root);
	if (config.network.members.length > 0) {
		const network = writeNetworkSearch(outDir, root, config, installedPagefindVersion());
		console.log(
			`[memoria:search] Network: ${network.merged.length} members' own search merged (${network.merged.join(', ') || '-'}, ${network.files} files), ${network.hubIndexed.length} indexed by this site (${network.hubIndexed.join(', ') || '-'}).`
		);
	}
	return 0;
}
