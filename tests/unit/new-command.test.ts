import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks';
import { runMemoria } from '../../src/cli/main';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { callSchema } from '../../src/schemas/call';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';

/** A tiny Memoria project in a temporary folder: a configuration, two projects, an organisation, themes. */
function tinyProject(): string {
	const root = mkdtempSync(join(tmpdir(), 'memoria-new-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write('memoria.config.ts', "export default { organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' };\n");
	write('content/projects/learning-lenses.md', '---\ntitle: Learning Lenses\nstatus: completed\nstart: 2019-03-01\n---\n');
	write('content/projects/memory-practice.md', '---\ntitle: Memory practice\nstatus: active\nstart: 2021-01-01\n---\n');
	write('content/projects/es/memory-practice.md', '---\ntitle: Práctica de memoria\nstatus: active\nstart: 2021-01-01\n---\n');
	write('content/organisations/ilsb.yaml', 'name: Instituto de Liderazgo Simone de Beauvoir\n');
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
	return root;
}

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project() {
	const root = tinyProject();
	roots.push(root);
	return root;
}

/** Runs `memoria new` as a writer does: a child process whose questions are answered on standard input. */
function spawnNew(root: string, args: string[], { input = '', lang = 'C' } = {}) {
	const result = spawnSync(process.execPath, [resolve('bin/memoria.mjs'), 'new', '--root', root, ...args], {
		input,
		encoding: 'utf8',
		env: { ...process.env, LANG: lang, LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process (a child process costs seconds): answers come from a stream that then ends. */
async function runNew(root: string, args: string[], { input = '', lang = 'C' } = {}) {
	const collect = () => {
		const chunks: string[] = [];
		const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
		return { stream, text: () => chunks.join('') };
	};
	const [stdout, stderr] = [collect(), collect()];
	const status = await runMemoria(['new', '--root', root, ...args], {
		input: Readable.from([input]),
		output: stdout.stream,
		errors: stderr.stream,
		env: { LANG: lang },
	});
	return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const frontmatter = (root: string, path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, path), 'utf8'))![1]!) as Record<string, unknown>;

describe('npm run new, answering questions', () => {
	it('asks what to create, the title, the language, the project and the file name on standard input, then writes the learning', async () => {
		const root = project();

		const result = spawnNew(root, [], { input: '2\nListen before choosing a tool\nes\n1\n\n' });

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('What do you want to create?');
		expect(result.stdout).toContain('Which project does this learning come from?');
		expect(result.stdout).toContain('Created content/learnings/es/listen-before-choosing-a-tool.md');
		const data = frontmatter(root, 'content/learnings/es/listen-before-choosing-a-tool.md');
		expect(data).toMatchObject({ title: 'Listen before choosing a tool', project: 'learning-lenses' });
		expect(learningSchema().safeParse(data).success).toBe(true);
	});

	it('lists the existing projects by id and title, in the language of the new entry when translated', async () => {
		const root = project();

		const result = await runNew(root, [], { input: '2\nA lesson\nes\n2\n\n' });

		expect(result.stdout).toMatch(/1\. learning-lenses {2}\(Learning Lenses\)/);
		expect(result.stdout).toMatch(/2\. memory-practice {2}\(Práctica de memoria\)/);
		expect(frontmatter(root, 'content/learnings/es/a-lesson.md').project).toBe('memory-practice');
	});

	it('lists a project written only in Spanish by its Spanish title to a writer in English', async () => {
		const root = project();
		writeFileSync(join(root, 'content/projects/es/solo-en-espanol.md'), '---\ntitle: Solo en español\nstatus: active\nstart: 2022-01-01\n---\n');

		const result = await runNew(root, [], { input: '2\nA lesson\nen\n1\n\n' });

		expect(result.stdout).toMatch(/\d\. solo-en-espanol {2}\(Solo en español\)/);
	});

	it('asks in Spanish when the shell speaks Spanish', async () => {
		const root = project();

		const result = await runNew(root, [], { input: '4\nLlamada de junio\n\n1, 2\n\n', lang: 'es_MX.UTF-8' });

		expect(result.stdout).toContain('¿Qué quieres crear?');
		expect(result.stdout).toContain('¿De qué proyectos se habló en la llamada?');
		expect(result.stdout).toContain('Se creó content/calls/llamada-de-junio.md');
		expect(frontmatter(root, 'content/calls/llamada-de-junio.md').projects).toEqual(['learning-lenses', 'memory-practice']);
	});

	it('explains a wrong answer and asks again, accepting an id instead of a number', async () => {
		const root = project();

		const result = await runNew(root, [], { input: '9\n2\nA lesson\n\nlerning-lenses\nmemory-practice\n\n' });

		expect(result.stdout).toContain('"9" is not one of the choices. Type a number from 1 to 8.');
		expect(result.stdout).toContain('There is no project "lerning-lenses" in content/projects/.');
		expect(result.status).toBe(0);
		expect(frontmatter(root, 'content/learnings/a-lesson.md').project).toBe('memory-practice');
	});

	it('accepts another file name typed instead of the one made from the title', async () => {
		const root = project();

		const result = await runNew(root, [], { input: '6\nInstituto de Liderazgo Simone de Beauvoir\nen\nilsb-mexico\n' });

		expect(result.status).toBe(0);
		expect(parse(readFileSync(join(root, 'content/organisations/ilsb-mexico.yaml'), 'utf8')).name).toBe('Instituto de Liderazgo Simone de Beauvoir');
	});

	it('offers another file name when the one made from the title is taken, instead of overwriting', async () => {
		const root = project();
		writeFileSync(join(root, 'content/projects/new-project.md'), 'kept as it was\n');

		const result = await runNew(root, [], { input: '1\nNew project\nen\nnew-project-2\n' });

		expect(result.stdout).toContain('content/projects/new-project.md already exists; it was left as it is.');
		expect(readFileSync(join(root, 'content/projects/new-project.md'), 'utf8')).toBe('kept as it was\n');
		expect(existsSync(join(root, 'content/projects/new-project-2.md'))).toBe(true);
	});

	it('says which flag to use when the input ends before a question is answered', async () => {
		const root = project();

		const result = await runNew(root, ['learning', '--title', 'A lesson']);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('The question "Type a number or an id:" got no answer: the input ended.');
		expect(result.stderr).toContain('--project');
		expect(existsSync(join(root, 'content/learnings/a-lesson.md'))).toBe(false);
	});
});

describe('npm run new, from flags', () => {
	it.each([
		[['project', '--title', 'Radio archive'], 'content/projects/radio-archive.md'],
		[['learning', '--title', 'Radio archive', '--project', 'learning-lenses', '--lang', 'es'], 'content/learnings/es/radio-archive.md'],
		[['call', '--title', 'Radio archive', '--project', 'learning-lenses,memory-practice'], 'content/calls/radio-archive.md'],
		[['post', '--title', 'Radio archive'], 'content/posts/radio-archive.md'],
		[['guide', '--title', 'Radio archive'], 'content/docs/guides/radio-archive.md'],
		[['guide', '--title', 'Radio archive', '--lang', 'es'], 'content/docs/es/guides/radio-archive.md'],
		[['organisation', '--title', 'Radio archive'], 'content/organisations/radio-archive.yaml'],
		[['autoevaluación', '--title', 'Listos para la radio', '--lang', 'es'], 'content/assessments/es/listos-para-la-radio.md'],
	])('creates %j at %s without asking anything', async (args, path) => {
		const root = project();

		const result = await runNew(root, args);

		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(/\?|: $/m);
		expect(existsSync(join(root, path))).toBe(true);
	});

	it('creates a learning from flags alone in a child process, for scripts, without reading standard input', () => {
		const root = project();

		const result = spawnNew(root, ['learning', '--title', 'Pay for attendance', '--project', 'memory-practice', '--lang', 'es', '--date', '2024-05-02']);

		expect(result.status).toBe(0);
		expect(result.stdout).not.toContain('?');
		expect(frontmatter(root, 'content/learnings/es/pay-for-attendance.md')).toMatchObject({
			title: 'Pay for attendance',
			project: 'memory-practice',
			date: '2024-05-02',
		});
	});

	it('writes call notes that pass the schema, with the projects and date given', async () => {
		const root = project();

		await runNew(root, ['call', '--title', 'June call', '--project', 'learning-lenses', '--project', 'memory-practice', '--date', '2024-06-12']);

		const data = frontmatter(root, 'content/calls/june-call.md');
		expect(data).toMatchObject({ date: '2024-06-12', projects: ['learning-lenses', 'memory-practice'] });
		expect(callSchema().safeParse(data).success).toBe(true);
	});

	it('writes an organisation as YAML that passes the schema', async () => {
		const root = project();

		await runNew(root, ['organisation', '--title', 'Hiperderecho', '--lang', 'es']);

		const data = parse(readFileSync(join(root, 'content/organisations/es/hiperderecho.yaml'), 'utf8'));
		expect(organisationSchema().safeParse(data).success).toBe(true);
	});

	it('writes an entry first in Spanish that the checks accept, and says how to translate it into the default language', async () => {
		const root = project();

		const result = await runNew(root, ['learning', '--title', 'Escuchar primero', '--project', 'learning-lenses', '--lang', 'es']);
		const config = parseSiteConfig({ organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' });
		const errors = runChecks({ root, config, audience: 'public', language: 'en' }).filter((f) => f.severity === 'error');

		expect(errors).toEqual([]);
		expect(result.stdout).toContain('Note: this entry’s original is in Spanish.');
		expect(result.stdout).toContain('npx memoria translate content/learnings/es/escuchar-primero.md --lang en');
	});

	it('tells the writer the address of the new page on the development server', async () => {
		const root = project();

		const result = await runNew(root, ['learning', '--title', 'Escuchar primero', '--project', 'learning-lenses', '--lang', 'es']);

		expect(result.stdout).toContain('http://localhost:4321/es/aprendizajes/escuchar-primero/');
	});

	it('refuses to overwrite an existing file, says so once and exits with an error', async () => {
		const root = project();
		await runNew(root, ['learning', '--title', 'Listen first', '--project', 'learning-lenses']);
		writeFileSync(join(root, 'content/learnings/listen-first.md'), 'my words\n');

		const result = spawnNew(root, ['learning', '--title', 'Listen first', '--project', 'learning-lenses']);

		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(
			'✗ content/learnings/listen-first.md already exists; it was left as it is.\n  Choose another title or file name (--slug), or open that file to edit it.'
		);
		expect(readFileSync(join(root, 'content/learnings/listen-first.md'), 'utf8')).toBe('my words\n');
	});

	it('refuses a file name that another language already uses, and points to the translate command', async () => {
		const root = project();

		const result = await runNew(root, ['project', '--title', 'Learning Lenses', '--lang', 'es']);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('The id is already used by content/projects/learning-lenses.md (en)');
		expect(result.stderr).toContain('npx memoria translate content/projects/learning-lenses.md --lang es');
		expect(existsSync(join(root, 'content/projects/es/learning-lenses.md'))).toBe(false);
	});

	it.each([
		[
			['learning', '--title', 'X', '--project', 'lerning-lenses'],
			'There is no project "lerning-lenses" in content/projects/.',
			'Did you mean "learning-lenses"?',
		],
		[['learning', '--title', 'X', '--project', 'learning-lenses', '--lang', 'pt'], 'The site is not published in "pt".', 'Use one of its languages: en or es'],
		[['project', '--title', 'X', '--date', '2024-02-31'], '"2024-02-31" is not a date.', 'YYYY-MM-DD'],
		[['project', '--title', 'X', '--slug', 'Not A Slug'], '"Not A Slug" cannot be a file name here.', 'lower-case letters'],
		[['project', '--title', '¿?'], 'A file name cannot be made from the title "¿?"', '--slug'],
		[['project', '--title', 'X', '--project', 'learning-lenses'], 'A project does not name projects', 'Leave --project out'],
	])('stops on %j with what is wrong and what to do, without a stack trace', async (args, message, hint) => {
		const root = project();

		const result = await runNew(root, args);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain(hint);
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});

	it.each([
		[['lerning', '--title', 'X'], '"lerning" is not something this command can create.', 'Did you mean "learning"?'],
		[['project', '--titel', 'X'], 'The option "--titel" is not one "memoria new" knows.', 'Did you mean "--title"?'],
		[['project', '--title'], 'The option "--title" needs a value after it.', '--title <text>'],
		[['project', 'extra', '--title', 'X'], 'Unexpected "extra" on the command line.', 'in quotes'],
	])('stops on the unreadable command line %j with exit code 2 and what to write instead', async (args, message, hint) => {
		const result = await runNew(project(), args);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain(hint);
	});

	it('explains the problem in Spanish when the shell speaks Spanish', async () => {
		const root = project();

		const result = await runNew(root, ['learning', '--title', 'X', '--project', 'lerning-lenses'], { lang: 'es_MX.UTF-8' });

		expect(result.stderr).toContain('No hay ningún proyecto "lerning-lenses" en content/projects/.');
		expect(result.stderr).toContain('¿Quisiste poner "learning-lenses"?');
	});

	it('says when the folder is not a Memoria project', async () => {
		const root = mkdtempSync(join(tmpdir(), 'memoria-empty-'));
		roots.push(root);

		const result = await runNew(root, ['project', '--title', 'X']);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`There is no memoria.config.ts in ${root}.`);
	});

	it('refuses a learning when there is no project to attach it to', async () => {
		const root = project();
		rmSync(join(root, 'content/projects'), { recursive: true });

		const result = await runNew(root, ['learning', '--title', 'X']);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('npx memoria new project');
	});

	it('prints its usage with --help', async () => {
		const result = await runNew(project(), ['--help']);

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('memoria new learning --title');
	});
});
