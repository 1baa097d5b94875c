import { sectionSlugsByLanguage, type SectionSlugs } from '../translations';

/** The collections that get a listing and a page per entry, in the order the sidebar shows them. */
export const sections = ['projects', 'learnings', 'calls', 'posts', 'organisations'] as const;
export type Section = (typeof sections)[number];

/** Pages generated from what entries share rather than from files: one per theme, one per country. */
export const taxonomies = ['themes', 'countries'] as const;
export type Taxonomy = (typeof taxonomies)[number];

/** The URL segment of a section or generated page in a language, such as "aprendizajes"; English for languages without their own. */
export function sectionSlug(section: keyof SectionSlugs, language: string): string {
	const slugs: SectionSlugs = sectionSlugsByLanguage[language] ?? sectionSlugsByLanguage.en!;
	return slugs[section];
}
