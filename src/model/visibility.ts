import type { CollectionName } from './registry';
import { chooseOriginal, type LanguageVersion } from './original-language';

/**
 * Who may read an entry, decided in one place from the data the collections parsed. Fail
 * closed: an entry is public only when it says "public", or says nothing while the site's
 * default is "public". Anything else (another value, data that is not an object, an unknown
 * default) keeps it out of a public build.
 */
export type Visibility = 'public' | 'internal';

export function isPublic(data: unknown, defaultVisibility: string | undefined): boolean {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const declared = (data as Record<string, unknown>).visibility;
	return declared === undefined ? defaultVisibility === 'public' : declared === 'public';
}

/** The audience of this build, as src/integration.ts set it: anything but "internal" is a public build. */
export const buildAudience = (): 'public' | 'internal' => (process.env.MEMORIA_AUDIENCE === 'internal' ? 'internal' : 'public');

/**
 * A translation is public only when its original is too: a writer who translates an internal
 * entry and forgets to copy `visibility: internal` publishes nothing of it. `original` is the
 * original's data for a translation (undefined data: the file could not be read, so not public);
 * leave it out for the original itself.
 */
export function isPublished(data: unknown, original: { data: unknown } | undefined, defaultVisibility: string | undefined): boolean {
	return isPublic(data, defaultVisibility) && (original === undefined || isPublic(original.data, defaultVisibility));
}

/**
 * The files of one entry a public build publishes: each that is public while its original is
 * public too, whichever language the original is in (original-language.ts). When nothing says
 * which file is the original, nothing of the entry is published: it might be an internal entry's
 * translation that did not say so (the content checks report the entry, and the build stops).
 */
export function publishedVersions<F extends LanguageVersion>(
	collection: CollectionName,
	versions: readonly F[],
	defaultLanguage: string,
	defaultVisibility: string | undefined
): Set<F> {
	const choice = chooseOriginal(collection, versions, defaultLanguage);
	if ('problem' in choice) {
		// Guides follow Starlight: one without a default-language file is published alone, as it says.
		return collection === 'docs' ? new Set(versions.filter((v) => isPublic(v.data, defaultVisibility))) : new Set();
	}
	const original = versions.find((v) => v.language === choice.language)!;
	return new Set(versions.filter((v) => isPublished(v.data, v === original ? undefined : original, defaultVisibility)));
}
