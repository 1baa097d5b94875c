import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Memoria's own dependencies, as Memoria's code imports them in a site's build.
 *
 * Astro bundles Memoria's pages into the site's build and leaves a package it does not bundle
 * (Sätteri, a native module) as a bare import, which Node then looks up from the build's folder:
 * the site's copy. A site may have another version there (Astro's Markdown processor brings
 * Sätteri 0.10 while Memoria needs 0.11's `hastToHtml`), and the page fails to build. This plugin
 * resolves each dependency that Memoria's package.json lists, imported from Memoria's own files,
 * as Node would from there, and keeps it outside the bundle by its file's address.
 */
const modules = /\.(c|m)?js$/;

export function ownDependencies(): Plugin {
	const packageJson = fileURLToPath(new URL('../../package.json', import.meta.url));
	const packageRoot = dirname(packageJson);
	const { dependencies = {} } = JSON.parse(readFileSync(packageJson, 'utf8')) as { dependencies?: Record<string, string> };
	const require = createRequire(packageJson);
	const names = new Set(Object.keys(dependencies));
	return {
		name: 'memoria:own-dependencies',
		apply: 'build',
		enforce: 'pre',
		// The server's bundle only: the browser's scripts are bundled whole, and a file's address means nothing there.
		applyToEnvironment: (environment) => environment.config.consumer === 'server',
		resolveId(source, importer) {
			if (!importer || !isOwnFile(packageRoot, importer)) return undefined;
			const name = packageName(source);
			if (!name || !names.has(name)) return undefined;
			let file: string;
			try {
				file = require.resolve(source);
			} catch {
				// A package without a CommonJS entry (ESM only) is left to Vite, which finds it from the importer.
				return undefined;
			}
			return modules.test(file) ? { id: pathToFileURL(file).href, external: true } : undefined;
		},
	};
}

/** A file of Memoria's own (src/), not one of its dependencies' inside its node_modules. */
function isOwnFile(packageRoot: string, importer: string): boolean {
	const inside = relative(packageRoot, importer.split('?')[0]!);
	return !inside.startsWith('..') && !isAbsolute(inside) && inside.split(/[\\/]/)[0] === 'src';
}

/** The package a bare import names ("satteri", "@scope/name"), or undefined for a path or a virtual module. */
export function packageName(source: string): string | undefined {
	if (/^[./\0]|^[a-z]+:/i.test(source)) return undefined;
	const parts = source.split('/');
	return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
