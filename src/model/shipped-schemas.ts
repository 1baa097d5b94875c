import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The content schemas as JSON Schema, as Memoria ships them in its own schemas/ folder (with the
 * published-memory format's two, which are not content schemas). They are
 * written from the zod schemas and their doc comments by `npm run schemas` in Memoria's
 * repository (scripts/schemas.ts, which needs the TypeScript compiler), committed, and kept
 * current by a unit test; at run time they are only read, so no command needs TypeScript.
 */

export type JsonSchema = { [key: string]: unknown };

/** Memoria's own schemas/ folder. */
export const shippedSchemaFolder = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Where a schema is written, relative to a site's root: the same place as in Memoria. */
export const schemaFile = (name: string) => `schemas/${name}.schema.json`;

/**
 * The schemas of the published-memory format (src/network/format.ts): shipped beside the content
 * schemas, for other sites and tools that read a memory, but no editor of a site's content needs them.
 */
export const formatSchemaNames = ['memoria-manifest', 'memoria-export'] as const;
export type FormatSchemaName = (typeof formatSchemaNames)[number];
const isFormatSchema = (name: string) => (formatSchemaNames as readonly string[]).includes(name);

/** Every shipped content schema file (what `memoria schemas` copies into a site): its name ("learnings"), path and text. */
export function shippedSchemaFiles(): { name: string; path: string; text: string }[] {
	return readdirSync(shippedSchemaFolder)
		.filter((file) => file.endsWith('.schema.json') && !isFormatSchema(file.slice(0, -'.schema.json'.length)))
		.sort()
		.map((file) => {
			const name = file.slice(0, -'.schema.json'.length);
			return { name, path: schemaFile(name), text: readFileSync(`${shippedSchemaFolder}${file}`, 'utf8') };
		});
}

/** One shipped schema, or undefined for a collection that has none (guides, or one a test adds). */
export function shippedSchema(name: string): JsonSchema | undefined {
	const file = `${shippedSchemaFolder}${name}.schema.json`;
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as JsonSchema) : undefined;
}
