/**
 * Type-level tests of the interface text: never run, only type-checked, by `astro check` (`npm run
 * typecheck`, the first step of `npm test`). Each line under `@ts-expect-error` must be a type
 * error; if the typing it tests stops refusing it, the directive is unused, and that is an error
 * too. The lines without it are the other half: what must stay accepted.
 */
import type { Catalogue, Exact } from '../../src/translations/catalogue';
import { en } from '../../src/translations/en';
import { es } from '../../src/translations/es';

/** `Astro.locals.t()` takes Memoria's keys (from en.ts) and Starlight's own, and no other. */
export function translate(t: App.Locals['t'], section: 'projects' | 'learnings'): string[] {
	return [
		t('memoria.home.title'),
		t('search.label'),
		t(`memoria.section.${section}`),
		t('memoria.listing.page', { page: 2, pages: 3 }),
		// @ts-expect-error: a misspelt key
		t('memoria.home.titel'),
		// @ts-expect-error: a key no catalogue has
		t('memoria.nothing'),
		// @ts-expect-error: a key made from a value that names no section
		t(`memoria.section.${section}s`),
	];
}

/** `Astro.locals.plural()` takes a plural message by its name without a form, and nothing else. */
export function count({ plural, pluralForms }: App.Locals, section: 'projects' | 'calls'): unknown[] {
	return [
		plural('memoria.count.projects', 2),
		plural(`memoria.count.${section}`, 2),
		pluralForms('memoria.search.results'),
		// @ts-expect-error: a text without a number
		plural('memoria.home.title', 2),
		// @ts-expect-error: a form is chosen by the count, not named
		plural('memoria.count.projects_one', 1),
		// @ts-expect-error: a misspelt plural message
		plural('memoria.count.project', 1),
		// @ts-expect-error: a count is a number
		plural('memoria.count.projects', '2'),
	];
}

/** The Spanish catalogue is exactly a Spanish catalogue: every string, every form, nothing else. */
export const spanish: Catalogue<'es'> = es;

const { 'memoria.home.title': _title, ...spanishWithoutATitle } = es;
// @ts-expect-error: a Spanish string missing
export const spanishMissingAString: Catalogue<'es'> = spanishWithoutATitle;

const { 'memoria.count.projects_many': _many, ...spanishWithoutMany } = es;
// @ts-expect-error: a plural message without Spanish's `many` form
export const spanishMissingAForm: Catalogue<'es'> = spanishWithoutMany;

// @ts-expect-error: a string English does not have
export const spanishWithAnExtraString: Catalogue<'es'> = { ...es, 'memoria.home.titulo': 'Inicio' };

// @ts-expect-error: a form Spanish does not have
export const spanishWithAForeignForm: Catalogue<'es'> = { ...es, 'memoria.count.projects_few': '{{count}} proyectos' };

/** English, which the types are made from, checks itself in en.ts the way these do. */
export const english: Exact<typeof en, Catalogue<'en'>> = en;

const { 'memoria.count.projects_other': _other, ...englishWithoutOther } = en;
// @ts-expect-error: a plural message without its `other` form
export const englishMissingAForm: Exact<typeof englishWithoutOther, Catalogue<'en'>> = englishWithoutOther;

const englishWithMany = { ...en, 'memoria.count.projects_many': '{{count}} projects' };
// @ts-expect-error: a form English does not have
export const englishWithAForeignForm: Exact<typeof englishWithMany, Catalogue<'en'>> = englishWithMany;
