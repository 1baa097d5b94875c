/**
 * What a site gets when it installs Memoria: `npm pack` into a temporary folder, then the
 * tarball's own file list. It holds what a site needs (the command, the source, the JSON
 * Schemas, README, CHANGELOG, LICENSE) and nothing of this repository's tests, benchmark or demo
 * content; and nothing in it needs a package that an installed Memoria does not bring.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
	name: string;
	exports: Record<string, string>;
	bin: Record<string, string>;
	dependencies: Record<string, string>;
	peerDependencies: Record<string, string>;
};
const folder = mkdtempSync(join(tmpdir(), 'memoria-pack-'));
let files: string[] = [];
let unpacked = '';

beforeAll(() => {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
	) as { filename: string }[];
	const tarball = join(folder, packed!.filename);
	// The tarball itself, not npm's account of it.
	files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
		.split('\n')
		.filter(Boolean)
		.map((path) => path.replace(/^package\//, ''));
	unpacked = join(folder, 'unpacked');
	execFileSync('mkdir', ['-p', unpacked]);
	execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
	console.info(`${packed!.filename}: ${(statSync(tarball).size / 1024).toFixed(0)} KB, ${files.length} files`);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the npm package', () => {
	it('holds only what a site needs', () => {
		const allowed = /^(bin\/|src\/|schemas\/[a-z-]+\.schema\.json$|(README|README\.es|CHANGELOG|UPGRADING|UPGRADING\.es)\.md$|LICENSE$|package\.json$)/;

		expect(files.filter((path) => !allowed.test(path))).toEqual([]);
		expect(files.filter((path) => /^(tests|bench|content|examples|scripts|public|node_modules)\//.test(path))).toEqual([]);
		expect(files).toEqual(
			expect.arrayContaining([
				'README.md',
				'README.es.md',
				'CHANGELOG.md',
				'UPGRADING.md',
				'UPGRADING.es.md',
				'LICENSE',
				'schemas/learnings.schema.json',
				'schemas/memoria-manifest.schema.json',
				'schemas/memoria-export.schema.json',
			])
		);
	});

	it('holds the file of every export and of the command', () => {
		const targets = [...Object.values(manifest.exports), ...Object.values(manifest.bin)].map((path) => path.replace(/^\.\//, ''));

		expect(targets.filter((path) => !files.includes(path))).toEqual([]);
	});

	it('imports, at run time, only Node, its dependencies, its peer dependencies and Astro’s virtual modules', () => {
		const provided = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies), ...builtinModules]);
		const needed = new Map<string, string>();
		for (const path of files.filter((f) => /\.(ts|mjs|astro)$/.test(f))) {
			const source = readFileSync(join(unpacked, path), 'utf8');
			// `import type` is erased before anything runs; every other import and export … from must resolve.
			for (const [, specifier] of source.matchAll(/^\s*(?:import|export)(?!\s+type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
				if (/^(\.|node:|astro:|virtual:)/.test(specifier!)) continue;
				const name = specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!;
				// The new site's files that `memoria init` writes (src/cli/starter/) import Memoria by its name, as text.
				if (name === manifest.name && path.startsWith('src/cli/starter/')) continue;
				if (!provided.has(name)) needed.set(name, path);
			}
		}

		expect(Object.fromEntries(needed)).toEqual({});
	});

	it('leaves out the schema generator, the one module that needs the TypeScript compiler', () => {
		expect(files).not.toContain('src/model/json-schema.ts');
		expect(files.filter((path) => /\.(ts|mjs)$/.test(path) && /from ['"](typescript|tsx)['"]/.test(readFileSync(join(unpacked, path), 'utf8')))).toEqual([]);
	});
});
