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

/** A file marked `draft: true` (Memoria's field, and Starlight's for guides). Anything else is not a draft. */
export function isDraft(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as Record<string, unknown>).draft === true;
}

/**
 * Whether drafts are shown: only by Astro's dev server (src/integration.ts says so when Astro
 * starts one), never by a build of either audience. Fail closed: unset means hidden.
 */
export const showsDrafts = (): boolean => process.env.MEMORIA_DRAFTS === 'show';

/** Who reads what is made (a build's audience), and whether drafts are shown (only while writing). */
export interface Readers {
	audience: 'public' | 'internal';
	drafts: boolean;
}

/** The readers of a build: its audience, drafts left out. The content checks and `memoria build` decide for them. */
export const buildReaders = (audience: 'public' | 'internal'): Readers => ({ audience, drafts: false });

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
 * The files of one entry that its readers see. A public build publishes each file that is public
 * while its original is public too, whichever language the original is in (original-language.ts);
 * an internal build every file. When nothing says which file is the original, a public build
 * publishes nothing of the entry: it might be an internal entry's translation that did not say so
 * (the content checks report the entry, and the build stops).
 *
 * Drafts are seen only while writing: out of every build goes a draft file, and every file of an
 * entry whose original is a draft (a translation of a draft is not ready either). A draft
 * translation of a ready original leaves that language showing the original, as an untranslated entry.
 */
export function publishedVersions<F extends LanguageVersion>(
	collection: CollectionName,
	versions: readonly F[],
	defaultLanguage: string,
	defaultVisibility: string | undefined,
	readers: Readers = buildReaders('public')
): Set<F> {
	const ready = (v: F) => readers.drafts || !isDraft(v.data);
	const choice = chooseOriginal(collection, versions, defaultLanguage);
	if ('problem' in choice) {
		// Guides follow Starlight: one without a default-language file is published alone, as it says.
		// An internal build shows every file, and the checks say what is unclear.
		if (readers.audience === 'internal') return new Set(versions.filter(ready));
		return collection === 'docs' ? new Set(versions.filter((v) => ready(v) && isPublic(v.data, defaultVisibility))) : new Set();
	}
	const original = versions.find((v) => v.language === choice.language)!;
	if (!ready(original)) return new Set();
	if (readers.audience === 'internal') return new Set(versions.filter(ready));
	return new Set(versions.filter((v) => ready(v) && isPublished(v.data, v === original ? undefined : original, defaultVisibility)));
}
