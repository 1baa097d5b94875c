/**
 * node scripts/build.mjs runs this once Astro has exited, beside the search index:
 * `tsx scripts/offline-copy.ts DIR [--root ROOT]` writes the offline copy of the site built into
 * DIR (see src/offline/write-offline-copy.ts). MEMORIA_AUDIENCE=internal makes none.
 */
import { resolve } from 'node:path';
import { loadSiteConfig } from '../src/config/parse-site-config';
import { formatSize, writeOfflineCopy } from '../src/offline/write-offline-copy';

const args = process.argv.slice(2);
const option = (flag: string) => {
	const at = args.indexOf(flag);
	return at === -1 ? undefined : args.splice(at, 2)[1];
};
const root = option('--root') ?? '.';
const [dir] = args;
if (!dir || args.length > 1) {
	console.error('Usage: tsx scripts/offline-copy.ts <built site folder> [--root <project folder>]');
	process.exit(2);
}

const started = performance.now();
const config = await loadSiteConfig(resolve(root));
const outcome = await writeOfflineCopy(resolve(dir), config, process.env.MEMORIA_AUDIENCE);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!outcome.made) {
	console.log(`[memoria:offline-copy] ${outcome.reason === 'internal' ? 'No offline copy for an internal build.' : 'No offline copy (offline: false in memoria.config.ts).'}`);
} else {
	const counts = Object.entries(outcome.records)
		.map(([language, n]) => `${n} ${language}`)
		.join(', ');
	console.log(`[memoria:offline-copy] ${outcome.archive}: ${formatSize(outcome.bytes, 'en')}, ${outcome.pages} pages, search records ${counts}, in ${seconds} s.`);
}
