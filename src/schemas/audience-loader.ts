import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Keeps internal entries out of a public build at the source: after the real loader has read
 * the folder, each internal entry is replaced by a bare placeholder that holds only its id (so
 * a public entry may still name it without breaking the build), with no text, no fields and
 * no images. Nothing of it can reach a page, the search index, a feed or an export.
 *
 * Visibility is read again from the file itself, not from the loader's parsed (and possibly
 * cached) data, so neither a stale cache nor a schema that drops the field can leak an entry.
 * The audience and the default visibility come from the build (src/integration.ts sets them
 * before the content is loaded).
 */
export const internalPlaceholder = { memoriaInternal: true } as const;

export function isInternalPlaceholder(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>).memoriaInternal === true;
}

/** The visibility a content file declares, read from its frontmatter or YAML. */
export function declaredVisibility(path: string): string | undefined {
	try {
		const text = readFileSync(path, 'utf8');
		const yaml = /\.(ya?ml|json)$/.test(path) ? text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
		// Most files never name the field; parsing their frontmatter again only to learn that cost
		// more than a second at 4,000 entries (issue 7). Without the word there is no such key.
		if (!yaml.includes('visibility')) return undefined;
		const data = parse(yaml) as { visibility?: unknown } | null;
		return typeof data?.visibility === 'string' ? data.visibility : undefined;
	} catch {
		return undefined;
	}
}

/** Whether the public build must leave this entry out. */
function isInternal(root: string, entry: { data: unknown; filePath?: string | undefined }): boolean {
	const fallback = process.env.MEMORIA_DEFAULT_VISIBILITY ?? 'public';
	const declared = entry.filePath ? declaredVisibility(join(root, entry.filePath)) : (entry.data as { visibility?: string }).visibility;
	return (declared ?? fallback) === 'internal';
}

export function audienceLoader(loader: Loader, mode: 'placeholder' | 'drop' = 'placeholder'): Loader {
	return {
		name: `memoria-audience(${loader.name})`,
		load: async (context) => {
			await loader.load(context);
			if (process.env.MEMORIA_AUDIENCE === 'internal') return;
			const root = context.config.root.pathname;
			for (const [id, entry] of context.store.entries()) {
				if (!isInternal(root, entry)) continue;
				context.store.delete(id);
				if (mode === 'placeholder') context.store.set({ id, data: { ...internalPlaceholder } });
			}
		},
	};
}
