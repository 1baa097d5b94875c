/**
 * `memoria schemas` copies the JSON Schemas this version of Memoria ships into a site's schemas/
 * folder, for the editor's checks; `--check` fails when the site's copy is missing or stale.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runMemoria } from '../../src/cli/main';

const site = mkdtempSync(join(tmpdir(), 'memoria-schemas-'));
writeFileSync(join(site, 'memoria.config.ts'), "export default { organisation: 'Test' };\n");
afterAll(() => rmSync(site, { recursive: true, force: true }));

// The command writes its report with console.log; the exit code and the files are what count.
const run = (...args: string[]) => {
	const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
	return runMemoria(['schemas', '--root', site, ...args], { input: Readable.from(['']), output: sink, errors: sink, env: { LANG: 'C' } });
};

describe('memoria schemas', () => {
	it('fails --check before the files exist, writes the shipped files, then passes --check', async () => {
		expect(await run('--check')).toBe(1);
		expect(await run()).toBe(0);

		expect(readFileSync(join(site, 'schemas/learnings.schema.json'), 'utf8')).toBe(readFileSync('schemas/learnings.schema.json', 'utf8'));
		expect(await run('--check')).toBe(0);
	});

	it('fails --check when a file no longer matches the version of Memoria installed', async () => {
		await run();
		writeFileSync(join(site, 'schemas/calls.schema.json'), '{}\n');

		expect(await run('--check')).toBe(1);
	});
});
