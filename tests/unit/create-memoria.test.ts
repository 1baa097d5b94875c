/**
 * The create-memoria package (packages/create-memoria), which `npm create memoria@latest DIR`
 * runs: it is `memoria init` of the same Memoria version, so its version, its dependency and its
 * result are Memoria's; its tarball holds only its command and README.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repository = resolve(import.meta.dirname, '../..');
const folder = join(repository, 'packages/create-memoria');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const memoria = read(join(repository, 'package.json')) as { name: string; version: string; engines: { node: string } };
const create = read(join(folder, 'package.json')) as {
	version: string;
	bin: Record<string, string>;
	dependencies: Record<string, string>;
	engines: { node: string };
};
const parent = mkdtempSync(join(tmpdir(), 'create-memoria-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));
const env = { ...process.env, LANG: 'C', LANGUAGE: '', LC_ALL: '' };

describe('create-memoria', () => {
	it("has Memoria's version, depends on exactly that version, and needs the same Node", () => {
		expect(create.version).toBe(memoria.version);
		expect(create.dependencies).toEqual({ [memoria.name]: memoria.version });
		expect(create.engines.node).toBe(memoria.engines.node);
		expect(Object.keys(create.bin)).toEqual(['create-memoria']);
	});

	it('writes the same site as memoria init, from the folder and options it is given', () => {
		const site = join(parent, 'from-create');
		const result = spawnSync(
			process.execPath,
			[join(folder, create.bin['create-memoria']!), site, '--yes', '--name', 'Red de Prueba', '--languages', 'es,en'],
			{
				env,
				encoding: 'utf8',
			}
		);

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(site, 'memoria.config.ts'), 'utf8')).toContain('Red de Prueba');
		expect(read(join(site, 'package.json')).dependencies[memoria.name]).toBe(`^${memoria.version}`);
		expect(existsSync(join(site, 'content/learnings'))).toBe(true);
	});

	it("passes on memoria init's exit code: a folder that is not empty is refused with 2", () => {
		const result = spawnSync(process.execPath, [join(folder, create.bin['create-memoria']!), repository, '--yes'], { env, encoding: 'utf8' });

		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/not empty/);
	});

	it('packs only its command, its README and its package.json', () => {
		const [packed] = JSON.parse(
			execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: folder, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
		) as {
			files: { path: string }[];
		}[];

		expect(packed!.files.map((f) => f.path).sort()).toEqual(['README.md', 'bin/create-memoria.mjs', 'package.json']);
	});
});
