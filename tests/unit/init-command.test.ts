/**
 * `memoria init`: a new site from flags, from --yes, or from answered questions; the refusal of
 * a folder that is not empty; --empty; a cancelled question that writes nothing; and files that
 * Memoria accepts as written (memoria.config.ts by the site-config schema, every example entry by
 * its collection's schema, every id an example points at present).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runMemoria } from '../../src/cli/main';
import { siteConfigSchema } from '../../src/config/site-config';
import { registryEntries } from '../../src/model/registry';
import { assessmentProblems } from '../../src/schemas/assessment';
import { themeSchema } from '../../src/schemas/theme';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; peerDependencies: Record<string, string> };

const parents: string[] = [];
afterEach(() => {
	for (const folder of parents.splice(0)) rmSync(folder, { recursive: true, force: true });
});
/** A new temporary folder, and the path of a site folder inside it that does not exist yet. */
function place(name = 'my-memory') {
	const parent = mkdtempSync(join(tmpdir(), 'memoria-init-'));
	parents.push(parent);
	return join(parent, name);
}

/** `memoria init <args>` in this process; `input` answers the questions, then ends. */
async function init(args: string[], { input = '', lang = 'C' } = {}) {
	const collect = () => {
		const chunks: string[] = [];
		return { stream: new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) }), text: () => chunks.join('') };
	};
	const [stdout, stderr] = [collect(), collect()];
	const status = await runMemoria(['init', ...args], { input: Readable.from([input]), output: stdout.stream, errors: stderr.stream, env: { LANG: lang } });
	return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Every file under a folder, as paths relative to it. */
function filesIn(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();
}

/** memoria.config.ts as Memoria reads it: imported (with `memoria-ssg/config` pointed at this source), then the schema. */
async function loadConfig(site: string) {
	const source = readFileSync(join(site, 'memoria.config.ts'), 'utf8');
	expect(source).toContain("from 'memoria-ssg/config'");
	// Beside the site, not in it: the site's tsconfig.json extends Astro's, which is not installed there.
	const copy = join(dirname(site), 'memoria.config.test-copy.ts');
	writeFileSync(copy, source.replace("'memoria-ssg/config'", `'${resolve('src/config/site-config.ts')}'`));
	const module = (await import(copy)) as { default: unknown };
	rmSync(copy);
	return siteConfigSchema.parse(module.default);
}

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('memoria init', () => {
	it('writes a site from its flags, with the default language at the root of each folder', async () => {
		const site = place('mi-memoria');

		const result = await init([site, '--name', "Laboratorio O'Higgins", '--languages', 'es,en', '--default-language', 'es'], { lang: 'es_MX.UTF-8' });

		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('npm run dev');
		expect(await loadConfig(site)).toMatchObject({ organisation: "Laboratorio O'Higgins", languages: ['es', 'en'], defaultLanguage: 'es' });
		expect(frontmatter(readFileSync(join(site, 'content/learnings/ask-on-the-radio.md'), 'utf8')).title).toBe(
			'Preguntar en la radio antes de imprimir formularios'
		);
		expect(frontmatter(readFileSync(join(site, 'content/learnings/en/ask-on-the-radio.md'), 'utf8')).title).toBe('Ask on the radio before printing forms');
		expect(readFileSync(join(site, 'README.md'), 'utf8')).toMatch(/^# La memoria de Laboratorio O'Higgins/);
	});

	it('takes every default with --yes, asking nothing, and writes a package.json that installs this Memoria', async () => {
		const site = place();

		const result = await init([site, '--yes']);

		expect(result.status).toBe(0);
		expect(result.stdout).not.toContain('[');
		expect(await loadConfig(site)).toMatchObject({ organisation: 'My memory', languages: ['en', 'es'], defaultLanguage: 'en' });
		const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
		expect(pkg).toMatchObject({
			name: 'my-memory',
			private: true,
			type: 'module',
			dependencies: {
				'memoria-ssg': `^${manifest.version}`,
				astro: manifest.peerDependencies.astro,
				'@astrojs/starlight': manifest.peerDependencies['@astrojs/starlight'],
			},
			engines: { node: '>=22.22' },
			allowScripts: { esbuild: true },
		});
		for (const script of ['dev', 'build', 'preview', 'check', 'new']) expect(pkg.scripts[script]).toBe(`memoria ${script}`);
		expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("from 'memoria-ssg'");
		expect(readFileSync(join(site, 'content.config.ts'), 'utf8')).toContain("export { collections } from 'memoria-ssg/content'");
		expect(JSON.parse(readFileSync(join(site, 'tsconfig.json'), 'utf8')).extends).toBe('astro/tsconfigs/strict');
		const workflow = parse(readFileSync(join(site, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string }[] }> };
		const actions = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses?.split('@')[0]));
		expect(actions).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
		expect(readFileSync(join(site, '.gitignore'), 'utf8')).toContain('node_modules/');
		expect(existsSync(join(site, 'public/favicon.svg'))).toBe(true);
	});

	it('asks each question not given as a flag, asks again after an answer it cannot use, and keeps the default on Enter', async () => {
		const site = place();

		const result = await init([site, '--name', 'Colectivo Brújula'], { input: 'english, es\nen, es\n\n' });

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('"english" is not a language code.');
		expect(await loadConfig(site)).toMatchObject({ organisation: 'Colectivo Brújula', languages: ['en', 'es'], defaultLanguage: 'en' });
	});

	it('writes nothing when the input ends before the last answer', async () => {
		const site = place();

		const result = await init([site], { input: 'Colectivo Brújula\nen,es\n' });

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Cancelled: nothing was written.');
		expect(existsSync(site)).toBe(false);
	});

	it('refuses a folder that is not empty with exit code 2, in the writer’s language, and writes nothing', async () => {
		const site = place();
		mkdirSync(site);
		writeFileSync(join(site, 'notes.txt'), 'ours');

		const [english, spanish] = [await init([site, '--yes']), await init([site, '--yes'], { lang: 'es_ES.UTF-8' })];

		expect(english.status).toBe(2);
		expect(english.stderr).toContain('is not empty');
		expect(spanish.status).toBe(2);
		expect(spanish.stderr).toContain('no está vacía');
		expect(filesIn(site)).toEqual(['notes.txt']);
	});

	it('writes beside what is there with --force, never replacing a file', async () => {
		const site = place();
		mkdirSync(site);
		writeFileSync(join(site, 'README.md'), 'Our own README');

		const result = await init([site, '--yes', '--force']);

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('README.md');
		expect(readFileSync(join(site, 'README.md'), 'utf8')).toBe('Our own README');
		expect(existsSync(join(site, 'memoria.config.ts'))).toBe(true);
	});

	it('takes a folder holding only a Git repository as empty', async () => {
		const site = place();
		mkdirSync(join(site, '.git'), { recursive: true });

		expect((await init([site, '--yes'])).status).toBe(0);
	});

	it('writes no entry with --empty: the themes every site needs, and an empty folder per collection', async () => {
		const site = place();

		await init([site, '--yes', '--empty']);

		const files = filesIn(join(site, 'content'));
		expect(files.filter((path) => !path.endsWith('/.gitkeep'))).toEqual(['themes.yaml']);
		expect(files.filter((path) => path.endsWith('/.gitkeep')).map((path) => path.split('/')[0])).toEqual(
			registryEntries()
				.map(([, spec]) => spec.folder)
				.sort()
		);
	});

	it('refuses a language flag it cannot use with exit code 2', async () => {
		const site = place();

		const [badCode, notListed] = [
			await init([site, '--yes', '--languages', 'english']),
			await init([site, '--languages', 'en,es', '--default-language', 'pt', '--yes']),
		];

		expect(badCode.status).toBe(2);
		expect(badCode.stderr).toContain('"english" is not a language code.');
		expect(notListed.status).toBe(2);
		expect(notListed.stderr).toContain('"pt" is not one of the site\'s languages (en, es).');
		expect(existsSync(site)).toBe(false);
	});

	it('writes example entries that pass their schemas, in every language, pointing only at entries that exist', async () => {
		const site = place();
		await init([site, '--yes', '--languages', 'en,es,pt']);
		const content = join(site, 'content');
		const themes = z.record(z.string(), themeSchema()).parse(parse(readFileSync(join(content, 'themes.yaml'), 'utf8')));
		const ids = new Map<string, Set<string>>();
		const entries: { collection: string; data: Record<string, unknown>; path: string }[] = [];

		for (const path of filesIn(content).filter((file) => file !== 'themes.yaml')) {
			const [folder] = path.split('/');
			const [collection, spec] = registryEntries().find(([, s]) => s.folder === folder)!;
			const text = readFileSync(join(content, path), 'utf8');
			const data = spec.format === 'data' ? (parse(text) as Record<string, unknown>) : frontmatter(text);
			const schema = spec.schema ? spec.schema({}) : docsSchema()({ image: () => z.string() } as never);
			const result = schema.safeParse(data);
			expect(result.error?.issues ?? [], path).toEqual([]);
			if (collection === 'assessments') expect(assessmentProblems(result.data as never), path).toEqual([]);
			const id = path.replace(/^[^/]+\/((en|es|pt)\/)?/, '').replace(/\.[^.]+$/, '');
			ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
			entries.push({ collection, data, path });
		}

		// One example per collection in each of the three languages.
		expect(entries.length).toBe(registryEntries().length * 3);
		const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : value === undefined ? [] : [value as string]);
		for (const { data, path } of entries) {
			for (const theme of list(data.themes)) expect(Object.keys(themes), path).toContain(theme);
			for (const project of [...list(data.project), ...list(data.projects)]) expect([...ids.get('projects')!], path).toContain(project);
			for (const learning of list(data.learnings)) expect([...ids.get('learnings')!], path).toContain(learning);
			for (const organisation of list(data.organisations)) expect([...ids.get('organisations')!], path).toContain(organisation);
		}
	});
});
