/**
 * node scripts/build.mjs runs this after Astro has exited: `tsx scripts/search-index.ts DIR`
 * writes DIR/pagefind/ (current pages) and DIR/pagefind-retired/ (drafts and archived entries).
 * See src/search/search-bundles.ts for why there are two.
 */
import { resolve } from 'node:path';
import { writeSearchBundles } from '../src/search/search-bundles';

const dir = process.argv[2];
if (!dir) {
	console.error('Usage: tsx scripts/search-index.ts <built site folder>');
	process.exit(2);
}
const started = performance.now();
const report = await writeSearchBundles(resolve(dir));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
	`[memoria:search] ${report.pages} HTML files read, ${report.retiredPages} drafts and archived entries in their own bundle (${report.languages.join(', ')}) in ${seconds}s.`
);
