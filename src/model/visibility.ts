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
 * entry and forgets to copy `visibility: internal` publishes nothing of it. `originalOf` gives the
 * original's data for a translation (undefined data: the file could not be read, so not public).
 */
export function isPublished(data: unknown, original: { data: unknown } | undefined, defaultVisibility: string | undefined): boolean {
	return isPublic(data, defaultVisibility) && (original === undefined || isPublic(original.data, defaultVisibility));
}
