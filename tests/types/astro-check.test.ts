/**
 * The type check (`astro check`: TypeScript strict over every .ts and .astro file, tests
 * included) as a test of `npm test`, so it runs on one core while the other tests use the
 * other, instead of before them all. It runs after the global setup, whose build of the demo
 * writes the same generated types (.astro/) it reads. `npm run typecheck` runs it alone.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const repository = resolve(import.meta.dirname, '../..');

/** The environment of a writer's shell: without the variables vitest sets for itself (NODE_ENV=test, VITEST…), which Astro would read. */
function shellEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

test('astro check finds no type error', async () => {
	const child = spawn(process.execPath, [join(repository, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: repository, env: shellEnvironment() });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

	expect(status, output).toBe(0);
}, 600_000);
