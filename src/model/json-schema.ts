import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { z } from 'zod';
import { manifestSchema, memoryExportSchema } from '../network/format';
import { calendarDate, countryCode, theme } from '../schemas/shared';
import { themeSchema } from '../schemas/theme';
import { registryEntries } from './registry';
import { sections } from './sections';
import { type FormatSchemaName, formatSchemaNames, type JsonSchema, schemaFile } from './shipped-schemas';

export type { JsonSchema };

/**
 * The content schemas as JSON Schema, for editors that check YAML as it is typed (VS Code's YAML
 * extension reads `schemas/*.schema.json` through `.vscode/settings.json`). zod 4 writes the
 * structure; the descriptions come from the `/** … *\/` comment above each field in the schema
 * files, so the comment a developer writes is the hover text a writer reads (STYLE.md, rule 3).
 *
 * The same is done for the format of a published memory (src/network/format.ts), whose files
 * other sites read: `schemas/memoria-manifest.schema.json` and `memoria-export.schema.json`.
 *
 * Reading comments takes the TypeScript compiler, a development tool: this runs only in
 * Memoria's repository (`npm run schemas`, scripts/schemas.ts, and the tests), which commits the
 * files it writes; the package ships them, and commands read them (shipped-schemas.ts).
 */

/**
 * Each exported schema: the zod schema, the file whose comments describe it, and a title. Every
 * collection of the registry that has a schema of its own (guides have Starlight's), and the themes.
 */
const sources: Record<string, { schema: () => z.ZodType; file: string; title: string }> = {
	...Object.fromEntries(
		registryEntries().flatMap(([name, spec]) =>
			spec.schema && spec.schemaSource && spec.jsonSchemaTitle
				? [[name, { schema: () => spec.schema!({}), file: spec.schemaSource, title: spec.jsonSchemaTitle }]]
				: []
		)
	),
	// content/themes.yaml is one file: theme id → its labels and descriptions.
	themes: { schema: () => z.record(theme, themeSchema()), file: 'theme.ts', title: 'Memoria themes (content/themes.yaml)' },
};

export type SchemaName = string;
export const schemaNames = Object.keys(sources) as SchemaName[];

/** The JSON Schema of one collection, with a description on every field that has a doc comment. */
export function contentJsonSchema(name: SchemaName): JsonSchema {
	const source = sources[name];
	if (!source) throw new Error(`Memoria has no schema named "${name}"; it has ${schemaNames.join(', ')}.`);
	const { schema, file, title } = source;
	const comments = schemaComments(file);
	const json = z.toJSONSchema(schema(), {
		// What writers type (before defaults and transforms), not what the code reads.
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			// YAML has no date type an editor checks; a date is text written YYYY-MM-DD.
			if (zodSchema === calendarDate) replace(jsonSchema, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' });
			if (zodSchema === countryCode) replace(jsonSchema, { type: 'string', pattern: '^[A-Za-z]{2}$' });
		},
	}) as JsonSchema;
	describeFields(json, '', comments.fields);
	// The first sentence only: the rest of a schema's comment is often meant for developers.
	const description = comments.description?.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? comments.description;
	return { $schema: json.$schema, title, ...(description ? { description } : {}), ...withoutKey(json, '$schema') };
}

/** Every schema, in the text `npm run schemas` writes: two-space JSON and a final newline. */
export function contentJsonSchemaFiles(): { name: SchemaName; path: string; text: string }[] {
	return schemaNames.map((name) => ({ name, path: schemaFile(name), text: `${JSON.stringify(contentJsonSchema(name), null, 2)}\n` }));
}

function replace(target: JsonSchema, value: JsonSchema) {
	for (const key of Object.keys(target)) delete target[key];
	Object.assign(target, value);
}

function withoutKey(object: JsonSchema, key: string): JsonSchema {
	const { [key]: _, ...rest } = object;
	return rest;
}

/**
 * Puts each field's description first in its schema, and closes every object: zod drops an
 * unknown field without a word, so in the editor a misspelt field name should be flagged.
 */
function describeFields(schema: JsonSchema, prefix: string, fields: Map<string, string>, close = true) {
	const properties = schema.properties as Record<string, JsonSchema> | undefined;
	if (properties) {
		for (const [key, sub] of Object.entries(properties)) {
			const path = prefix ? `${prefix}.${key}` : key;
			const description = fields.get(path);
			properties[key] = description ? { description, ...sub } : sub;
			describeFields(properties[key], path, fields, close);
		}
		if (close) schema.additionalProperties ??= false;
	}
	for (const key of ['items', 'additionalProperties'] as const) {
		const sub = schema[key];
		if (sub && typeof sub === 'object') describeFields(sub as JsonSchema, prefix, fields, close);
	}
	for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
		for (const sub of (schema[key] as JsonSchema[] | undefined) ?? []) describeFields(sub, prefix, fields, close);
	}
}

/* Reading the doc comments ------------------------------------------------------------------ */

// The schemas' own files, whose field comments become descriptions (src/schemas/).
const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '../schemas');

interface Module {
	source: ts.SourceFile;
	/** Top-level names: a const's initializer or a function's declaration. */
	declarations: Map<string, ts.Node>;
	/** Top-level names with the doc comment of their statement. */
	docs: Map<string, string>;
	/** Imported name → the path of the sibling file it comes from. */
	imports: Map<string, string>;
}

const modules = new Map<string, Module>();

/** A TypeScript module, by its path. */
function readModule(path: string): Module {
	const cached = modules.get(path);
	if (cached) return cached;
	const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
	const module: Module = { source, declarations: new Map(), docs: new Map(), imports: new Map() };
	for (const statement of source.statements) {
		if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
			const from = statement.moduleSpecifier.text;
			const names = statement.importClause?.namedBindings;
			if (from.startsWith('./') && names && ts.isNamedImports(names)) {
				for (const element of names.elements) module.imports.set(element.name.text, join(dirname(path), `${from.slice(2)}.ts`));
			}
		} else if (ts.isVariableStatement(statement)) {
			const doc = docComment(statement, source);
			for (const d of statement.declarationList.declarations) {
				if (!ts.isIdentifier(d.name) || !d.initializer) continue;
				module.declarations.set(d.name.text, d.initializer);
				if (doc) module.docs.set(d.name.text, doc);
			}
		} else if (ts.isFunctionDeclaration(statement) && statement.name) {
			module.declarations.set(statement.name.text, statement);
		}
	}
	modules.set(path, module);
	return module;
}

/** The text of the `/** … *\/` comment right before a node, on one line. */
function docComment(node: ts.Node, source: ts.SourceFile): string | undefined {
	const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
	const doc = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
	if (!doc) return undefined;
	return source.text
		.slice(doc.pos + 3, doc.end - 2)
		.split('\n')
		.map((line) => line.replace(/^\s*\*\s?/, '').trim())
		.filter(Boolean)
		.join(' ');
}

/**
 * The comments of one schema file: the schema's own (on its factory function, else the file's
 * first doc comment) and each field's, by dotted path ("participants.people"). Follows consts
 * and imports from sibling files, so shared fields and item schemas are described too.
 */
export function schemaComments(file: string): { description: string | undefined; fields: Map<string, string> } {
	const module = readModule(join(schemaDir, file));
	const factory = [...module.declarations.values()].find((d): d is ts.FunctionDeclaration => ts.isFunctionDeclaration(d) && /Schema$/.test(d.name?.text ?? ''));
	if (!factory?.body) throw new Error(`src/schemas/${file} has no schema factory function (…Schema()).`);
	const fields = new Map<string, string>();
	const returned = factory.body.statements.find(ts.isReturnStatement)?.expression;
	if (returned) collectFields(returned, '', module, fields, new Set());
	const fileDoc = module.source.statements.map((s) => docComment(s, module.source)).find(Boolean);
	return { description: docComment(factory, module.source) ?? fileDoc, fields };
}

function collectFields(node: ts.Node, prefix: string, module: Module, out: Map<string, string>, visiting: Set<ts.Node>) {
	if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return; // transforms and refinements build values, not fields
	if (ts.isObjectLiteralExpression(node)) {
		for (const property of node.properties) {
			if (ts.isSpreadAssignment(property)) {
				collectFields(property.expression, prefix, module, out, visiting);
			} else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
				const path = prefix ? `${prefix}.${property.name.text}` : property.name.text;
				const doc = docComment(property, module.source);
				if (doc && !out.has(path)) out.set(path, doc);
				collectFields(property.initializer, path, module, out, visiting);
			} else if (ts.isShorthandPropertyAssignment(property)) {
				// `{ sha256 }`: the comment above it, then the fields of the const it names.
				const path = prefix ? `${prefix}.${property.name.text}` : property.name.text;
				const doc = docComment(property, module.source);
				if (doc && !out.has(path)) out.set(path, doc);
				collectFields(property.name, path, module, out, visiting);
			}
		}
		return;
	}
	if (ts.isPropertyAccessExpression(node)) return collectFields(node.expression, prefix, module, out, visiting);
	if (ts.isIdentifier(node)) {
		const imported = module.imports.get(node.text);
		const target = imported ? readModule(imported) : module;
		const declaration = target.declarations.get(node.text);
		if (!declaration || ts.isFunctionDeclaration(declaration) || visiting.has(declaration)) return;
		collectFields(declaration, prefix, target, out, new Set([...visiting, declaration]));
		return;
	}
	ts.forEachChild(node, (child) => collectFields(child, prefix, module, out, visiting));
}

/* The published memory's format (src/network/format.ts) ------------------------------------ */

const formatModule = join(dirname(fileURLToPath(import.meta.url)), '../network/format.ts');

/** The comments of one top-level declaration of a module: its own, and its fields' by dotted path. */
function declarationComments(path: string, name: string): { description: string | undefined; fields: Map<string, string> } {
	const module = readModule(path);
	const declaration = module.declarations.get(name);
	if (!declaration) throw new Error(`${path} has no declaration named ${name}.`);
	const fields = new Map<string, string>();
	collectFields(declaration, '', module, fields, new Set([declaration]));
	return { description: module.docs.get(name), fields };
}

/**
 * The format's two files, as JSON Schema for anyone who reads a published memory without Memoria
 * (a hub's own tools, a partner's script). Objects stay open, as the format's minor versions add
 * optional fields; each section of an export lists entries described once, in `exportedEntry`.
 */
const formatSources: Record<FormatSchemaName, { schema: z.ZodType; name: string; title: string; fields?: () => Map<string, string> }> = {
	'memoria-manifest': { schema: manifestSchema, name: 'manifestSchema', title: 'Memoria published memory: the manifest (/memoria.json)' },
	'memoria-export': {
		schema: memoryExportSchema,
		name: 'memoryExportSchema',
		title: 'Memoria published memory: one language’s export (/data/memory.<language>.json)',
		fields: () => {
			const entry = declarationComments(formatModule, 'exportedEntry').fields;
			return new Map(
				sections.flatMap((section) => [
					[section, `The public entries of type "${section}", in reading order.`] as [string, string],
					...[...entry].map(([path, text]): [string, string] => [`${section}.${path}`, text]),
				])
			);
		},
	},
};

/** The JSON Schema of one file of the published-memory format, with the doc comments of src/network/format.ts. */
export function formatJsonSchema(name: FormatSchemaName): JsonSchema {
	const { schema, name: declaration, title, fields: extra } = formatSources[name];
	const comments = declarationComments(formatModule, declaration);
	const fields = new Map([...comments.fields, ...(extra?.() ?? [])]);
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	describeFields(json, '', fields, false);
	return {
		$schema: json.$schema,
		title,
		...(comments.description ? { description: comments.description } : {}),
		...withoutKey(json, '$schema'),
	};
}

/** Both format schemas, in the text `npm run schemas` writes. */
export function formatJsonSchemaFiles(): { name: FormatSchemaName; path: string; text: string }[] {
	return formatSchemaNames.map((name) => ({ name, path: schemaFile(name), text: `${JSON.stringify(formatJsonSchema(name), null, 2)}\n` }));
}
