import { sectionSlugsByLanguage, type SectionSlugs } from '../translations';

/** The collections that get a listing and a page per entry, in the order the sidebar shows them. */
export const sections = ['projects', 'learnings', 'outcomes', 'calls', 'posts', 'organisations', 'assessments'] as const;
export type Section = (typeof sections)[number];

/** Pages generated from what entries share rather than from files: one per theme, one per country. */
export const taxonomies = ['themes', 'countries'] as const;
export type Taxonomy = (typeof taxonomies)[number];

/** The learning framework's pages, generated from the whole memory, in the order the sidebar shows them. */
export const frameworkPages = ['synthesis', 'recommendations', 'assumptions', 'actions', 'reviews'] as const;
export type FrameworkPage = (typeof frameworkPages)[number];

export type SlugKey = keyof SectionSlugs;
export type SlugOverrides = Record<string, Partial<Record<SlugKey, string>>>;

/**
 * The URL word of a section or generated page in a language, such as "aprendizajes": the site
 * configuration's `slugs` first, then Memoria's own for that language, then English.
 */
export function sectionSlug(section: SlugKey, language: string, overrides: SlugOverrides = {}): string {
	return overrides[language]?.[section] ?? sectionSlugsByLanguage[language]?.[section] ?? sectionSlugsByLanguage.en![section];
}
