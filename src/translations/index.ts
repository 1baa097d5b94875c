import type { Catalogue, Exact, Texts } from './catalogue';
import { en, enSlugs, type SectionSlugs } from './en';
import { es, esSlugs } from './es';

export type { SectionSlugs };

/**
 * UI strings and section URL segments per language. A language without an entry here
 * (a third language being added) uses English until its file exists: see README, "Add a language".
 * Typed by the texts every language shares; plural forms differ by language and are read through
 * `Astro.locals.plural()`, which knows the page's language.
 */
// English cannot be typed by the types made from it, so it is checked here, where both meet (in
// en.ts the check would tie the two files in a cycle): a plural message without its `_other`, or
// with a form English does not have (`_many`), fails the type check.
en satisfies Exact<typeof en, Catalogue<'en'>>;

export const uiStrings: Record<string, Texts> = { en, es };
export const sectionSlugsByLanguage: Record<string, SectionSlugs> = { en: enSlugs, es: esSlugs };
