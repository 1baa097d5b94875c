/**
 * The per-language export (/data/memory.<language>.json) in the published-memory format: every
 * record carries its page's path from its language's home and the Markdown body of the file shown
 * in that language, and the whole export follows src/network/format.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentGraph, type RawCollections } from '../../src/model/content-graph';
import { bodyFromFile, bodyOnEntry, exportMemory, learningsCsv } from '../../src/model/exports';
import { memoryExportSchema } from '../../src/network/format';
import { exportedEntries, exportProblems } from '../../src/network/manifest';
import { learningSchema } from '../../src/schemas/learning';
import { organisationSchema } from '../../src/schemas/organisation';
import { projectSchema } from '../../src/schemas/project';
import { createLocales } from '../../src/site/locales';

// The unit tests' site (tests/unit/support/site-config.ts): English at the root, Spanish under /es/.
const locales = createLocales({ languages: ['en', 'es'], defaultLanguage: 'en' });
const site = new URL('https://test.example.org');
const schemas = { projects: projectSchema(), learnings: learningSchema(), organisations: organisationSchema() };
type Section = keyof typeof schemas;

/** Collections from [section, path, frontmatter, body] rows; the body is where Astro's loader keeps it, on the entry. */
function memory(rows: [Section, string, Record<string, unknown>, string?][]): RawCollections {
	const raw = { projects: [], learnings: [], outcomes: [], calls: [], posts: [], organisations: [], assessments: [], themes: [] } as unknown as RawCollections;
	for (const [section, path, data, body] of rows) {
		const id = path.replace(/\.(md|yaml)$/, '');
		const parsed = schemas[section].parse(data);
		(raw[section] as unknown[]).push({ id, filePath: `content/${section}/${path}`, data: parsed, source: { id, data: parsed, body } });
	}
	return raw;
}

const learning = (title: string, extra: Record<string, unknown> = {}) => ({
	title,
	date: '2024-03-01',
	project: 'radio',
	phase: 'design',
	kind: 'worked',
	lesson: 'Ask first.',
	organisations: ['ilsb'],
	...extra,
});
const graph = buildContentGraph(
	memory([
		['organisations', 'ilsb.yaml', { name: 'ILSB' }],
		['projects', 'radio.md', { title: 'Community radio', status: 'active', start: '2023-01-01', organisations: ['ilsb'] }, 'The radio project.'],
		['learnings', 'listen.md', learning('Listen first'), 'We listened **first**.\n\n## Why\n\nBecause.'],
		['learnings', 'es/listen.md', learning('Escuchar primero', { slug: 'escuchar' }), 'Escuchamos **primero**.'],
		['learnings', 'untranslated.md', learning('Only in English'), 'English only.'],
	]),
	locales
);

describe('the export of each language', () => {
	it('gives every record its page’s path from the language’s home, with the language’s section word and slug, never the prefix', () => {
		const en = exportMemory(graph, 'en', site);
		const es = exportMemory(graph, 'es', site);

		expect(en.learnings.map((r) => r.path)).toEqual(expect.arrayContaining(['learnings/listen/', 'learnings/untranslated/']));
		expect(es.learnings.find((r) => r.id === 'listen')).toMatchObject({
			path: 'aprendizajes/escuchar/',
			url: 'https://test.example.org/es/aprendizajes/escuchar/',
		});
		expect(es.projects[0]!.path).toBe('proyectos/radio/');
		expect(es.organisations[0]!.path).toBe('organizaciones/ilsb/');
	});

	it('carries the Markdown body of the file shown in that language, as written', () => {
		const es = exportMemory(graph, 'es', site);
		const en = exportMemory(graph, 'en', site);

		expect(en.learnings.find((r) => r.id === 'listen')!.body).toBe('We listened **first**.\n\n## Why\n\nBecause.');
		expect(es.learnings.find((r) => r.id === 'listen')).toMatchObject({ body: 'Escuchamos **primero**.', language: 'es', translated: true });
	});

	it('gives an untranslated entry its original’s body and language', () => {
		const record = exportMemory(graph, 'es', site).learnings.find((r) => r.id === 'untranslated');

		expect(record).toMatchObject({ body: 'English only.', language: 'en', translated: false, title: 'Only in English' });
	});

	it('gives a data entry (an organisation) its name as title and an empty body', () => {
		expect(exportMemory(graph, 'en', site).organisations[0]).toMatchObject({ title: 'ILSB', name: 'ILSB', body: '' });
	});

	it.each(['en', 'es'])('follows the published-memory format (%s)', (language) => {
		const exported = JSON.parse(JSON.stringify(exportMemory(graph, language, site)));

		expect(exportProblems(exported)).toEqual([]);
		expect(memoryExportSchema.safeParse(exported).success).toBe(true);
		expect(exportedEntries(exported)).toBe(4);
	});

	it('keeps the CSV as it was: no body and no path column', () => {
		const header = learningsCsv(graph, 'en', site).replace('\uFEFF', '').split('\n')[0]!;

		expect(header).toBe(
			'id,url,language,translated,title,date,project,phase,kind,confidence,status,lesson,expected,happened,why,recommendations,evidence,themes,organisations,authors'
		);
	});
});

describe('exportProblems: what a hub would refuse, named by entry and field', () => {
	const exported = () => JSON.parse(JSON.stringify(exportMemory(graph, 'en', site)));

	it('names the entry and the field of a body longer than a hub accepts', () => {
		const data = exported();
		data.learnings[0].body = 'x'.repeat(1_000_001);

		expect(exportProblems(data)).toEqual([{ at: `learnings[0] (${data.learnings[0].id}) → body`, message: expect.stringContaining('1000000') }]);
	});

	it('names a path that would leave the hub’s folder', () => {
		const data = exported();
		data.projects[0].path = '../escape/';

		expect(exportProblems(data).map((p) => p.at)).toEqual(['projects[0] (radio) → path']);
	});
});

describe('the body an export reads from the file, as a build keeps none in Astro’s store', () => {
	const root = mkdtempSync(join(tmpdir(), 'memoria-export-body-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};

	it('is the text after the frontmatter, trimmed, as Astro’s loader keeps it, with Windows line ends and accents as written', () => {
		write(
			'content/learnings/es/escuchar.md',
			'---\r\ntitle: Escuchar primero\r\n---\r\n\r\nEscuchamos **primero** a las familias ribereñas.\r\n\r\n## Por qué\r\n'
		);
		const body = bodyFromFile(root)({ filePath: 'content/learnings/es/escuchar.md' });
		expect(body).toBe('Escuchamos **primero** a las familias ribereñas.\r\n\r\n## Por qué');
		// What Astro's loader would have kept on the entry: the same text.
		expect(bodyOnEntry({ filePath: '', source: { body } })).toBe(body);
	});

	it('is empty for a data file, such as an organisation’s YAML', () => {
		write('content/organisations/ilsb.yaml', 'name: ILSB\n');
		expect(bodyFromFile(root)({ filePath: 'content/organisations/ilsb.yaml' })).toBe('');
	});

	it('reaches every record of an export, the untranslated entry’s from its original file', () => {
		write('content/learnings/listen.md', '---\ntitle: Listen first\n---\nWe listened **first**.\n');
		write('content/learnings/untranslated.md', '---\ntitle: Only in English\n---\nEnglish only.\n');
		write('content/learnings/es/listen.md', '---\ntitle: Escuchar primero\n---\nEscuchamos **primero**.\n');
		write('content/projects/radio.md', '---\ntitle: Community radio\n---\nThe radio project.\n');
		const es = exportMemory(graph, 'es', site, bodyFromFile(root));
		expect(Object.fromEntries(es.learnings.map((r) => [r.id, r.body]))).toEqual({ listen: 'Escuchamos **primero**.', untranslated: 'English only.' });
	});
});
