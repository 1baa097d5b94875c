import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Ajv comes with @astrojs/check (through the YAML language server, the same engine VS Code's YAML extension runs).
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { confidenceLevels, learningKinds, phases } from '../../src/schemas/learning';
import { projectStatuses } from '../../src/schemas/project';
import {
	contentJsonSchema,
	contentJsonSchemaFiles,
	formatJsonSchema,
	formatJsonSchemaFiles,
	schemaNames,
	type JsonSchema,
	type SchemaName,
} from '../../src/model/json-schema';
import { formatSchemaNames, shippedSchemaFiles } from '../../src/model/shipped-schemas';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = Object.fromEntries(schemaNames.map((name) => [name, ajv.compile(contentJsonSchema(name))]));

/** Every property of a schema at any depth, with its dotted path. */
function properties(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
	const own = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(([key, sub]): [string, JsonSchema][] => [
		[`${prefix}${key}`, sub],
		...properties(sub, `${prefix}${key}.`),
	]);
	const nested = ['items', 'additionalProperties'].map((k) => schema[k]).filter((s): s is JsonSchema => typeof s === 'object' && s !== null);
	const alternatives = ['anyOf', 'oneOf'].flatMap((k) => (schema[k] as JsonSchema[] | undefined) ?? []);
	return [...own, ...[...nested, ...alternatives].flatMap((s) => properties(s, prefix))];
}

/** The demo site's files of a collection, with the data an editor sees: YAML as written, dates as text. */
function demoEntries(collection: Exclude<SchemaName, 'themes'>): [string, unknown][] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
	return walk(join('content', collection))
		.filter((file) => /\.(md|ya?ml)$/.test(file) && !/\/_/.test(file))
		.map((file) => {
			const text = readFileSync(file, 'utf8');
			return [file, parse(file.endsWith('.md') ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text)];
		});
}

describe('JSON Schema for editors', () => {
	it('matches the committed files in schemas/: run "npm run schemas" after changing a schema', () => {
		for (const file of contentJsonSchemaFiles()) {
			expect(readFileSync(file.path, 'utf8'), `${file.path} is out of date: run npm run schemas`).toBe(file.text);
		}
	});

	it.each(schemaNames)('describes every field of %s, from the doc comments of src/schemas/', (name) => {
		const undescribed = properties(contentJsonSchema(name))
			.filter(([, schema]) => typeof schema.description !== 'string' || schema.description.length === 0)
			.map(([path]) => path);

		expect(undescribed).toEqual([]);
	});

	it('takes each description from the comment above the field, nested fields included', () => {
		const call = contentJsonSchema('calls') as { properties: Record<string, JsonSchema & { properties?: Record<string, JsonSchema> }> };

		expect(call.properties.date!.description).toBe('The day of the call.');
		expect(call.properties.participants!.properties!.people!.description).toBe('How many people took part.');
		expect(call.properties.organisations!.description).toBe('Participating organisations that agreed to be named (ids in content/organisations/).');
	});

	it('requires what the zod schemas require and offers their choices', () => {
		const learning = contentJsonSchema('learnings') as { required: string[]; properties: Record<string, { enum?: string[] }> };
		const project = contentJsonSchema('projects') as { required: string[]; properties: Record<string, { enum?: string[] }> };

		expect(learning.required.sort()).toEqual(['date', 'kind', 'lesson', 'phase', 'project', 'title']);
		expect(learning.properties.phase!.enum).toEqual([...phases]);
		expect(learning.properties.kind!.enum).toEqual([...learningKinds]);
		expect(learning.properties.confidence!.enum).toEqual([...confidenceLevels]);
		expect(project.required.sort()).toEqual(['start', 'status', 'title']);
		expect(project.properties.status!.enum).toEqual([...projectStatuses]);
	});

	it.each(['projects', 'learnings', 'calls', 'posts', 'organisations', 'assessments'] as const)('accepts every %s entry of the demo site', (collection) => {
		const rejected = demoEntries(collection)
			.filter(([, data]) => !validators[collection]!(data))
			.map(([file]) => `${file}: ${ajv.errorsText(validators[collection]!.errors)}`);

		expect(rejected).toEqual([]);
	});

	it('accepts the demo site’s theme vocabulary', () => {
		expect(validators.themes!(parse(readFileSync('content/themes.yaml', 'utf8'))), ajv.errorsText(validators.themes!.errors)).toBe(true);
	});

	it.each([
		['a phase that is not a choice', { phase: 'planning' }, '/phase'],
		['a missing lesson', { lesson: undefined }, "must have required property 'lesson'"],
		['a date that is not YYYY-MM-DD', { date: '12/03/2024' }, '/date'],
		['a misspelt field name', { lessson: 'x' }, 'must NOT have additional properties'],
	])('flags %s in a learning, as an editor would', (_, change, error) => {
		const entry = { title: 'x', date: '2024-03-12', project: 'p', phase: 'design', kind: 'worked', lesson: 'x', ...change };

		const valid = validators.learnings!(JSON.parse(JSON.stringify(entry)));

		expect(valid).toBe(false);
		expect(ajv.errorsText(validators.learnings!.errors)).toContain(error);
	});
});

describe('JSON Schema of the published-memory format (src/network/format.ts)', () => {
	const manifest = ajv.compile(formatJsonSchema('memoria-manifest'));
	const memoryExport = ajv.compile(formatJsonSchema('memoria-export'));
	const validManifest = () => ({
		format: 'memoria-manifest',
		version: 1,
		generated: '2026-11-22T10:00:00.000Z',
		organisation: { name: 'Colectivo Brújula', country: 'MX', description: { es: 'Una memoria.' } },
		site: { url: 'https://brujula.example.org', base: '/' },
		languages: ['es', 'en'],
		defaultLanguage: 'es',
		licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		copies: { allowed: true, leaving: false },
		generator: { memoria: '0.1.0', pagefind: '1.6.0' },
		exports: [{ path: 'data/memory.es.json', sha256: 'a'.repeat(64), bytes: 10, language: 'es', entries: 1 }],
		search: [{ kind: 'current', path: 'pagefind/', files: [{ path: 'pagefind-entry.json', sha256: 'b'.repeat(64), bytes: 2 }] }],
	});

	it('matches the committed files in schemas/: run "npm run schemas" after changing src/network/format.ts', () => {
		for (const file of formatJsonSchemaFiles()) {
			expect(readFileSync(file.path, 'utf8'), `${file.path} is out of date: run npm run schemas`).toBe(file.text);
		}
	});

	it('is not among the schemas `memoria schemas` copies into a site for its editors', () => {
		const copied = shippedSchemaFiles().map((file) => file.name);

		expect(copied).toContain('learnings');
		expect(copied.filter((name) => (formatSchemaNames as readonly string[]).includes(name))).toEqual([]);
	});

	it.each(formatSchemaNames)('describes every field of %s, from the doc comments of src/network/format.ts', (name) => {
		const undescribed = properties(formatJsonSchema(name))
			.filter(([, schema]) => typeof schema.description !== 'string' || schema.description.length === 0)
			.map(([path]) => path);

		expect(undescribed).toEqual([]);
	});

	it('accepts a manifest as the format has it, with fields a later minor version may add', () => {
		expect(manifest(validManifest()), ajv.errorsText(manifest.errors)).toBe(true);
		expect(manifest({ ...validManifest(), mirrors: [] }), ajv.errorsText(manifest.errors)).toBe(true);
	});

	it.each([
		['without consent', (m: JsonSchema) => delete m.copies, "must have required property 'copies'"],
		['of another major version', (m: JsonSchema) => (m.version = 2), '/version'],
		['with a path that leaves its folder', (m: JsonSchema) => ((m.exports as JsonSchema[])[0]!.path = '/etc/passwd'), '/exports/0/path'],
		['with a hash that is not a sha256', (m: JsonSchema) => ((m.exports as JsonSchema[])[0]!.sha256 = 'abc'), '/exports/0/sha256'],
	])('refuses a manifest %s', (_, change, error) => {
		const changed = validManifest() as JsonSchema;
		change(changed);

		expect(manifest(changed)).toBe(false);
		expect(ajv.errorsText(manifest.errors)).toContain(error);
	});

	it('accepts an export as Memoria writes it, and refuses an entry without its body’s place or with a path outside', () => {
		const entry = {
			id: 'listen',
			type: 'learnings',
			url: '/aprendizajes/listen/',
			path: 'aprendizajes/listen/',
			language: 'es',
			translated: true,
			title: 'Escuchar',
			body: 'Texto.',
			lesson: 'x',
		};
		const exported = { language: 'es', generated: '2026-11-22T10:00:00.000Z', themes: [], learnings: [entry] };

		expect(memoryExport(exported), ajv.errorsText(memoryExport.errors)).toBe(true);
		expect(memoryExport({ ...exported, learnings: [{ ...entry, path: '../x/' }] })).toBe(false);
		expect(memoryExport({ ...exported, learnings: [{ ...entry, type: 'secrets' }] })).toBe(false);
	});
});
