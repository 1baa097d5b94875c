import { collectionRegistry, type CollectionName, type CollectionSpec } from './registry';

/**
 * Which file of an entry is its original, decided in one place for the graph, the visibility of
 * translations, the content checks, the leak gate's facts, the translation status and
 * `memoria translate`. An entry may be written first in any of the site's languages:
 *
 * 1. a translation names its original's language (`translatedFrom: es`), and `memoria translate`
 *    writes that whenever the original is not in the default language;
 * 2. without such a name, the default-language file is the original (every site before this
 *    rule existed: translations in language folders, the original at the folder's root);
 * 3. an entry with a single file, in any language, is its own original.
 *
 * Anything else is a writer's mistake the checks report: two files naming different originals, an
 * original named that has no file, or several files none of which is in the default language and
 * none naming its original.
 *
 * Guides are Starlight's pages, and Starlight falls back only from the default language, so a
 * guide's default-language file is its original whenever there is one. A guide without one was
 * written first in another language: its original is the file its translations name, else the
 * first by language code (the same in every caller), never a problem to stop the build for; Memoria
 * publishes it in the default language too (src/model/guides/untranslated-originals-loader.ts).
 */

/** The frontmatter field by which a translation names the language of its original. */
export const translatedFromField = 'translatedFrom';

/** One file of an entry: its language, and its data as parsed (anything, for files that did not parse). */
export interface LanguageVersion {
	language: string;
	data: unknown;
}

export type OriginalChoice =
	| { language: string }
	/** A translation names `language` as its original's, and the entry has no file in it. */
	| { problem: 'missing'; language: string }
	/** Several files could be the original, and nothing says which. */
	| { problem: 'unclear' };

/** The language a file says its original is in, when it says one other than its own. */
export function declaredOriginal(version: LanguageVersion): string | undefined {
	const data = version.data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const from = (data as Record<string, unknown>)[translatedFromField];
	return typeof from === 'string' && from !== version.language ? from : undefined;
}

export function chooseOriginal(collection: CollectionName, versions: readonly LanguageVersion[], defaultLanguage: string): OriginalChoice {
	const has = (language: string) => versions.some((v) => v.language === language);
	const named = new Set(versions.flatMap((v) => declaredOriginal(v) ?? []));
	if ((collectionRegistry[collection] as CollectionSpec).pages === 'starlight') {
		if (has(defaultLanguage)) return { language: defaultLanguage };
		const from = [...named].find(has);
		const [first] = versions.map((v) => v.language).sort();
		return { language: from ?? first ?? defaultLanguage };
	}
	if (named.size > 1) return { problem: 'unclear' };
	const [from] = named;
	if (from !== undefined) return has(from) ? { language: from } : { problem: 'missing', language: from };
	if (has(defaultLanguage)) return { language: defaultLanguage };
	if (versions.length === 1) return { language: versions[0]!.language };
	return { problem: 'unclear' };
}

/**
 * The original of every entry among `files` (any collections, any languages), by entry: `entryOf`
 * names the entry a file belongs to ("learnings/foo"). Entries without a clear original are left
 * out; the content checks report them (src/model/references.ts).
 */
export function originalsByEntry<F extends LanguageVersion>(
	files: Iterable<F>,
	entryOf: (file: F) => { collection: CollectionName; id: string },
	defaultLanguage: string
): Map<string, F> {
	const byEntry = new Map<string, { collection: CollectionName; files: F[] }>();
	for (const file of files) {
		const { collection, id } = entryOf(file);
		const group = byEntry.get(id);
		if (group) group.files.push(file);
		else byEntry.set(id, { collection, files: [file] });
	}
	const originals = new Map<string, F>();
	for (const [id, group] of byEntry) {
		const choice = chooseOriginal(group.collection, group.files, defaultLanguage);
		const original = 'problem' in choice ? undefined : group.files.find((f) => f.language === choice.language);
		if (original) originals.set(id, original);
	}
	return originals;
}
