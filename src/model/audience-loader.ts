import type { Loader } from 'astro/loaders';
import { buildAudience, isPublished } from './visibility';

/**
 * Keeps internal entries out of a public build at the source: after the real loader has read
 * the folder, each entry that is not provably public (visibility.ts) is replaced by a bare
 * placeholder that holds only its id (so a public entry may still name it without breaking
 * the build), with no text, no fields and no images. Nothing of it can reach a page, the search
 * index, a feed or an export.
 *
 * Visibility comes from the entry's data as the collection parsed it (the same parse the pages
 * are built from). Every entry in the store is looked at on every load, cached ones included,
 * so an entry kept from an earlier internal build is filtered too. The audience and the default
 * visibility come from the build (src/integration.ts sets them before the content is loaded).
 */
export const internalPlaceholder = { memoriaInternal: true } as const;

export function isInternalPlaceholder(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>).memoriaInternal === true;
}

export function audienceLoader(loader: Loader, mode: 'placeholder' | 'drop' = 'placeholder'): Loader {
	return {
		name: `memoria-audience(${loader.name})`,
		load: async (context) => {
			await loader.load(context);
			if (buildAudience() === 'internal') return;
			const defaultVisibility = process.env.MEMORIA_DEFAULT_VISIBILITY;
			// Without Memoria's integration nobody said what an entry without visibility is: stop rather than guess.
			if (defaultVisibility !== 'public' && defaultVisibility !== 'internal') {
				throw new Error(
					"[memoria] The content was loaded without Memoria's integration, so it cannot tell which entries are internal. Build with `npx memoria build` (astro.config.mjs must call memoria(config))."
				);
			}
			// A translation's id is its original's behind the language ("es/foo", "foo"): it is public only if the original is.
			const translationLanguages = (process.env.MEMORIA_TRANSLATION_LANGUAGES ?? '').split(',').filter(Boolean);
			const originalOf = (id: string) => {
				const [head, ...rest] = id.split('/');
				return translationLanguages.includes(head!) && rest.length > 0 ? rest.join('/') : undefined;
			};
			const entries = [...context.store.entries()];
			const data = new Map(entries.map(([id, entry]) => [id, entry.data]));
			for (const [id, entry] of entries) {
				if (isInternalPlaceholder(entry.data)) continue;
				const original = originalOf(id);
				const originalData = original === undefined || !data.has(original) ? undefined : { data: data.get(original) };
				if (isPublished(entry.data, originalData, defaultVisibility)) continue;
				context.store.delete(id);
				if (mode === 'placeholder') context.store.set({ id, data: { ...internalPlaceholder } });
			}
		},
	};
}
