/**
 * Every Astro process Memoria starts is told to contact nobody: no telemetry, no check for a
 * newer Astro. Tried with a stand-in `astro` package in a site's node_modules, which prints
 * what it was given, so the test sees the real environment of the real child process.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCode, spawnAstro } from '../../src/cli/astro-process';

const site = mkdtempSync(join(tmpdir(), 'memoria-astro-process-'));
writeFileSync(join(site, 'package.json'), '{"name":"site","private":true}');
mkdirSync(join(site, 'node_modules/astro'), { recursive: true });
writeFileSync(join(site, 'node_modules/astro/package.json'), '{"name":"astro","version":"0.0.0","bin":{"astro":"astro.mjs"}}');
writeFileSync(
	join(site, 'node_modules/astro/astro.mjs'),
	'const { ASTRO_TELEMETRY_DISABLED, ASTRO_DISABLE_UPDATE_CHECK, SITE_OWN } = process.env;\nconsole.log(JSON.stringify({ args: process.argv.slice(2), ASTRO_TELEMETRY_DISABLED, ASTRO_DISABLE_UPDATE_CHECK, SITE_OWN }));\n'
);
afterAll(() => rmSync(site, { recursive: true, force: true }));

async function run(env?: NodeJS.ProcessEnv) {
	const child = spawnAstro(site, ['dev', '--port', '4321'], { stdio: ['ignore', 'pipe', 'inherit'], ...(env ? { env } : {}) });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	expect(await exitCode(child)).toBe(0);
	return JSON.parse(output);
}

describe('an Astro process started by Memoria', () => {
	it("is the site's own Astro, given the command and the site's root", async () => {
		expect((await run()).args).toEqual(['dev', '--port', '4321', '--root', site]);
	});

	it('sends no telemetry and checks for no update, with the inherited environment or one of its own', async () => {
		for (const env of [undefined, { ...process.env, SITE_OWN: 'kept', ASTRO_TELEMETRY_DISABLED: '' }]) {
			const seen = await run(env);
			expect(seen.ASTRO_TELEMETRY_DISABLED).toBe('1');
			expect(seen.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
			if (env) expect(seen.SITE_OWN).toBe('kept');
		}
	});
});

describe('the Astro configuration Memoria writes for a site', () => {
	it("turns off Astro's developer toolbar, whose app list comes from astro.build", async () => {
		const { default: memoria } = await import('../../src/integration');
		// memoria() sets variables for the content loaders; this worker's other files must not see them.
		const before = { ...process.env };
		try {
			expect(memoria({ organisation: 'Test' }).devToolbar).toEqual({ enabled: false });
		} finally {
			for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
			Object.assign(process.env, before);
		}
	});
});
