import { en, enSlugs, type MemoriaStrings, type SectionSlugs } from './en';
import { es, esSlugs } from './es';

export type { SectionSlugs };

/**
 * UI strings and section URL segments per language. A language without an entry here
 * (a third language being added) uses English until its file exists: see README, "Add a language".
 */
export const uiStrings: Record<string, MemoriaStrings> = { en, es };
export const sectionSlugsByLanguage: Record<string, SectionSlugs> = { en: enSlugs, es: esSlugs };
