/**
 * Text left for a writer to replace (src/checks/template-placeholders.ts): every placeholder that
 * `memoria new` writes, of every kind and in both languages, and every text `memoria translate`
 * marks, is found and named with its field, as a warning, so a new entry still builds; a site may
 * make it an error. Bracketed words inside a real text are not placeholders.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks';
import { applyCheckLevels } from '../../src/checks/check-levels';
import { runMemoria } from '../../src/cli/main';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import { tempFolder } from './support/temp-folder';
import type { SiteConfigInput } from '../../src/config/site-config';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A tiny site with one project to refer to. */
function site() {
	const { root, write } = tempFolder('memoria-placeholders-');
	roots.push(root);
	write('memoria.config.ts', "export default { organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' };\n");
	write('content/projects/river.md', '---\ntitle: River\nstatus: active\nstart: 2021-01-01\n---\n');
	write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
	return { root, write };
}

async function memoria(root: string, args: string[]) {
	const output = new Writable({ write: (_chunk, _encoding, done) => done() });
	const status = await runMemoria([...args, '--root', root], { input: Readable.from(['']), output, errors: output, env: { LANG: 'C' } });
	if (status !== 0) throw new Error(`memoria ${args.join(' ')} ended with ${status}`);
}

const check = (root: string, config: Partial<SiteConfigInput> = {}) =>
	runChecks({
		root,
		config: parseSiteConfig({ organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en', ...config }),
		audience: 'public',
		language: 'en',
	});

/** Every string of a parsed file that is a whole value in square brackets, by its dotted field. */
function bracketed(value: unknown, path: string[] = []): string[] {
	if (typeof value === 'string') return /^\[[^\]]+\]$/.test(value.trim()) ? [path.join('.')] : [];
	if (Array.isArray(value)) return value.flatMap((item, i) => bracketed(item, [...path, String(i)]));
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([key, item]) => bracketed(item, [...path, key]));
	return [];
}

const kinds = ['project', 'learning', 'outcome', 'call', 'post', 'guide', 'organisation', 'assessment'];
/** The kinds `memoria new` asks a project of. */
const withProject = new Set(['learning', 'outcome', 'call', 'post']);

describe('placeholders left by memoria new', () => {
	it.each(kinds.flatMap((kind) => ['en', 'es'].map((lang) => [kind, lang])))(
		'are each found in a new %s (%s), as warnings: the entry still builds',
		async (kind, lang) => {
			const { root } = site();
			await memoria(root, ['new', kind!, '--title', `A new ${kind}`, '--lang', lang!, ...(withProject.has(kind!) ? ['--project', 'river'] : [])]);
			const [file] = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile() && !/(river\.md|themes\.yaml)$/.test(entry.name))
				.map((entry) => relative(root, join(entry.parentPath, entry.name)));
			const text = readFileSync(join(root, file!), 'utf8');
			const data = parse(file!.endsWith('.md') ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text);

			const findings = check(root);
			const placeholders = findings.filter((f) => f.id === 'template-placeholder');

			expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
			expect(placeholders.map((f) => f.field).sort()).toEqual(bracketed(data).sort());
			for (const f of placeholders) {
				expect(f.severity).toBe('warning');
				expect(f.file).toBe(file);
				expect(f.line, f.field).toBeGreaterThan(1);
			}
		}
	);

	it('include the template of a learning: its lesson, action and evidence, named with their fields and lines', async () => {
		const { root } = site();
		await memoria(root, ['new', 'learning', '--title', 'Listen first', '--project', 'river']);
		const text = readFileSync(join(root, 'content/learnings/listen-first.md'), 'utf8');
		const lesson = check(root).find((f) => f.field === 'lesson')!;

		expect(lesson.message).toBe(
			'The field "lesson" still holds the template\'s placeholder "[The lesson in one or two sentences]". Readers would see it as written.'
		);
		expect(text.split('\n')[lesson.line! - 1]).toContain('lesson:');
		expect(check(root).map((f) => f.field)).toContain('recommendations.0.action');
	});

	it('can be made an error, so that none is ever published', async () => {
		const { root } = site();
		await memoria(root, ['new', 'learning', '--title', 'Listen first', '--project', 'river']);
		const config = parseSiteConfig({ organisation: 'Test', checks: { severity: { 'template-placeholder': 'error' } } });

		const { findings } = applyCheckLevels(check(root), config.checks, 'public');

		expect(findings.filter((f) => f.id === 'template-placeholder').map((f) => f.severity)).toEqual(expect.arrayContaining(['error']));
		expect(findings.filter((f) => f.id === 'template-placeholder' && f.severity !== 'error')).toEqual([]);
	});
});

describe('texts memoria translate marks', () => {
	it('are found until the mark is deleted, with what to do, in Spanish too', async () => {
		const { root, write } = site();
		write(
			'content/learnings/listen.md',
			'---\ntitle: Listen first\ndate: 2021-05-01\nproject: river\nphase: design\nkind: worked\nlesson: Ask first.\n---\nText.\n'
		);
		await memoria(root, ['translate', 'content/learnings/listen.md', '--lang', 'es']);

		const marked = check(root).filter((f) => f.id === 'template-placeholder');
		expect(marked.map((f) => `${f.file} ${f.field}`).sort()).toEqual(['content/learnings/es/listen.md lesson', 'content/learnings/es/listen.md title']);
		expect(marked[0]!.hint).toBe('Translate the text, then delete "[TRANSLATE] " from its start.');
		const spanish = runChecks({ root, config: parseSiteConfig({ organisation: 'Test' }), audience: 'public', language: 'es' }).find(
			(f) => f.id === 'template-placeholder'
		)!;
		expect(spanish.message).toContain('sigue marcado como sin traducir');

		const file = join(root, 'content/learnings/es/listen.md');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll('[TRANSLATE] ', ''));
		expect(check(root).filter((f) => f.id === 'template-placeholder')).toEqual([]);
	});
});

describe('square brackets in a real text', () => {
	it('are no placeholder', () => {
		const { root, write } = site();
		write('content/projects/budget.md', '---\ntitle: "[Draft] Budget 2024"\nsummary: "Budget [2024] and [2025]"\nstatus: active\nstart: 2021-01-01\n---\n');

		expect(check(root).filter((f) => f.id === 'template-placeholder')).toEqual([]);
	});
});
