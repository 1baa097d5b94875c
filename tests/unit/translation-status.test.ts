import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationReport } from '../../src/translation-status/translation-report';

const learning = (title: string, extra = '') =>
	`---\ntitle: ${title}\ndate: 2021-01-01\nproject: p\nphase: design\nkind: worked\nlesson: x\n${extra}---\nBody.\n`;

/** A small git repository with dated commits, like a real memory's history. */
function repository() {
	const root = mkdtempSync(join(tmpdir(), 'memoria-translations-'));
	const at = (date: string) => ({ ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
	const run = (args: string[], date = '2024-01-01T10:00:00Z') => execFileSync('git', args, { cwd: root, env: at(date), stdio: 'pipe' });
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	run(['init', '-q', '-b', 'main']);
	run(['config', 'user.email', 'test@example.org']);
	run(['config', 'user.name', 'Test']);
	writeFileSync(join(root, 'memoria.config.ts'), "export default { organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' };\n");
	const commit = (message: string, date: string) => {
		run(['add', '-A'], date);
		run(['commit', '-q', '-m', message], date);
	};
	return { root, write, commit, run };
}

const status = (root: string, key: string) => translationReport(root, ['en', 'es'], 'en').rows.find((r) => r.key === key)!.languages.es!;

let repo: ReturnType<typeof repository>;
beforeAll(() => {
	repo = repository();
	// An original and its translation, committed together.
	repo.write('content/learnings/current.md', learning('Current'));
	repo.write('content/learnings/es/current.md', learning('Actual'));
	// An original edited after its translation.
	repo.write('content/learnings/edited.md', learning('Edited'));
	repo.write('content/learnings/es/edited.md', learning('Editado'));
	// An original edited later, but a translator checked it afterwards.
	repo.write('content/learnings/checked.md', learning('Checked'));
	repo.write('content/learnings/es/checked.md', learning('Revisado', 'sourceChecked: 2024-03-01\n'));
	// An original nobody translated.
	repo.write('content/learnings/alone.md', learning('Alone'));
	repo.commit('First versions', '2024-01-01T10:00:00Z');
	repo.write('content/learnings/edited.md', learning('Edited again'));
	repo.write('content/learnings/checked.md', learning('Checked again'));
	repo.commit('Edit two originals', '2024-02-01T10:00:00Z');
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

describe('translation status from git history', () => {
	it('reports a translation committed with its original as up to date', () => {
		expect(status(repo.root, 'current').state).toBe('up-to-date');
	});

	it('reports a translation as stale when its original was edited later, with both dates', () => {
		expect(status(repo.root, 'edited')).toMatchObject({
			state: 'stale',
			sourceTime: Date.parse('2024-02-01T10:00:00Z') / 1000,
			translationTime: Date.parse('2024-01-01T10:00:00Z') / 1000,
		});
	});

	it('accepts a translator’s sourceChecked date as proof that nothing needed updating', () => {
		expect(status(repo.root, 'checked').state).toBe('up-to-date');
	});

	it('reports a missing translation', () => {
		expect(status(repo.root, 'alone').state).toBe('missing');
	});

	it('counts each state per language', () => {
		expect(translationReport(repo.root, ['en', 'es'], 'en').totals.es).toEqual({ 'up-to-date': 2, missing: 1, stale: 1, unknown: 0 });
	});

	it('sees an uncommitted edit of an original and says the time came from the file', () => {
		repo.write('content/learnings/current.md', learning('Current, edited but not committed'));

		expect(status(repo.root, 'current')).toMatchObject({ state: 'stale', note: 'uncommitted' });
		repo.run(['checkout', '--', 'content/learnings/current.md']);
	});

	it('says what it cannot know in a shallow clone instead of guessing', () => {
		const shallow = mkdtempSync(join(tmpdir(), 'memoria-shallow-'));
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, shallow], { stdio: 'pipe' });

		const report = translationReport(shallow, ['en', 'es'], 'en');

		expect(report.shallow).toBe(true);
		expect(report.rows.find((r) => r.key === 'current')!.languages.es).toMatchObject({ state: 'unknown', note: 'shallow' });
		rmSync(shallow, { recursive: true, force: true });
	});
});

describe('npm run translations', () => {
	const cli = (args: string[], lang = 'C') =>
		spawnSync(process.execPath, [resolve('bin/memoria.mjs'), 'translations', '--root', repo.root, ...args], {
			encoding: 'utf8',
			env: { ...process.env, LANG: lang, LANGUAGE: '', LC_ALL: '' },
		});

	it('prints a table per collection and a summary per language', () => {
		const result = cli([]);

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('learnings (4 entries)');
		expect(result.stdout).toMatch(/edited\s+! stale \(original changed 2024-02-01, translation 2024-01-01\)/);
		expect(result.stdout).toContain('es: 2 up to date, 1 missing, 1 stale, 0 unknown');
	});

	it('speaks Spanish when the shell does', () => {
		expect(cli([], 'es_MX.UTF-8').stdout).toContain('es: al día 2 · faltantes 1 · desactualizadas 1 · sin datos 0');
	});

	it('gives machines JSON', () => {
		const report = JSON.parse(cli(['--json']).stdout);

		expect(report.totals.es.stale).toBe(1);
	});

	it('fails with --strict when anything is missing or stale', () => {
		const result = cli(['--strict']);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Some translations are missing or stale');
	});
});

describe('translation status of entries first written in any language', () => {
	let site: ReturnType<typeof repository>;
	beforeAll(() => {
		site = repository();
		// A Spanish original and the English translation that names it, committed together…
		site.write('content/learnings/es/escuchar.md', learning('Escuchar primero'));
		site.write('content/learnings/escuchar.md', learning('Listen first', 'translatedFrom: es\n'));
		// …a Spanish original nobody translated, and an English one nobody translated either.
		site.write('content/learnings/es/solo.md', learning('Solo en español'));
		site.write('content/learnings/alone.md', learning('Only in English'));
		site.commit('First versions', '2024-01-01T10:00:00Z');
		// The Spanish original changes after its translation.
		site.write('content/learnings/es/escuchar.md', learning('Escuchar antes de construir'));
		site.commit('Edit the Spanish original', '2024-02-01T10:00:00Z');
	});
	afterAll(() => rmSync(site.root, { recursive: true, force: true }));
	const row = (key: string) => translationReport(site.root, ['en', 'es'], 'en').rows.find((r) => r.key === key)!;

	it('takes the Spanish file as the original, and reports its English translation stale once the Spanish changed', () => {
		expect(row('escuchar')).toMatchObject({ source: 'content/learnings/es/escuchar.md', sourceLanguage: 'es', title: 'Escuchar antes de construir' });
		expect(Object.keys(row('escuchar').languages)).toEqual(['en']);
		expect(row('escuchar').languages.en).toMatchObject({
			state: 'stale',
			path: 'content/learnings/escuchar.md',
			sourceTime: Date.parse('2024-02-01T10:00:00Z') / 1000,
			translationTime: Date.parse('2024-01-01T10:00:00Z') / 1000,
		});
	});

	it('reports the English translation of a Spanish original as missing, and the Spanish of an English one', () => {
		expect(row('solo').languages).toEqual({ en: { state: 'missing', path: undefined } });
		expect(row('alone').languages).toEqual({ es: { state: 'missing', path: undefined } });
	});

	it('counts the translations into each language, English included', () => {
		const report = translationReport(site.root, ['en', 'es'], 'en');

		expect(report.targets).toEqual(['en', 'es']);
		expect(report.totals).toEqual({ en: { 'up-to-date': 0, missing: 1, stale: 1, unknown: 0 }, es: { 'up-to-date': 0, missing: 1, stale: 0, unknown: 0 } });
	});

	it('prints which file is the original beside each translation', () => {
		const result = spawnSync(process.execPath, [resolve('bin/memoria.mjs'), 'translations', '--root', site.root], {
			encoding: 'utf8',
			env: { ...process.env, LANG: 'C', LANGUAGE: '', LC_ALL: '' },
		});

		expect(result.stdout).toContain('Translation status (en, es → en, es)');
		expect(result.stdout).toMatch(/escuchar\s+en: ! stale \(original changed 2024-02-01, translation 2024-01-01\)\s+es: · original/);
		expect(result.stdout).toMatch(/alone\s+en: · original\s+es: ✗ missing/);
		expect(result.stdout).toContain('en: 0 up to date, 1 missing, 1 stale, 0 unknown');
	});
});
