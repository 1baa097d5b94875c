import type { Texts } from './catalogue';
import { en, enSlugs } from './en';
import { es, esSlugs } from './es';

export type SectionSlugs = Record<keyof typeof enSlugs, string>;

/**
 * UI strings and section URL segments per language. A language without an entry here
 * (a third language being added) uses English until its file exists: see README, "Add a language".
 * Typed by the texts every language shares; plural forms differ by language and are read through
 * `Astro.locals.plural()`, which knows the page's language.
 */
export const uiStrings: Record<string, Texts> = { en, es };
export const sectionSlugsByLanguage: Record<string, SectionSlugs> = { en: enSlugs, es: esSlugs };
