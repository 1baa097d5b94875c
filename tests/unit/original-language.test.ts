/**
 * Originals in any language: which file of an entry is its original (src/model/original-language.ts),
 * how the content graph joins the other files to it, and what a public build publishes of an entry
 * first written in another language than the site's default.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/run-checks';
import { parseSiteConfig } from '../../src/config/parse-site-config';
import type { SiteConfigInput } from '../../src/config/site-config';
import { internalPlaceholder } from '../../src/model/audience-loader';
import { buildContentGraph, ContentGraphError, type RawCollections } from '../../src/model/content-graph';
import { chooseOriginal } from '../../src/model/original-language';
import { learningSchema } from '../../src/schemas/learning';
import { projectSchema } from '../../src/schemas/project';
import { createLocales } from '../../src/site/locales';

const file = (language: string, data: Record<string, unknown> = {}) => ({ language, data });

describe('which file is an entry’s original', () => {
	it.each([
		['the default-language file, when nothing names another', [file('es'), file('en')], { language: 'en' }],
		['the only file, whatever its language', [file('es')], { language: 'es' }],
		['the language a translation names', [file('es'), file('en', { translatedFrom: 'es' })], { language: 'es' }],
		['the language every translation names', [file('es'), file('en', { translatedFrom: 'es' }), file('fr', { translatedFrom: 'es' })], { language: 'es' }],
		['no file, when the language named has none', [file('en', { translatedFrom: 'es' })], { problem: 'missing', language: 'es' }],
		[
			'no file, when translations name different languages',
			[file('es', { translatedFrom: 'en' }), file('en', { translatedFrom: 'es' })],
			{ problem: 'unclear' },
		],
		['no file, when several files are outside the default language and none names one', [file('es'), file('fr')], { problem: 'unclear' }],
		['the default-language file, when a file names its own language', [file('es', { translatedFrom: 'es' }), file('en')], { language: 'en' }],
		['the default-language file, when a file could not be read', [file('es'), { language: 'en', data: undefined }], { language: 'en' }],
	])('is %s', (_, versions, expected) => {
		expect(chooseOriginal('learnings', versions, 'en')).toEqual(expected);
	});

	it('is the default-language file of a guide whenever it has one, as Starlight falls back from that', () => {
		expect(chooseOriginal('docs', [file('es'), file('en', { translatedFrom: 'es' })], 'en')).toEqual({ language: 'en' });
	});

	it('is, for a guide without a default-language file, the file written first: the one named, else the first by language code', () => {
		expect(chooseOriginal('docs', [file('es')], 'en')).toEqual({ language: 'es' });
		expect(chooseOriginal('docs', [file('pt'), file('es', { translatedFrom: 'pt' })], 'en')).toEqual({ language: 'pt' });
		// The same whatever order the caller lists the files in: never a problem that stops a build.
		expect(chooseOriginal('docs', [file('pt'), file('es')], 'en')).toEqual({ language: 'es' });
		expect(chooseOriginal('docs', [file('es'), file('pt')], 'en')).toEqual({ language: 'es' });
	});
});

const schemas = { projects: projectSchema(), learnings: learningSchema() };
const learning = (title: string, project: string, extra: Record<string, unknown> = {}) => ({
	title,
	date: '2021-05-01',
	project,
	phase: 'design',
	kind: 'worked',
	lesson: 'x',
	...extra,
});
const project = (title: string) => ({ title, status: 'active', start: '2020-01-01', countries: ['MX'] });

/** Collections from [section, id, data] rows, parsed by the real schemas; `null` data is an internal entry's placeholder. */
function memory(rows: [keyof typeof schemas, string, Record<string, unknown> | null][]): RawCollections {
	const raw = { projects: [], learnings: [], outcomes: [], calls: [], posts: [], organisations: [], assessments: [], themes: [] } as unknown as RawCollections;
	for (const [section, id, data] of rows) {
		const parsed = data === null ? { ...internalPlaceholder } : schemas[section].parse(data);
		(raw[section] as unknown[]).push({ id, filePath: `content/${section}/${id}.md`, data: parsed });
	}
	return raw;
}
const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const projects: [keyof typeof schemas, string, Record<string, unknown>][] = [
	['projects', 'river', project('River')],
	['projects', 'lake', project('Lake')],
];

describe('the content graph, with originals in any language', () => {
	it('publishes a learning written only in Spanish in both languages: its own in Spanish, a fallback in English', () => {
		const graph = buildContentGraph(memory([...projects, ['learnings', 'es/escuchar', learning('Escuchar primero', 'river')]]), locales);
		const entry = graph.get('learnings', 'escuchar')!;

		expect(entry.original).toMatchObject({ language: 'es', filePath: 'content/learnings/es/escuchar.md' });
		expect(graph.fileFor(entry, 'es')).toMatchObject({ isFallback: false, file: { language: 'es' } });
		expect(graph.fileFor(entry, 'en')).toMatchObject({ isFallback: true, file: { language: 'es', data: { title: 'Escuchar primero' } } });
		expect(graph.listed.learnings).toEqual(['escuchar']);
		expect(graph.relations.learningsByProject.get('river')).toEqual(['escuchar']);
	});

	it('joins an English translation to the Spanish original it names, and takes relations from the original', () => {
		const graph = buildContentGraph(
			memory([
				...projects,
				['learnings', 'es/escuchar', learning('Escuchar primero', 'river')],
				['learnings', 'escuchar', learning('Listen first', 'lake', { translatedFrom: 'es' })],
			]),
			locales
		);
		const entry = graph.get('learnings', 'escuchar')!;

		expect(entry.original.language).toBe('es');
		expect([...entry.translations.keys()]).toEqual(['en']);
		expect(graph.fileFor(entry, 'en')).toMatchObject({ isFallback: false, file: { data: { title: 'Listen first' } } });
		expect(graph.relations.learningsByProject.get('river')).toEqual(['escuchar']);
		expect(graph.relations.learningsByProject.get('lake')).toBeUndefined();
	});

	it('refuses an entry whose files do not say which is the original, once, naming them all', () => {
		const three = createLocales({ languages: ['en', 'es', 'fr'], defaultLanguage: 'en' });
		const rows = memory([...projects, ['learnings', 'es/escuchar', learning('Escuchar', 'river')], ['learnings', 'fr/escuchar', learning('Écouter', 'river')]]);

		expect(() => buildContentGraph(rows, three)).toThrow(ContentGraphError);
		try {
			buildContentGraph(rows, three);
		} catch (error) {
			const problems = (error as ContentGraphError).problems;
			expect(problems.map((p) => [p.id, p.file, p.field])).toEqual([['original-unclear', 'content/learnings/es/escuchar.md', 'translatedFrom']]);
			expect(problems[0]!.message).toContain('content/learnings/es/escuchar.md, content/learnings/fr/escuchar.md');
		}
	});

	it('knows an internal Spanish original exists without showing it: a public entry may name it', () => {
		const graph = buildContentGraph(
			memory([
				...projects,
				['learnings', 'es/secreto', null],
				['learnings', 'secreto', null],
				['learnings', 'open', learning('Open', 'river', { followsUp: ['secreto'] })],
			]),
			locales
		);

		expect(graph.get('learnings', 'secreto')).toBeUndefined();
		expect(graph.listed.learnings).toEqual(['open']);
	});
});

describe('what a public build publishes of an entry first written in Spanish', () => {
	let root: string | undefined;
	afterEach(() => root && rmSync(root, { recursive: true, force: true }));

	function check(files: Record<string, string>, config: Partial<SiteConfigInput> = {}) {
		root = mkdtempSync(join(tmpdir(), 'memoria-originals-'));
		const all = {
			'content/themes.yaml': 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n',
			'content/projects/river.md': '---\ntitle: River\nstatus: active\nstart: 2021-01-01\n---\nBody.\n',
			...files,
		};
		for (const [path, text] of Object.entries(all)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const site = parseSiteConfig({ organisation: 'Test', ...config });
		const { findings, facts } = checkContent({ root, config: site, audience: 'public', language: 'en', today: new Date('2025-01-01') });
		return { findings: findings.map((f) => `${f.id} ${f.file}`), facts };
	}
	const lesson = (fields: string, body: string) =>
		`---\ntitle: Una lección\ndate: 2021-02-01\nproject: river\nphase: design\nkind: worked\nlesson: Aprendimos.\n${fields}---\n${body}\n`;

	it('publishes a public Spanish original, with nothing for the leak gate to look for', () => {
		const { findings, facts } = check({ 'content/learnings/es/abierto.md': lesson('', 'Un texto público.') });

		expect(findings).toEqual([]);
		expect(facts.internal).toEqual([]);
	});

	it('keeps an internal Spanish original and its English translation out, even when the translation says nothing, at every address', () => {
		const { findings, facts } = check({
			'content/learnings/es/secreto.md': lesson('visibility: internal\n', 'La fuente confidencial pidió que nadie supiera de la reunión del martes.'),
			'content/learnings/secreto.md': lesson('translatedFrom: es\n', 'The confidential source asked that nobody learn of the Tuesday meeting.'),
		});

		expect(findings).toEqual([]);
		expect(facts.internal.map((entry) => entry.file).sort()).toEqual(['content/learnings/es/secreto.md', 'content/learnings/secreto.md']);
		for (const entry of facts.internal) expect(entry.addresses).toEqual(expect.arrayContaining(['/learnings/secreto/', '/es/aprendizajes/secreto/']));
	});

	it('looks for an internal English translation of a public Spanish original by its text only: the addresses show the original', () => {
		const { findings, facts } = check({
			'content/learnings/es/abierto.md': lesson('', 'Un texto público.'),
			'content/learnings/abierto.md': lesson('translatedFrom: es\nvisibility: internal\n', 'A draft translation nobody outside should read yet.'),
		});

		expect(findings).toEqual([]);
		expect(facts.internal.map((entry) => [entry.file, entry.addresses])).toEqual([['content/learnings/abierto.md', ['/learnings/abierto.md']]]);
	});

	it('reports an entry whose original is unclear in a public build too, and publishes nothing of it', () => {
		const { findings, facts } = check(
			{
				'content/learnings/es/doble.md': lesson('visibility: internal\n', 'Un texto interno.'),
				'content/learnings/fr/doble.md': lesson('', 'Un texte sans visibilité.'),
			},
			{ languages: ['en', 'es', 'fr'] }
		);

		expect(findings).toEqual(['original-unclear content/learnings/es/doble.md']);
		expect(facts.internal.map((entry) => entry.file).sort()).toEqual(['content/learnings/es/doble.md', 'content/learnings/fr/doble.md']);
	});
});
