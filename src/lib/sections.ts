import { sectionSlugsByLanguage, type SectionSlugs } from '../translations';

/** The collections that get a listing and a page per entry, in the order the sidebar shows them. */
export const sections = ['projects', 'learnings', 'calls', 'posts', 'organisations'] as const;
export type Section = (typeof sections)[number];

/** The URL segment of a section in a language, such as "aprendizajes"; English for languages without their own. */
export function sectionSlug(section: Section, language: string): string {
	const slugs: SectionSlugs = sectionSlugsByLanguage[language] ?? sectionSlugsByLanguage.en!;
	return slugs[section];
}
