import { z } from 'zod';
import { calendarDate, countryCode, entryId, entryIds, theme } from '../schemas/shared';
import { collectionRegistry, registryEntries, type CollectionName, type CollectionSpec } from '../model/registry';

/**
 * What kind of form field each field of a collection's zod schema is, read from the schema
 * objects themselves (zod 4's `_zod.def`), so a field added to a schema appears in the admin
 * without any other code. Shared building blocks are recognised by identity (a date is
 * `calendarDate`, a reference is `entryId`), the rest by zod's own types. What this file cannot
 * map throws, naming the collection and the field: tests/unit/admin-config.test.ts walks every
 * collection of the registry, so a schema the admin cannot show fails there, not in a writer's browser.
 */

export type FieldKind =
	| { kind: 'string'; pattern?: RegExp; patternMessage?: string; url?: boolean; minLength?: number }
	| { kind: 'number'; integer: boolean; min?: number; max?: number }
	| { kind: 'boolean' }
	| { kind: 'date' }
	| { kind: 'image' }
	| { kind: 'select'; options: readonly string[] }
	| { kind: 'relation'; target: CollectionName }
	| { kind: 'list'; item: FieldKind; minItems?: number }
	| { kind: 'object'; fields: SchemaField[] };

export interface SchemaField {
	/** Its key in the file. */
	name: string;
	/** Its place among the fields, as the JSON Schemas nest them: "recommendations.owner". */
	path: string;
	/** Whether the file must have it (no default, not optional). */
	required: boolean;
	/** The value zod gives when the field is left out, when it has one. */
	default?: unknown;
	type: FieldKind;
}

export class UnmappedField extends Error {}

/** Stands for Astro's image() in the schema a post's cover is read with: a string schema the walker knows by identity. */
let imageSchema: z.ZodType = z.string();

type Def = {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	options?: z.ZodType[];
	shape?: Record<string, z.ZodType>;
	entries?: Record<string, string>;
	defaultValue?: unknown;
	format?: string;
	out?: z.ZodType;
	checks?: {
		_zod: {
			def: { check: string; format?: string; pattern?: RegExp; minimum?: number; value?: number; inclusive?: boolean; error?: (issue: unknown) => unknown };
		};
	}[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of a collection's schema, in the order the schema declares them. */
export function schemaFields(collection: CollectionName): SchemaField[] {
	const spec = collectionRegistry[collection] as CollectionSpec;
	if (!spec.schema) return [];
	imageSchema = z.string();
	const root = spec.schema({ image: () => imageSchema });
	const fields = objectFields(root, '', collection);
	if (!fields) throw new UnmappedField(`The schema of ${collection} is not an object of fields.`);
	return fields;
}

/** The fields of an object schema (through refinements and wrappers), or undefined when it is no object. */
function objectFields(schema: z.ZodType, prefix: string, collection: CollectionName): SchemaField[] | undefined {
	const shape = unwrap(schema).shape;
	if (!shape) return undefined;
	return Object.entries(shape).map(([name, sub]) => field(name, prefix ? `${prefix}.${name}` : name, sub, collection));
}

/** The schema with what does not change its shape taken off: refinements (`pipe` from a transform) and zod's own wrappers. */
function unwrap(schema: z.ZodType): Def {
	let def = defOf(schema);
	while (
		(def.type === 'pipe' && def.in) ||
		((def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') && def.innerType)
	) {
		def = defOf((def.type === 'pipe' ? def.in : def.innerType)!);
	}
	return def;
}

function field(name: string, path: string, schema: z.ZodType, collection: CollectionName): SchemaField {
	let required = true;
	let value: unknown;
	let hasDefault = false;
	let current = schema;
	let kind: z.ZodType | undefined;
	// Optional and default wrappers say whether the file must have the field; a shared building
	// block is known by identity whatever wraps it (`entryIds` carries its own default).
	for (;;) {
		if (!kind && knownBlocks().has(current)) kind = current;
		const def = defOf(current);
		if (def.type === 'optional' || def.type === 'nullable') required = false;
		else if (def.type === 'default' || def.type === 'prefault') {
			required = false;
			hasDefault = true;
			value = def.defaultValue;
		} else break;
		current = def.innerType!;
	}
	return { name, path, required, ...(hasDefault ? { default: value } : {}), type: kindOf(kind ?? current, name, path, collection) };
}

const knownBlocks = () => new Set<z.ZodType>([calendarDate, entryIds, entryId, theme, countryCode, imageSchema]);

function kindOf(schema: z.ZodType, name: string, path: string, collection: CollectionName): FieldKind {
	if (schema === calendarDate) return { kind: 'date' };
	if (schema === imageSchema) return { kind: 'image' };
	if (schema === theme) return stringKind(defOf(theme));
	// Written in either case (the schema upper-cases it), checked with the schema's own message.
	if (schema === countryCode) return { ...stringKind(defOf(defOf(countryCode).out!)), pattern: /^[A-Za-z]{2}$/ };
	if (schema === entryIds) {
		const target = referenceTarget(collection, path, name);
		return target ? { kind: 'list', item: { kind: 'relation', target } } : { kind: 'list', item: stringKind(defOf(entryId)) };
	}
	if (schema === entryId) {
		const target = referenceTarget(collection, path, name);
		return target ? { kind: 'relation', target } : stringKind(defOf(entryId));
	}
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
			return kindOf(def.innerType!, name, path, collection);
		case 'pipe':
			// A transform's input is what writers type.
			return kindOf(def.in!, name, path, collection);
		case 'string':
			return stringKind(def);
		case 'number': {
			const checks = (def.checks ?? []).map((c) => c._zod.def);
			const min = checks.find((c) => c.check === 'greater_than');
			const max = checks.find((c) => c.check === 'less_than');
			return {
				kind: 'number',
				integer: checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? '')),
				...(min?.value !== undefined ? { min: min.inclusive ? min.value : min.value + (checks.some((c) => /int/.test(c.format ?? '')) ? 1 : 0) } : {}),
				...(max?.value !== undefined ? { max: max.inclusive ? max.value : max.value - 1 } : {}),
			};
		}
		case 'boolean':
			return { kind: 'boolean' };
		case 'enum':
			return { kind: 'select', options: Object.values(def.entries ?? {}) };
		case 'array': {
			const minItems = (def.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
			return { kind: 'list', item: kindOf(def.element!, name, path, collection), ...(minItems ? { minItems } : {}) };
		}
		case 'object':
			return { kind: 'object', fields: objectFields(schema, path, collection)! };
		case 'union': {
			// A shorthand accepted for a fuller form ("a bare sentence becomes an open recommendation"):
			// the form offers the full one, which is what the shorthand becomes.
			const objects = (def.options ?? []).filter((option) => unwrap(option).type === 'object');
			if (objects.length === 1) return kindOf(objects[0]!, name, path, collection);
			throw new UnmappedField(`${collection}: the field "${path}" is a union the admin has no form field for.`);
		}
		default:
			throw new UnmappedField(`${collection}: the field "${path}" is a ${def.type}, which the admin has no form field for.`);
	}
}

function stringKind(def: Def): Extract<FieldKind, { kind: 'string' }> {
	const checks = (def.checks ?? []).map((c) => c._zod.def);
	const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
	const patternMessage = regex && messageOf(regex.error);
	const minLength = checks.find((c) => c.check === 'min_length')?.minimum;
	return {
		kind: 'string',
		...(regex?.pattern ? { pattern: regex.pattern } : {}),
		...(patternMessage ? { patternMessage } : {}),
		...(def.format === 'url' ? { url: true } : {}),
		...(minLength ? { minLength } : {}),
	};
}

/** The message a schema gives with a check (zod 4 keeps `.regex(re, "…")`'s text as a function that returns it). */
function messageOf(error: ((issue: unknown) => unknown) | undefined): string | undefined {
	const message = error?.({});
	if (typeof message === 'string') return message;
	return typeof (message as { message?: unknown } | undefined)?.message === 'string' ? (message as { message: string }).message : undefined;
}

/**
 * The collection a field of entry ids points into: the registry's references for a top-level
 * field, else the collection the field is named after ("learnings", or "project" for one project),
 * as in a project's assumptions. Undefined for an id that names no entry (a series' id).
 */
export function referenceTarget(collection: CollectionName, path: string, name: string): CollectionName | undefined {
	const spec = collectionRegistry[collection] as CollectionSpec;
	const declared = spec.references.find((r) => r.field === path)?.target;
	if (declared) return declared as CollectionName;
	return registryEntries().find(([other, s]) => s.pages === 'section' && (other === name || s.kind === name))?.[0];
}
