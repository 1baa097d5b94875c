/**
 * The `memoria` command line: one parser for every command (src/cli/parse-command-line.ts), its
 * help in the writer's language, and exit codes a script can use (0 done, 1 the site has a
 * problem, 2 the command line could not be read).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CommandName, type CommandSpec, commandNames, commandSpecs } from '../../src/cli/command-specs';
import { memoria } from './support/memoria-in-process';
import { parseCommandLine } from '../../src/cli/parse-command-line';

const empty = mkdtempSync(join(tmpdir(), 'memoria-no-site-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('one parser for every command', () => {
	it.each([
		[['dev', '--port', '3000', '--host', '--root', 'site'], { port: '3000', host: true, root: 'site' }, []],
		[['build', '--internal', '--out', 'public-html'], { internal: true, out: 'public-html' }, []],
		[['preview', '--internal', '--port=8080'], { internal: true, port: '8080' }, []],
		[
			['new', 'learning', '--title', 'Listen first', '--project', 'a', '--project=b', '--lang', 'es', '--slug', 'listen', '--date', '2024-03-15'],
			{ title: 'Listen first', project: ['a', 'b'], lang: 'es', slug: 'listen', date: '2024-03-15' },
			['learning'],
		],
		[['translate', 'content/learnings/x.md', '--lang', 'es'], { lang: 'es' }, ['content/learnings/x.md']],
		[['translations', '--json', '--strict'], { json: true, strict: true }, []],
		[['check', '--internal', '--root', 'site'], { internal: true, root: 'site' }, []],
		[['check', '--for-build', '--facts', '/tmp/facts.json'], { 'for-build': true, facts: '/tmp/facts.json' }, []],
		[['schemas', '--check'], { check: true }, []],
		[['offline', 'dist', '--root', 'site'], { root: 'site' }, ['dist']],
		[['network', 'pull', '--member', 'hiperderecho'], { member: 'hiperderecho' }, ['pull']],
		[['leak-gate', 'dist', 'facts.json'], {}, ['dist', 'facts.json']],
	] as const)('reads %j', (args, values, positionals) => {
		const line = parseCommandLine(args, 'en');

		expect(line.command).toBe(args[0]);
		expect(line.values).toEqual(values);
		expect(line.positionals).toEqual(positionals);
	});

	it('gives what follows "--" to Astro, for dev, build and preview only', async () => {
		expect(parseCommandLine(['build', '--internal', '--', '--verbose'], 'en').astroArguments).toEqual(['--verbose']);

		const refused = await memoria(['check', '--', '--verbose']);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain('"memoria check" passes no options to Astro');
	});

	it.each([
		[['build', '--intenral'], 'The option "--intenral" is not one "memoria build" knows.', 'Did you mean "--internal"?'],
		[['translations', '--jsn'], 'The option "--jsn" is not one "memoria translations" knows.', 'Did you mean "--json"?'],
		[['new', '--title'], 'The option "--title" needs a value after it.', '--title <text>'],
		[['new', '--title', '--lang', 'es'], 'The option "--title" needs a value after it.', '--title="-…"'],
		[['check', '--internal=yes'], 'The option "--internal" takes no value.', 'Write --internal alone.'],
		[['new', '--slug', 'a', '--slug', 'b'], 'The option "--slug" was given twice.', 'Give it once.'],
		[['schemas', 'now'], 'Unexpected "now" on the command line.', 'memoria schemas --help'],
		[['buidl'], '"buidl" is not a memoria command.', 'Did you mean "memoria build"?'],
	])('refuses %j with exit code 2, naming the word and what to write instead', async (args, message, hint) => {
		const result = await memoria(args);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`✗ ${message}`);
		expect(result.stderr).toContain(hint);
		expect(result.stdout).toBe('');
	});

	it('says the same in Spanish when the shell speaks Spanish, and suggests a command for a Spanish word', async () => {
		const option = await memoria(['build', '--interno'], 'es_MX.UTF-8');
		const command = await memoria(['construir'], 'es_MX.UTF-8');

		expect(option.status).toBe(2);
		expect(option.stderr).toContain('"memoria build" no conoce la opción "--interno".');
		expect(option.stderr).toContain('¿Quisiste poner "--internal"?');
		expect(command.status).toBe(2);
		expect(command.stderr).toContain('"construir" no es un comando de memoria.');
		expect(command.stderr).toContain('¿Quisiste poner "memoria build"?');
	});

	it('stops with exit code 2 in a folder without memoria.config.ts, and says how to point at the site', async () => {
		const result = await memoria(['check', '--root', empty]);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`There is no memoria.config.ts in ${empty}.`);
		expect(result.stderr).toContain('--root');
	});

	it('runs init, which refuses a folder that is not empty with exit code 2, in Spanish', async () => {
		const result = await memoria(['init', resolve('tests/fixtures/bilingual-basics'), '--yes'], 'es_MX.UTF-8');

		expect(result.status).toBe(2);
		expect(result.stderr).toContain('no está vacía');
	});
});

describe('memoria --help', () => {
	const visible = commandNames.filter((name) => !(commandSpecs[name] as CommandSpec).hidden);

	it('lists every command, the exit codes and the language rule, in English', async () => {
		const result = await memoria(['--help']);

		expect(result.status).toBe(0);
		const lines = result.stdout.split('\n');
		for (const name of visible) expect(lines.find((line) => line.startsWith(`  ${name} `))?.endsWith(commandSpecs[name].summary.en), name).toBe(true);
		expect(result.stdout).toContain("init          start a new site: your organisation's memory");
		expect(result.stdout).toContain('  2  the command line could not be read');
		expect(result.stdout).not.toContain('leak-gate');
	});

	it('is in Spanish when the shell speaks Spanish', async () => {
		const result = await memoria(['--help'], 'es_MX.UTF-8');

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Uso: memoria <comando> [opciones]');
		expect(result.stdout).toContain('  build         revisar el contenido y construir el sitio en dist/');
		expect(result.stdout).toContain('Códigos de salida, para scripts e integración continua:');
		expect(result.stdout).toContain('  1  el sitio tiene algo que corregir');
	});

	it.each(visible.filter((name) => !(commandSpecs[name] as CommandSpec).reserved))(
		'shows every option "memoria %s" accepts, and no hidden one',
		async (name: CommandName) => {
			const spec: CommandSpec = commandSpecs[name];
			const [help, helpCommand] = await Promise.all([memoria([name, '--help']), memoria(['help', name])]);

			expect(help.status).toBe(0);
			expect(helpCommand.stdout).toBe(help.stdout);
			expect(help.stdout).toContain(`Usage: memoria ${name}`);
			for (const [option, { hidden }] of Object.entries(spec.options)) {
				if (hidden) expect(help.stdout).not.toContain(`--${option}`);
				else expect(help.stdout).toContain(`--${option}`);
			}
		}
	);

	it('goes to the error stream with exit code 2 when no command is given', async () => {
		const result = await memoria([]);

		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: memoria <command> [options]');
	});
});

describe('bin/memoria.mjs, as a writer runs it', () => {
	it('runs the TypeScript source on Node alone, with no warning, and exits 2 on an unknown option', () => {
		const run = (args: string[]) =>
			spawnSync(process.execPath, [resolve('bin/memoria.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
		const help = run(['help', 'check']);
		const wrong = run(['check', '--root', empty, '--nope']);

		expect(help.status).toBe(0);
		expect(help.stdout).toContain('Usage: memoria check [options]');
		expect(help.stderr).toBe('');
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('The option "--nope" is not one "memoria check" knows.');
	});
});
