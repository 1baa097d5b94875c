/**
 * The offline copy's search script, built from the same TypeScript as the site's search
 * (src/offline/browser/offline-search.ts → src/search/browser/core/) at build time: one plain,
 * minified script (an IIFE) with MiniSearch inside, because browsers refuse module scripts for
 * pages opened from disk. esbuild is the bundler Vite and tsx already bring.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./browser/offline-search.ts', import.meta.url));

/** MiniSearch's licence, which must travel with its code. */
async function miniSearchLicence(): Promise<string> {
	// The package's main file sits in dist/cjs/ (or dist/es/); its licence at the package's root.
	const root = dirname(dirname(dirname(createRequire(import.meta.url).resolve('minisearch'))));
	return (await readFile(join(root, 'LICENSE.txt'), 'utf8')).trim().replace(/\*\//g, '* /');
}

export async function offlineSearchScript(): Promise<string> {
	const [bundled, licence] = await Promise.all([
		build({
			entryPoints: [entry],
			bundle: true,
			format: 'iife',
			platform: 'browser',
			// Browsers of the last several years: the copy may be opened on an old computer.
			target: 'es2020',
			minify: true,
			// The only licence in the bundle is MiniSearch's, written once on top.
			legalComments: 'none',
			write: false,
			logLevel: 'silent',
		}),
		miniSearchLicence(),
	]);
	const code = bundled.outputFiles[0]!.text;
	return `/*! Memoria's offline search, built from src/offline/browser/offline-search.ts and src/search/browser/core/.\n * It includes MiniSearch (npm package "minisearch"):\n${licence}\n*/\n${code}`;
}
