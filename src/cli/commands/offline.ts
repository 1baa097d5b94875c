import { join, resolve } from 'node:path';
import { loadSiteConfig } from '../../config/parse-site-config';
import { siteLayout } from '../../config/site-layout';
import { formatSize } from '../../lib/format';
import { writeOfflineCopy } from '../../offline/write-offline-copy';
import type { Command } from '../command';

/**
 * `memoria offline [<built folder>]`: writes the offline copy of the site built into the folder
 * (relative to the site's folder; default: dist/), as src/offline/write-offline-copy.ts describes. `memoria build`
 * runs it once Astro has exited, beside the search index. MEMORIA_AUDIENCE=internal makes none.
 */
export const offline: Command = (line, { root }) =>
	offlineStep(line.positionals[0] !== undefined ? resolve(root, line.positionals[0]) : siteLayout(root).output.public, root, process.env.MEMORIA_AUDIENCE);

/** The step itself, for `memoria build` to run in its own process: resolves with the exit code. */
export async function offlineStep(folder: string, root: string, audience: string | undefined): Promise<number> {
	const started = performance.now();
	const config = await loadSiteConfig(root);
	// Each page's copy is kept in the site's cache for the next build (src/offline/page-cache.ts).
	const outcome = await writeOfflineCopy(folder, config, audience, join(siteLayout(root).astroCache, 'memoria-offline'));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (!outcome.made) {
		console.log(
			`[memoria:offline-copy] ${outcome.reason === 'internal' ? 'No offline copy for an internal build.' : 'No offline copy (offline: false in memoria.config.ts).'}`
		);
	} else {
		const counts = Object.entries(outcome.records)
			.map(([language, n]) => `${n} ${language}`)
			.join(', ');
		console.log(
			`[memoria:offline-copy] ${outcome.archive}: ${formatSize(outcome.bytes, 'en')}, ${outcome.pages} pages (${outcome.reused} unchanged since the last build), search records ${counts}, in ${seconds} s.`
		);
	}
	return 0;
}
