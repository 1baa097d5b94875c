import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Astro's own command, run in a process of its own. Astro is found from the site's folder, as
 * the site's astro.config.mjs finds it (Astro is a peer dependency: the site's Astro is
 * Memoria's), and from Memoria's own place only when the site has none of its own.
 */
export function astroCommand(root: string): string {
	for (const from of [join(root, 'package.json'), import.meta.url]) {
		try {
			const manifest = createRequire(from).resolve('astro/package.json');
			const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { astro: string } };
			return join(dirname(manifest), bin.astro);
		} catch {}
	}
	throw new Error('Astro is not installed: run "npm install" in the site\'s folder.');
}

/**
 * What Astro is told in every process Memoria starts: send no usage data (telemetry) and never
 * ask the npm registry for a newer Astro. Our users' machines may be watched, and their
 * connections are metered: building or writing a memory contacts nobody.
 */
export const quietAstro = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' } as const;

/** Starts `astro <args>` for the site at `root`, with the Node that runs Memoria (and `nodeFlags` for it). */
export function spawnAstro(root: string, args: string[], options: SpawnOptions = {}, nodeFlags: readonly string[] = []): ChildProcess {
	return spawn(process.execPath, [...nodeFlags, astroCommand(root), ...args, '--root', root], {
		cwd: root,
		...options,
		env: { ...(options.env ?? process.env), ...quietAstro },
	});
}

/** Resolves with a process's exit code once it has ended (1 if a signal stopped it). */
export const exitCode = (child: ChildProcess) => new Promise<number>((done) => child.on('exit', (status) => done(status ?? 1)));
