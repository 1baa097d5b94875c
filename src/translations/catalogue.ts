/**
 * What a complete catalogue of Memoria's interface text is, as types, so the type check (`astro
 * check`) refuses a catalogue with a string missing, a string too many, or a plural message
 * without a form its language needs. English (en.ts) decides which messages exist; every other
 * catalogue is typed `Catalogue<its language>`.
 */
import type { en } from './en';
import type { PluralCategory } from './plural';

/**
 * The plural categories of each language Memoria ships a catalogue for, as CLDR gives them through
 * Intl (`new Intl.PluralRules('es').resolvedOptions().pluralCategories`): Spanish has `many`,
 * for 1000000 ("un millón de proyectos"). tests/unit/plural.test.ts fails if the runtime's Intl
 * disagrees, so this list, and with it the forms each catalogue must have, follow CLDR.
 */
export const pluralCategories = {
	en: ['one', 'other'],
	es: ['one', 'many', 'other'],
} as const satisfies Record<string, readonly PluralCategory[]>;

export type CatalogueLanguage = keyof typeof pluralCategories;

type EnglishKey = keyof typeof en;
/** A key naming one form of a plural message: 'memoria.count.projects_one'. */
type FormKeyOf<K> = K extends `${string}_${PluralCategory}` ? K : never;
type BaseOf<K> = K extends `${infer Base}_${PluralCategory}` ? Base : never;

/** A message with a number, named without its form: 'memoria.count.projects'. Read with `Astro.locals.plural()`. */
export type PluralKey = BaseOf<EnglishKey>;
/** A message without a number: 'memoria.home.title'. Read with `Astro.locals.t()`. */
export type TextKey = Exclude<EnglishKey, FormKeyOf<EnglishKey>>;

/** Every form of every plural message in a language with these categories. */
type FormsIn<C extends PluralCategory> = `${PluralKey}_${C}`;

/** A complete catalogue in `L`: every text, and every plural message in each of L's categories. */
export type Catalogue<L extends CatalogueLanguage> = { readonly [K in TextKey]: string } & {
	readonly [K in FormsIn<(typeof pluralCategories)[L][number]>]: string;
};

/** Every key of any catalogue Memoria ships: the keys `Astro.locals.t()` accepts (src/translations/starlight-keys.d.ts). */
export type MessageKey = TextKey | FormsIn<(typeof pluralCategories)[CatalogueLanguage][number]>;

/** The texts every language has, whatever its plural forms: what code that reads a catalogue directly may use. */
export type Texts = { readonly [K in TextKey]: string };

/**
 * `T` if its keys are exactly those of `Shape`, else `never`. English cannot be given its type
 * (the types are made from it), so index.ts checks it with `en satisfies Exact<…>`: a form
 * English lacks (`_other` beside `_one`) or does not use (`_many`) is then a type error.
 */
export type Exact<T, Shape> = T extends Shape ? ([Exclude<keyof T, keyof Shape>] extends [never] ? T : never) : never;
