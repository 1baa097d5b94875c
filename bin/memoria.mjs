#!/usr/bin/env node
/**
 * The `memoria` command. Memoria ships its TypeScript source, and Node runs it: Node's own type
 * stripping, completed by bin/typescript-hooks.mjs. Nothing here needs a compiler or tsx.
 * Help: `memoria --help`. Exit codes: 0 done, 1 the site has a problem to fix, 2 the command line
 * could not be read (src/cli/main.ts).
 */
// The whole module, not named imports: on an older Node a missing name would fail before any message.
import nodeModule from 'node:module';

// Astro 7 needs Node 22.22 or newer, and the hooks need `registerHooks` and `stripTypeScriptTypes`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 22) || typeof nodeModule.registerHooks !== 'function' || typeof nodeModule.stripTypeScriptTypes !== 'function') {
	const locale = process.env.LANGUAGE || process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
	console.error(
		locale.toLowerCase().startsWith('es')
			? `✗ Memoria necesita Node.js 22.22 o posterior, y este es ${process.version}.\n  Instala una versión más reciente de Node.js (https://nodejs.org) y vuelve a intentarlo.`
			: `✗ Memoria needs Node.js 22.22 or newer, and this is ${process.version}.\n  Install a newer Node.js (https://nodejs.org) and try again.`
	);
	process.exit(2);
}

await import('./typescript-hooks.mjs');
const { runMemoria } = await import('../src/cli/main.ts');
const { processTerminal } = await import('../src/cli/terminal.ts');
process.exitCode = await runMemoria(process.argv.slice(2), processTerminal());
