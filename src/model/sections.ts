import { collectionRegistry, type CollectionName, type CollectionSpec } from './registry';
import { sectionSlugsByLanguage, type SectionSlugs } from '../translations';

type Registry = typeof collectionRegistry;
/** A collection with a listing and a page per entry (src/model/registry.ts: `pages: 'section'`). */
export type Section = { [C in CollectionName]: Registry[C]['pages'] extends 'section' ? C : never }[CollectionName];
/** The sections, in the registry's order, which is the order the sidebar shows them. */
export const sections = (Object.keys(collectionRegistry) as CollectionName[]).filter((c): c is Section => collectionRegistry[c].pages === 'section');
/** Sections whose entries carry themes and countries, in the order theme and country pages list them. */
export type ThemedSection = { [C in Section]: Registry[C]['themed'] extends true ? C : never }[Section];
export const themedSections = sections.filter((s): s is ThemedSection => collectionRegistry[s].themed);

/** Pages generated from what entries share rather than from files: one per theme, one per country. */
export const taxonomies = ['themes', 'countries'] as const;
export type Taxonomy = (typeof taxonomies)[number];

/** The learning framework's pages, generated from the whole memory, in the order the sidebar shows them. */
export const frameworkPages = ['synthesis', 'recommendations', 'assumptions', 'actions', 'reviews'] as const;
export type FrameworkPage = (typeof frameworkPages)[number];

/** A word of an address: a section's (from the registry) or a generated page's (from the translations). */
export type SlugKey = Section | keyof SectionSlugs;
export type SlugOverrides = Record<string, Partial<Record<SlugKey, string>>>;

/**
 * The URL word of a section or generated page in a language, such as "aprendizajes": the site
 * configuration's `slugs` first, then Memoria's own for that language, then English.
 */
export function sectionSlug(key: SlugKey, language: string, overrides: SlugOverrides = {}): string {
	const own = overrides[language]?.[key];
	if (own) return own;
	if (key in collectionRegistry) {
		const slugs = (collectionRegistry[key as CollectionName] as CollectionSpec).slugs!;
		return slugs[language] ?? slugs.en;
	}
	const page = key as keyof SectionSlugs;
	return sectionSlugsByLanguage[language]?.[page] ?? sectionSlugsByLanguage.en![page];
}

/** The sections whose listing has an RSS feed, in the order pages announce them (the blog first). */
const feedOf = (s: Section) => (collectionRegistry[s] as CollectionSpec).feed;
export const feedSections = sections.filter((s) => feedOf(s) !== undefined).sort((a, b) => feedOf(a)! - feedOf(b)!);
