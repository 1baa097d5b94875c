/**
 * Guides are Starlight pages in `content/docs/`, and their folders are the sections a reader
 * moves through. A guide's key is its path without language or extension, in Starlight's ids
 * ("guides/security/vpn"); every folder above it is a section with an index page at its own
 * address ("guides", "guides/security"). The content loader, the link checks and the navigation
 * all read folders from here, so they agree on which folders exist.
 */

/** The folders a guide sits in, outermost first: "guides/security/vpn" → ["guides", "guides/security"]. */
export function folderPathsOf(key: string): string[] {
	const parts = key.split('/');
	return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Every folder that holds at least one of these guides. */
export function foldersOf(keys: Iterable<string>): Set<string> {
	const folders = new Set<string>();
	for (const key of keys) for (const folder of folderPathsOf(key)) folders.add(folder);
	return folders;
}

/**
 * A folder's title when no `index.md` gives it one: its name on disk as words, first letter up
 * ("data-protection" → "Data protection", "API_keys" → "API keys"). The same in every language,
 * as a folder has one name; an `index.md` in a language's folder gives it that language's title.
 */
export function folderTitle(name: string): string {
	const words = name.replace(/[-_\s]+/g, ' ').trim();
	return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
