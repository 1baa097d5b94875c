import type { z } from 'zod';
import { editDistance } from '../lib/edit-distance';

/**
 * Field names a schema knows, and the known field a misspelt one was meant to be. A near miss
 * is never ignored: "visiblity: internal" or "Visibility: internal" would otherwise publish an
 * internal entry as if the field were not there.
 */

/** The top-level field names of an object schema, through the wrappers zod puts around it. */
export function schemaFields(schema: z.ZodType): string[] {
	let current: unknown = schema;
	for (let depth = 0; depth < 8 && current; depth++) {
		const node = current as { shape?: Record<string, unknown>; def?: { in?: unknown; innerType?: unknown; schema?: unknown } };
		if (node.shape) return Object.keys(node.shape);
		current = node.def?.in ?? node.def?.innerType ?? node.def?.schema;
	}
	return [];
}

/** Lower case without separators, so "retain_until", "Retain-Until" and "retainuntil" compare equal. */
const fold = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The known field an unknown name is a near miss of: the same in any letter case or spelling of
 * separators, or one or two letters off (one for short names, where two would match unrelated words).
 */
export function nearestField(name: string, known: readonly string[]): string | undefined {
	const folded = fold(name);
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const field of known) {
		const distance = editDistance(folded, fold(field));
		if (distance < bestDistance) [best, bestDistance] = [field, distance];
	}
	if (best === undefined) return undefined;
	const allowed = fold(best).length >= 6 ? 2 : 1;
	return bestDistance <= allowed ? best : undefined;
}
