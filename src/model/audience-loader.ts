import type { Loader } from 'astro/loaders';
import type { CollectionName } from './registry';
import { buildAudience, publishedVersions, showsDrafts, type Readers } from './visibility';

/**
 * Keeps internal entries out of a public build, and drafts out of every build, at the source:
 * after the real loader has read the folder, each file its readers may not see (visibility.ts)
 * is replaced by a bare placeholder that holds only its id (so a public entry may still name it
 * without breaking the build), with no text, no fields and no images. Nothing of it can reach a
 * page, the search index, a feed, an export, the sitemap or the offline copy.
 *
 * Visibility comes from the entry's data as the collection parsed it (the same parse the pages
 * are built from). Every entry in the store is looked at on every load, cached ones included,
 * so an entry kept from an earlier internal build (or from the dev server, which shows drafts)
 * is filtered too. The audience, whether drafts are shown and the default visibility come from
 * the build (src/integration.ts sets them before the content is loaded).
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
			const readers: Readers = { audience: buildAudience(), drafts: showsDrafts() };
			if (readers.audience === 'internal' && readers.drafts) return;
			const defaultVisibility = process.env.MEMORIA_DEFAULT_VISIBILITY;
			// Without Memoria's integration nobody said what an entry without visibility is: stop rather than guess.
			if (readers.audience === 'public' && defaultVisibility !== 'public' && defaultVisibility !== 'internal') {
				throw new Error(
					"[memoria] The content was loaded without Memoria's integration, so it cannot tell which entries are internal. Build with `npx memoria build` (astro.config.mjs must call memoria(config))."
				);
			}
			// A file's id is its entry's key, behind its language unless that is the default ("es/foo", "foo").
			// Which file is the original, and so whose visibility counts, is decided per entry (visibility.ts).
			const defaultLanguage = process.env.MEMORIA_DEFAULT_LANGUAGE ?? '';
			const translationLanguages = new Set((process.env.MEMORIA_TRANSLATION_LANGUAGES ?? '').split(',').filter(Boolean));
			const versionOf = (id: string, data: unknown) => {
				const [head, ...rest] = id.split('/');
				const translated = translationLanguages.has(head!) && rest.length > 0;
				return { id, key: translated ? rest.join('/') : id, language: translated ? head! : defaultLanguage, data };
			};
			const byEntry = new Map<string, ReturnType<typeof versionOf>[]>();
			// A placeholder left from an earlier load counts as a file that is not public (the glob loader
			// parses it again, having no digest for it, but if it did not, nothing of its entry leaks).
			for (const [id, entry] of context.store.entries()) {
				const version = versionOf(id, entry.data);
				byEntry.set(version.key, [...(byEntry.get(version.key) ?? []), version]);
			}
			const collection = context.collection as CollectionName;
			for (const versions of byEntry.values()) {
				const published = publishedVersions(collection, versions, defaultLanguage, defaultVisibility, readers);
				for (const { id } of versions.filter((v) => !published.has(v) && !isInternalPlaceholder(v.data))) {
					context.store.delete(id);
					if (mode === 'placeholder') context.store.set({ id, data: { ...internalPlaceholder } });
				}
			}
		},
	};
}
