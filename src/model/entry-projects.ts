import { collectionRegistry, type CollectionName, type CollectionSpec } from './registry';

/**
 * The projects an entry belongs to, as its collection declares them (registry `projects`): a
 * project itself, the one project a learning names, or the list a call, post or outcome names.
 * Theme and country pages and the search page's project filter read this one answer.
 */
export function projectsOf(collection: CollectionName, key: string, data: unknown): string[] {
	const spec = (collectionRegistry[collection] as CollectionSpec).projects;
	if (!spec) return [];
	if (spec === 'self') return [key];
	const value = (data as Record<string, unknown>)[spec.field];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	return typeof value === 'string' ? [value] : [];
}
