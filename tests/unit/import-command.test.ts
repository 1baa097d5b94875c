import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoria } from './support/memoria-in-process';
import { tempFolder } from './support/temp-folder';

const corpus = (tool: string) => resolve('tests/fixtures/import', tool);
const leftBehind = new Set(['node_modules', 'dist', '.astro', '.memoria-build']);

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of tests/fixtures/bilingual-basics (English by default, and Spanish) to import into. */
function site(): string {
	const parent = mkdtempSync(join(tmpdir(), 'memoria-import-'));
	folders.push(parent);
	const root = join(parent, 'sitio');
	cpSync(resolve('tests/fixtures/bilingual-basics'), root, { recursive: true, filter: (from) => !leftBehind.has(from.split(/[\\/]/).at(-1)!) });
	return root;
}

/** Every file under a folder, from it. */
const filesIn = (folder: string) =>
	readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();

/** `memoria check`, in this process like the import (a process of its own would only add Node's start). */
const check = (root: string) => memoria(['check', '--root', root]);

describe('memoria import, then memoria check', () => {
	it.each([
		['mkdocs', 'content/docs/es/guides/index.md'],
		['docusaurus', 'content/docs/guides/first-steps.md'],
		['jekyll', 'content/docs/guides/assets/img/assembly.png'],
		['starlight', 'content/docs/guides/assets/process.png'],
		['plain', 'content/docs/es/guides/handbook.md'],
	])('imports the %s corpus into a site that passes every check (%s written)', async (tool, written) => {
		const root = site();

		const result = await memoria(['import', corpus(tool), '--root', root]);

		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(existsSync(join(root, written))).toBe(true);
		const checked = await check(root);
		expect(checked.stdout).toContain('The public build would succeed.');
		expect(checked.status).toBe(0);
	});

	it('imports the hugo corpus, whose index links to a draft: the check names that link, as the build would stop at it, and passes once the draft is ready', async () => {
		const root = site();

		const result = await memoria(['import', corpus('hugo'), '--root', root]);

		expect(result.status).toBe(0);
		const draft = join(root, 'content/docs/es/guides/docs/equipment.md');
		expect(existsSync(draft)).toBe(true);
		const checked = await check(root);
		expect(checked.stdout).toContain('content/docs/es/guides/index.md:8');
		expect(checked.stdout).toContain('[memoria:link-to-draft]');
		expect(checked.status).toBe(1);
		for (const file of [draft, join(root, 'content/docs/guides/docs/equipment.md')])
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
		expect((await check(root)).status).toBe(0);
	});

	it('imports Jekyll posts into the blog, which passes the checks once the link to a page left behind is fixed', async () => {
		const root = site();

		const result = await memoria(['import', corpus('jekyll'), '--root', root, '--into', 'posts']);

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('content/posts/first-assembly.md  ← _posts/2023-05-02-first-assembly.md');
		expect(result.stdout).toContain('not imported: a blog post needs a date');
		const post = join(root, 'content/posts/first-assembly.md');
		expect((await check(root)).status).toBe(1);
		writeFileSync(post, readFileSync(post, 'utf8').replace('More [about us](../about.md).', 'More about us soon.'));
		expect((await check(root)).status).toBe(0);
	});
});

describe('memoria import --dry-run', () => {
	it('writes nothing, and reports exactly what the import then writes', async () => {
		const root = site();
		const before = filesIn(root);

		const dry = await memoria(['import', corpus('mkdocs'), '--root', root, '--dry-run']);

		expect(dry.status).toBe(0);
		expect(filesIn(root)).toEqual(before);
		expect(dry.stdout).toContain('Dry run: nothing was written.');
		const real = await memoria(['import', corpus('mkdocs'), '--root', root]);
		const listed = (text: string) => text.split('\n').filter((line) => line.includes(' ← '));
		expect(listed(dry.stdout)).toEqual(listed(real.stdout));
		expect(listed(real.stdout)).toHaveLength(5);
		expect(real.stdout.replace('Would write', 'Wrote').replace(/Dry run[^\n]*\n\n/, '')).toBe(
			dry.stdout.replace('Would write', 'Wrote').replace(/Dry run[^\n]*\n\n/, '')
		);
		expect(filesIn(root).filter((f) => !before.includes(f))).toHaveLength(5);
	});
});

describe('files already in the site', () => {
	it('leaves identical files alone, refuses to replace others without --force (writing nothing), and replaces them with it', async () => {
		const root = site();
		await memoria(['import', corpus('plain'), '--root', root]);

		const again = await memoria(['import', corpus('plain'), '--root', root]);
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('4 files were already there with the same content');

		const handbook = join(root, 'content/docs/guides/handbook.md');
		writeFileSync(handbook, '---\ntitle: Our own handbook\n---\n');
		rmSync(join(root, 'content/docs/guides/meetings.md'));
		const refused = await memoria(['import', corpus('plain'), '--root', root]);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('1 file the import would write already exists in the site, with other content: nothing was written.');
		expect(refused.stderr).toContain('--force');
		expect(refused.stdout).toContain('Already in the site, with other content (never replaced without --force):\n  content/docs/guides/handbook.md');
		expect(readFileSync(handbook, 'utf8')).toContain('Our own handbook');
		expect(existsSync(join(root, 'content/docs/guides/meetings.md'))).toBe(false);

		const forced = await memoria(['import', corpus('plain'), '--root', root, '--force']);
		expect(forced.status).toBe(0);
		expect(readFileSync(handbook, 'utf8')).toContain('title: Volunteer handbook');
		expect(existsSync(join(root, 'content/docs/guides/meetings.md'))).toBe(true);
	});
});

describe('the report', () => {
	it('is in Spanish when the shell speaks Spanish, and names what needs a person with file and line', async () => {
		const root = site();

		const result = await memoria(['import', corpus('hugo'), '--root', root], 'es_MX.UTF-8');

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Memoria · importar desde Hugo (hugo.toml en ');
		expect(result.stdout).toContain('Se escribieron 4 archivos:');
		expect(result.stdout).toContain('Páginas: 1 en inglés (en), 2 en español (es), 1 página tiene traducción.');
		expect(result.stdout).toMatch(
			/content\/docs\/es\/guides\/docs\/equipment\.md:\d+ {2}un shortcode de Hugo que Memoria no puede mostrar: \{\{< youtube w7Ft2ymGmfc >\}\}/
		);
		expect(result.stdout).toContain('se quitaron: aliases (1 página)');
		expect(result.stdout).toContain('Después: memoria check');
	});

	it('gives the checks a site may relax for the imported folders, and with them memoria check passes with warnings', async () => {
		const root = site();
		const { root: source, write } = tempFolder('memoria-import-source-');
		folders.push(source);
		write('en/tools/index.md', '---\ntitle: Tools\n---\n![](shot.png)\n\nSee [the old page](../missing.md).\n');
		write('en/tools/shot.png', 'not really a picture');
		write('es/tools/index.md', '---\ntitle: Herramientas\n---\nTexto.\n');

		const result = await memoria(['import', source, '--root', root, '--into', 'handbook']);
		const snippet = [
			'checks: {',
			'  folders: {',
			"    'content/docs/es/guides/handbook/tools/': { 'image-without-alt': 'warn', 'broken-link': 'warn' },",
			"    'content/docs/guides/handbook/tools/': { 'image-without-alt': 'warn', 'broken-link': 'warn' },",
			'  },',
			'},',
		];

		expect(result.stdout).toContain('make these checks warnings for the imported pages only, in memoria.config.ts');
		expect(result.stdout).toContain(snippet.map((line) => `  ${line}`).join('\n'));
		expect((await check(root)).status).toBe(1);
		const config = join(root, 'memoria.config.ts');
		writeFileSync(config, readFileSync(config, 'utf8').replace(/\n\};\n$/, `\n${snippet.join('\n')}\n};\n`));
		// In a process of its own: this one keeps the configuration it read first, as Node keeps every module it imported.
		const relaxed = spawnSync(process.execPath, [resolve('bin/memoria.mjs'), 'check', '--root', root], {
			encoding: 'utf8',
			env: { ...process.env, LANG: 'C', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' },
		});
		expect(relaxed.stdout).toContain('⚠ [memoria:image-without-alt]');
		expect(relaxed.stdout).toContain('⚠ [memoria:broken-link]');
		expect(relaxed.status).toBe(0);
	});

	it('says which fields were kept and which were dropped, and why', async () => {
		const result = await memoria(['import', corpus('mkdocs'), '--root', site(), '--dry-run']);

		expect(result.stdout).toContain('kept: tags (1 page). Memoria does not use them');
		expect(result.stdout).toContain('guideFields.allow');
		expect(result.stdout).toContain('dropped: hide (1 page): only MkDocs gives them a meaning.');
	});
});

describe('what memoria import refuses', () => {
	it('names everything it looked for in a folder it does not recognise (exit code 1)', async () => {
		const parent = mkdtempSync(join(tmpdir(), 'memoria-import-source-'));
		folders.push(parent);
		writeFileSync(join(parent, 'index.html'), '<h1>An old site</h1>');

		const result = await memoria(['import', parent, '--root', site()]);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('memoria import does not recognise');
		for (const sign of ['docusaurus.config.js', 'mkdocs.yml', 'hugo.toml', '_config.yml', 'src/content/docs/', 'Markdown files (.md)'])
			expect(result.stderr).toContain(sign);
		expect(result.stdout).toBe('');
	});

	it('names a tool it does not read, in Spanish too', async () => {
		const parent = mkdtempSync(join(tmpdir(), 'memoria-import-source-'));
		folders.push(parent);
		writeFileSync(join(parent, 'book.toml'), '[book]\n');
		writeFileSync(join(parent, 'intro.md'), '# Intro\n');

		const result = await memoria(['import', parent, '--root', site()], 'es_MX.UTF-8');

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Esta carpeta es un sitio de mdBook (book.toml), y memoria import no lo lee.');
	});

	it.each([
		[['--into', 'learnings'], 'Pages cannot be imported into learnings.'],
		[['--into', '../outside'], 'is not a folder pages can be imported into'],
		[['--lang', 'pt'], '"pt" is not one of the site\'s languages (en, es).'],
	])('refuses %j with exit code 1, writing nothing', async (options, message) => {
		const root = site();
		const before = filesIn(root);

		const result = await memoria(['import', corpus('plain'), '--root', root, ...options]);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(filesIn(root)).toEqual(before);
	});

	it('refuses a folder that does not exist (1), and a command line without a folder (2)', async () => {
		expect((await memoria(['import', join(tmpdir(), 'no-such-folder-xyz'), '--root', site()])).status).toBe(1);
		const missing = await memoria(['import', '--root', site()]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('memoria import --help');
	});

	it("refuses to import the site's own content into itself", async () => {
		const root = site();
		const result = await memoria(['import', join(root, 'content/docs'), '--root', root]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('is part of this site already');
	});
});
