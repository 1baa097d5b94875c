import { slugFromTitle } from '../cli/new-slug';
import type { SiteConfig } from '../config/site-config';
import type { Destination } from './destination';
import type { ImportNote } from './import-notes';
import { siteLanguageOf } from './language-codes';
import { publishedDay } from './map-frontmatter';
import type { SourcePage, SourceSite } from './source-site';

/**
 * Where each source page goes: its language among the site's, its translations beside it, and
 * one place for them all, named after the page in the site's default language. A page gets no
 * place when its language is not the site's, when another page took its place, or when it is
 * a blog post without a date; each is said in a note, never dropped silently.
 */

export interface Member {
	page: SourcePage;
	language: string;
}

export interface PagePlaces {
	/** Pages that are translations of one another, the site's default language first. */
	groups: Member[][];
	/** The place of each page that has one: its key in the destination, and its language. */
	placeOf: Map<SourcePage, { key: string; language: string }>;
	notes: ImportNote[];
}

/** A guide's file name as content-files.ts accepts it: each part starts with a letter or digit. */
const guidePart = /^[\p{L}\p{N}][^/\p{Cc}]*$/u;

export function pagePlaces(site: SourceSite, config: SiteConfig, destination: Destination, sourceLanguage: string | undefined): PagePlaces {
	const notes: ImportNote[] = [];

	// 1. Each page's language among the site's; pages in a language the site does not have are left out, and said.
	const defaultSourceLanguage = sourceLanguage ?? site.defaultLanguage ?? config.defaultLanguage;
	const outside = new Map<string, string[]>();
	const members: Member[] = [];
	for (const page of site.pages) {
		const written = page.language ?? defaultSourceLanguage;
		const language = siteLanguageOf(written, config.languages);
		if (language) members.push({ page, language });
		else outside.set(written, [...(outside.get(written) ?? []), page.path]);
	}
	for (const [language, files] of outside) notes.push({ kind: 'language-not-in-site', language, files });

	// 2. Translations: pages that share a translationKey, else a place in the tool.
	const groupOfKey = new Map<string, string>();
	for (const { page } of members) if (page.translationKey) groupOfKey.set(page.key, `key:${page.translationKey}`);
	const byGroup = new Map<string, Member[]>();
	for (const member of members) {
		const group = member.page.translationKey ? `key:${member.page.translationKey}` : (groupOfKey.get(member.page.key) ?? `path:${member.page.key}`);
		byGroup.set(group, [...(byGroup.get(group) ?? []), member]);
	}

	// 3. Each group's place: its default-language page's path (else its first language's), made a valid name.
	const rank = (language: string) => (language === config.defaultLanguage ? -1 : config.languages.indexOf(language));
	const placeOf = new Map<SourcePage, { key: string; language: string }>();
	const taken = new Map<string, string>();
	const groups = [...byGroup.values()];
	for (const group of groups) {
		group.sort((a, b) => rank(a.language) - rank(b.language) || a.page.path.localeCompare(b.page.path));
		const key = destinationKey(group[0]!.page.key, destination);
		const languages = new Map<string, string>();
		for (const { page, language } of group) {
			// A blog post without a date cannot be published: it gets no place, and links to it are reported.
			if (destination.kind === 'post' && !publishedDay(page, site)) {
				notes.push({ kind: 'no-date', file: page.path });
				continue;
			}
			const target = destination.pagePath(key, language, 'md');
			const other = taken.get(target) ?? languages.get(language);
			if (other !== undefined) {
				notes.push({ kind: 'same-place', file: page.path, other, target });
				continue;
			}
			taken.set(target, page.path);
			languages.set(language, page.path);
			placeOf.set(page, { key, language });
		}
	}
	return { groups, placeOf, notes };
}

/**
 * A path without a first folder named like the destination's own: a tool's pages (and their
 * images) kept in guides/ (Starlight's, Docusaurus's habit) go to guides/, not guides/guides/.
 */
export function withoutRepeatedFolder(path: string, destination: Pick<Destination, 'label'>): string {
	const parts = path.split('/').filter(Boolean);
	if (parts.length > 1 && parts[0]!.toLowerCase() === destination.label.split('/').at(-1)!.toLowerCase()) parts.shift();
	return parts.join('/');
}

/**
 * A page's path in the site. A guide keeps its path, each part a name a guide may have (a
 * leading "_" of Jekyll's collections and Hugo's sections taken off). A blog post is one name,
 * in lower-case words joined by hyphens, since its file name is its id.
 */
export function destinationKey(key: string, destination: Pick<Destination, 'kind' | 'label'>): string {
	const parts = withoutRepeatedFolder(key, destination).split('/');
	if (destination.kind === 'post') {
		const name = [...parts].reverse().find((p) => !['index', '_index', 'readme'].includes(p.toLowerCase())) ?? 'post';
		return slugFromTitle(name.replace(/^\d{4}-\d{2}-\d{2}-/, '')) || 'post';
	}
	return parts
		.map((part) => {
			const name = part.replace(/^_+/, '');
			return guidePart.test(name) ? name : slugFromTitle(name) || 'page';
		})
		.join('/');
}
