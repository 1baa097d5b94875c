import type { EntryLink } from '../site/entry-links';
import type { CopyEntry } from './network';

/**
 * Copies as the site's entry lists show entries (components/EntryList.astro): a copy whose text
 * is in another language than the page's is marked with its language, as an untranslated entry is.
 */
export function copyLinks(entries: readonly CopyEntry[], language: string): EntryLink[] {
	return entries.map((entry) => ({
		key: `${entry.member}/${entry.path}`,
		href: entry.href,
		title: entry.title,
		summary: entry.summary,
		date: entry.date,
		isFallback: entry.language !== language,
		language: entry.language,
		draft: false,
	}));
}

/** Newest first, then by title: how the site lists entries. */
export function newestFirst(entries: readonly CopyEntry[], language: string): CopyEntry[] {
	return [...entries].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0) || a.title.localeCompare(b.title, language));
}
