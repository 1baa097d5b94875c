/**
 * Lets Node run Memoria's TypeScript source as it is shipped, with no compiler and no tsx:
 * `node --import ./bin/typescript-hooks.mjs file.ts`, or imported first by bin/memoria.mjs.
 *
 * Node 22.18+ strips types from .ts files itself, but not from files inside node_modules (where
 * Memoria lives once installed), and it wants `./file.ts` where this code writes `./file` (the
 * way Vite and Astro, which also run this code, resolve it). Two hooks close that gap:
 * - resolve: a relative import without an extension, from a .ts file, is `<it>.ts` or
 *   `<it>/index.ts`;
 * - load: a .ts file has its types erased by Node's own `stripTypeScriptTypes`, which only
 *   blanks them out, so line and column numbers in stack traces stay those of the source.
 * Only erasable syntax works (no enums, namespaces or parameter properties): tsconfig.json's
 * `erasableSyntaxOnly` makes `astro check` refuse the rest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const typescript = /\.m?ts$/;
const hasExtension = /\.[a-z0-9]+$/i;
const isFile = (url) => existsSync(url) && statSync(url).isFile();

// Node 22 calls stripTypeScriptTypes experimental and says so on the first call of a process: a
// warning for developers that would open every command's output. Made once here, in silence.
const emitWarning = process.emitWarning;
process.emitWarning = () => {};
stripTypeScriptTypes('');
process.emitWarning = emitWarning;

registerHooks({
	resolve(specifier, context, nextResolve) {
		const relative = specifier.startsWith('./') || specifier.startsWith('../');
		if (relative && context.parentURL && typescript.test(context.parentURL) && !hasExtension.test(specifier)) {
			for (const ending of ['.ts', '/index.ts']) {
				if (isFile(new URL(specifier + ending, context.parentURL))) return nextResolve(specifier + ending, context);
			}
		}
		return nextResolve(specifier, context);
	},
	load(url, context, nextLoad) {
		if (url.startsWith('file:') && typescript.test(url)) {
			const source = readFileSync(fileURLToPath(url), 'utf8');
			return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'strip' }), shortCircuit: true };
		}
		return nextLoad(url, context);
	},
});
