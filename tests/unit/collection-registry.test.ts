/**
 * The collection registry is the one place that says what a collection is. This file adds an
 * "events" collection to it (and a template for `memoria new`, as a site would add one), changes
 * nothing else, and finds the new collection in every consumer: content files, routes, the
 * content graph, exports, translation status, `memoria new`, `memoria new translate`, JSON Schema
 * and the search page's facets.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { eventSchema } from '../fixtures/registry/event-schema';
import { eventTemplate } from '../fixtures/registry/event-template';

vi.mock('../../src/model/registry', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/model/registry')>();
	const events = {
		format: 'markdown',
		pages: 'section',
		themed: true,
		slugs: { en: 'events', es: 'eventos' },
		folder: 'events',
		kind: 'event',
		schema: () => eventSchema(),
		// Relative to src/schemas/, where the schemas' comments are read from.
		schemaSource: '../../tests/fixtures/registry/event-schema.ts',
		jsonSchemaTitle: 'Memoria event (content/events/)',
		references: [{ field: 'projects', target: 'projects' }],
		dateField: 'date',
		projects: { field: 'projects', count: 'many' },
		translatedFields: ['title', 'place'],
		aliases: ['events', 'evento', 'eventos'],
	};
	const collectionRegistry = { ...original.collectionRegistry, events };
	return { ...original, collectionRegistry, registryEntries: () => Object.entries(collectionRegistry) };
});
vi.mock('../../src/cli/templates', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/cli/templates')>();
	return { ...original, templates: { ...original.templates, event: eventTemplate } };
});

const { readContentFiles } = await import('../../src/checks/content-files');
const { routeTable } = await import('../../src/site/routes');
const { createLocales } = await import('../../src/site/locales');
const { buildContentGraph } = await import('../../src/model/content-graph');
const { exportMemory } = await import('../../src/model/exports');
const { searchRecord } = await import('../../src/search/search-record');
const { translationReport } = await import('../../src/translation-status/translation-report');
const { contentJsonSchema, schemaNames } = await import('../../src/model/json-schema');
const { runMemoria } = await import('../../src/cli/main');
const { projectSchema } = await import('../../src/schemas/project');
const { sections, themedSections } = await import('../../src/model/sections');

const config = { languages: ['en', 'es'], defaultLanguage: 'en' };
const locales = createLocales(config);

const root = mkdtempSync(join(tmpdir(), 'memoria-registry-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
};
write('memoria.config.ts', "export default { organisation: 'Test', languages: ['en', 'es'], defaultLanguage: 'en' };\n");
write('content/themes.yaml', 'open-data:\n  label: { en: Open data, es: Datos abiertos }\n');
write('content/projects/lenses.md', '---\ntitle: Lenses\nstatus: active\nstart: 2021-01-01\ncountries: [MX]\n---\n');
write('content/events/launch.md', '---\ntitle: Launch\ndate: 2024-05-02\nplace: Mexico City\nprojects: [lenses]\nthemes: [open-data]\n---\nThe launch.\n');
write('content/events/es/launch.md', '---\ntitle: Lanzamiento\ndate: 2024-05-02\nplace: Ciudad de México\nprojects: [lenses]\n---\nEl lanzamiento.\n');

/** The demo-sized memory the graph is built from: the files above, parsed by their schemas. */
function graph() {
	const empty = Object.fromEntries([...sections, 'themes'].map((s) => [s, []])) as unknown as Parameters<typeof buildContentGraph>[0];
	const raw = empty as unknown as Record<string, unknown[]>;
	raw.themes = [{ id: 'open-data', filePath: 'content/themes.yaml', data: { label: { en: 'Open data', es: 'Datos abiertos' } } }];
	raw.projects = [
		{
			id: 'lenses',
			filePath: 'content/projects/lenses.md',
			data: projectSchema().parse({ title: 'Lenses', status: 'active', start: '2021-01-01', countries: ['MX'] }),
		},
	];
	raw.events = [
		{
			id: 'launch',
			filePath: 'content/events/launch.md',
			data: eventSchema().parse({ title: 'Launch', date: '2024-05-02', place: 'Mexico City', projects: ['lenses'], themes: ['open-data'] }),
		},
		{
			id: 'es/launch',
			filePath: 'content/events/es/launch.md',
			data: eventSchema().parse({ title: 'Lanzamiento', date: '2024-05-02', place: 'Ciudad de México', projects: ['lenses'] }),
		},
	];
	return buildContentGraph(empty, locales);
}

describe('a collection added to the registry alone', () => {
	it('is a section with theme and country pages', () => {
		expect(sections).toContain('events');
		expect(themedSections).toContain('events');
	});

	it('has its files read from its folder, in every language', () => {
		const files = readContentFiles({ root, ...config, mdx: false }).filter((f) => f.collection === ('events' as never));
		expect(files.map((f) => `${f.language} ${f.path}`).sort()).toEqual(['en content/events/launch.md', 'es content/events/es/launch.md']);
	});

	it('gets a listing, further listing pages and entry pages at its localised address', () => {
		const patterns = routeTable(locales)
			.filter((r) => r.section === ('events' as never))
			.map((r) => `${r.kind} ${r.pattern}`);
		expect(patterns).toEqual([
			'listing /events',
			'listing-page /events/page/[page]',
			'entry /events/[...key]',
			'listing /es/eventos',
			'listing-page /es/eventos/page/[page]',
			'entry /es/eventos/[...key]',
		]);
	});

	it('joins the content graph: its references are checked, its translation paired, its entries on theme and country pages', () => {
		const memory = graph();
		const entry = memory.get('events' as never, 'launch')!;
		expect(entry.translations.has('es')).toBe(true);
		expect(memory.relations.byTheme.get('open-data')?.['events' as never]).toEqual(['launch']);
		expect(memory.relations.byCountry.get('MX')?.['events' as never]).toEqual(['launch']);
	});

	it('is exported, with its translated title and its address in each language', () => {
		const spanish = exportMemory(graph(), 'es', new URL('https://example.org/')) as unknown as Record<
			string,
			{ id: string; title: string; url: string; translated: boolean }[]
		>;
		expect(spanish.events).toEqual([
			expect.objectContaining({ id: 'launch', title: 'Lanzamiento', url: 'https://example.org/es/eventos/launch/', translated: true }),
		]);
	});

	it('gets search facets: its type, its projects, their countries and its year', () => {
		const record = searchRecord(graph(), 'events' as never, 'launch', 'en', (s) => `type:${s}`);
		expect(record.filters).toMatchObject({ type: ['type:events'], project: ['Lenses'], country: ['Mexico'], year: ['2024'] });
		expect(record.meta.date).toBe('2024-05-02');
	});

	it('is in the translation status', () => {
		const report = translationReport(root, config.languages, config.defaultLanguage);
		const row = report.rows.find((r) => r.collection === 'events');
		expect(row).toMatchObject({ key: 'launch', source: 'content/events/launch.md' });
		expect(row!.languages.es).toMatchObject({ path: 'content/events/es/launch.md' });
	});

	it('has a JSON Schema for editors, with its fields described', () => {
		expect(schemaNames).toContain('events');
		const schema = contentJsonSchema('events') as { title: string; properties: Record<string, { description?: string }> };
		expect(schema.title).toBe('Memoria event (content/events/)');
		expect(schema.properties.place?.description).toBe('Where it took place: a city, or "online".');
	});

	it('is made by `memoria new` under its own word and its aliases, and translated by `memoria new translate`', async () => {
		const run = async (args: string[]) => {
			const chunks: string[] = [];
			const output = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
			const status = await runMemoria(['new', '--root', root, ...args], { input: Readable.from(['']), output, errors: output, env: { LANG: 'C' } });
			return { status, text: chunks.join('') };
		};
		const created = await run(['evento', '--title', 'Public hearing', '--lang', 'en', '--project', 'lenses', '--date', '2024-09-10']);
		expect(created.text).toContain('Created content/events/public-hearing.md');
		expect(created.text).toContain('/events/public-hearing/');
		expect(eventSchema().safeParse(frontmatter(readFileSync(join(root, 'content/events/public-hearing.md'), 'utf8'))).success).toBe(true);

		const translated = await run(['translate', 'content/events/public-hearing.md', '--lang', 'es']);
		expect(translated.status, translated.text).toBe(0);
		const spanish = readFileSync(join(root, 'content/events/es/public-hearing.md'), 'utf8');
		expect(spanish).toContain('title: "[TRANSLATE] Public hearing"');
		expect(spanish).toContain('place: "[TRANSLATE] online"');
	});
});

function frontmatter(text: string): unknown {
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}
