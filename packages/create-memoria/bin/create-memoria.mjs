#!/usr/bin/env node
/**
 * `npm create memoria@latest [folder] [options]` runs this file: it is `memoria init` of the
 * Memoria version this package depends on, with the same questions, options, help and exit codes
 * (`npm create memoria@latest -- --help`). Nothing of its own to keep in step with Memoria.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Memoria's folder: the installed memoria-ssg package, or, inside Memoria's own repository, the repository. */
function memoriaFolder() {
	try {
		return dirname(fileURLToPath(import.meta.resolve('memoria-ssg/package.json')));
	} catch {
		const repository = join(dirname(fileURLToPath(import.meta.url)), '../../..');
		const manifest = join(repository, 'package.json');
		if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'memoria-ssg') return repository;
		console.error('✗ memoria-ssg is not installed beside create-memoria. Try: npx memoria-ssg init my-memory');
		process.exit(2);
	}
}

// Memoria's command reads its arguments from process.argv: the same words, after `init`.
process.argv = [process.argv[0], join(memoriaFolder(), 'bin/memoria.mjs'), 'init', ...process.argv.slice(2)];
await import(pathToFileURL(process.argv[1]).href);
