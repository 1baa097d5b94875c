import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repository = resolve(import.meta.dirname, '../..');
const marker = '.memoria-output';
const projects: string[] = [];

/**
 * A copy of tests/fixtures/bilingual-basics in its own folder under tests/.tmp/ (ignored by git;
 * as tests/build/stale-notice.test.ts does), importing Memoria from this repository by absolute
 * paths. It finds the repository's packages by walking up, as the fixtures do, and Astro keeps
 * its cache in the copy's own node_modules/.astro. The project sits one folder down, so the
 * folder holding it belongs to this test alone.
 */
function copyFixture(): string {
	mkdirSync(join(repository, 'tests/.tmp'), { recursive: true });
	const folder = mkdtempSync(join(repository, 'tests/.tmp/output-folder-'));
	projects.push(folder);
	const root = join(folder, 'project');
	const fixture = join(repository, 'tests/fixtures/bilingual-basics');
	for (const name of ['astro.config.mjs', 'content.config.ts', 'memoria.config.ts', 'content'])
		cpSync(join(fixture, name), join(root, name), { recursive: true });
	for (const name of ['astro.config.mjs', 'content.config.ts']) {
		const path = join(root, name);
		writeFileSync(path, readFileSync(path, 'utf8').replaceAll('../../../src/', `${join(repository, 'src')}/`));
	}
	mkdirSync(join(root, 'public'));
	writeFileSync(join(root, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
	return root;
}

afterAll(() => {
	for (const folder of projects) rmSync(folder, { recursive: true, force: true });
});

/** The environment of a writer's shell (as tests/build/support/fixture.ts): without Vite's and vitest's variables. */
function writerEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LANG: 'C', LANGUAGE: '', LC_ALL: '' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

/** Runs Memoria's build command on a project, as a writer would. */
async function build(root: string, out: string): Promise<{ status: number; output: string }> {
	const child = spawn(process.execPath, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root, '--out', out], { cwd: root, env: writerEnvironment() });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
	return { status, output };
}

/** Every file under a folder with its contents, to compare a folder before and after. */
function listing(folder: string): Record<string, string> {
	if (!existsSync(folder)) return {};
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(folder, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(folder);
	return files;
}

describe('the build never writes into a folder Memoria did not make', () => {
	let root: string;
	beforeAll(() => {
		root = copyFixture();
	});

	it.each([
		['the content folder', 'content'],
		['a folder inside the content folder', 'content/learnings'],
		['the public folder', 'public'],
		['the project folder', '.'],
		['the folder holding the project', '..'],
	])("refuses %s before building, even with Memoria's mark in it, leaving content/ and public/ as they were", async (_, out) => {
		// The mark alone must not make these folders replaceable.
		writeFileSync(join(root, out, marker), '');
		const before = { content: listing(join(root, 'content')), public: listing(join(root, 'public')) };

		const result = await build(root, out);

		expect(result.status).not.toBe(0);
		expect(result.output).toContain('unsafe-output-folder');
		expect({ content: listing(join(root, 'content')), public: listing(join(root, 'public')) }).toEqual(before);
		expect(existsSync(join(root, '.memoria-build'))).toBe(false);
		expect(result.output, 'refused before the checks or Astro started').not.toMatch(/\[content\]|\[build\]|\[memoria:check/);
	});

	it("refuses a folder holding a user's file without Memoria's mark, and the file is still there", async () => {
		mkdirSync(join(root, 'some-folder'));
		writeFileSync(join(root, 'some-folder/notes.txt'), 'My notes.');

		const result = await build(root, 'some-folder');

		expect(result.status).not.toBe(0);
		expect(result.output).toContain('unsafe-output-folder');
		expect(listing(join(root, 'some-folder'))).toEqual({ 'notes.txt': 'My notes.' });
		expect(existsSync(join(root, '.memoria-build'))).toBe(false);
		expect(result.output, 'refused before the checks or Astro started').not.toMatch(/\[content\]|\[build\]|\[memoria:check/);
	});
});

describe('the build replaces only its own output', () => {
	it("replaces a folder holding Memoria's mark with a new build", async () => {
		const root = copyFixture();
		mkdirSync(join(root, 'site'));
		writeFileSync(join(root, 'site', marker), '');
		writeFileSync(join(root, 'site/old-page.html'), 'From the last build.');

		const result = await build(root, 'site');

		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(root, 'site/old-page.html'))).toBe(false);
		expect(existsSync(join(root, 'site/index.html'))).toBe(true);
		expect(existsSync(join(root, 'site', marker))).toBe(true);
		expect(existsSync(join(root, '.memoria-build'))).toBe(false);
	});

	it('puts back an output whose swap was interrupted before building, even when the build then fails', async () => {
		const root = copyFixture();
		const previous = join(root, '.memoria-build/previous-123');
		mkdirSync(previous, { recursive: true });
		// The mark a public build leaves: which output it is, so it only ever goes back there.
		const made = `${JSON.stringify({ madeBy: 'memoria', audience: 'public', output: join(realpathSync(root), 'dist') })}\n`;
		writeFileSync(join(previous, marker), made);
		writeFileSync(join(previous, 'index.html'), 'A page from the last good build.');
		writeFileSync(join(root, 'content/learnings/broken.md'), '---\ntitle: Broken\nlesson: "unclosed\n---\nBody.\n');

		const result = await build(root, 'dist');

		expect(result.status).not.toBe(0);
		expect(result.output).toContain('content/learnings/broken.md');
		expect(listing(join(root, 'dist'))).toEqual({ [marker]: made, 'index.html': 'A page from the last good build.' });
		expect(existsSync(previous)).toBe(false);
	});

	it('never puts an internal output left by an interrupted swap where the public output goes', async () => {
		const root = copyFixture();
		const previous = join(root, '.memoria-build/previous-456');
		mkdirSync(previous, { recursive: true });
		writeFileSync(
			join(previous, marker),
			`${JSON.stringify({ madeBy: 'memoria', audience: 'internal', output: join(realpathSync(root), 'dist-internal') })}\n`
		);
		writeFileSync(join(previous, 'index.html'), 'An internal page.');
		writeFileSync(join(root, 'content/learnings/broken.md'), '---\ntitle: Broken\nlesson: "unclosed\n---\nBody.\n');

		const result = await build(root, 'dist');

		expect(result.status).not.toBe(0);
		expect(existsSync(join(root, 'dist'))).toBe(false);
		expect(existsSync(join(previous, 'index.html'))).toBe(true);
	});
});
