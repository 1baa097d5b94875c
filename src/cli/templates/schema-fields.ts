import { shippedSchema } from '../../model/shipped-schemas';

/** The top-level fields of a collection's schema and their descriptions, for the templates' safety net. */
export function schemaFields(name: string): { keys: string[]; descriptions: Map<string, string> } {
	const properties = (shippedSchema(name)?.properties ?? {}) as Record<string, { description?: string }>;
	const descriptions = new Map<string, string>();
	for (const [key, value] of Object.entries(properties)) if (value.description) descriptions.set(key, value.description);
	return { keys: Object.keys(properties), descriptions };
}
