/**
 * The one place where a number chooses the words around it, on the server and in the reader's
 * browser alike (the header's search, the search page, a self-assessment's result). It holds no
 * text and imports nothing, so a browser script that uses it stays a few lines bigger, not a
 * catalogue bigger: the page hands its script the forms of its own language (`pluralForms()`,
 * src/translation-plurals.ts).
 */

/** CLDR's names for the plural forms a language may have: English has one and other, Spanish one, many and other. */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One message with a number in one language: its text for each plural category of that language,
 * `{{count}}` where the number goes. `other` is always there: CLDR gives it to every language.
 */
export type PluralForms = { readonly other: string } & { readonly [C in PluralCategory]?: string };

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** Intl's rules for a language, made once: a listing page counts several sections in one language. */
export function pluralRules(language: string): Intl.PluralRules {
	let rules = rulesByLanguage.get(language);
	if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
	return rules;
}

/**
 * The text for `count` in `language`: the form of the category Intl gives that number ("1
 * proyecto", "2 proyectos", and in Spanish `many` for 1000000), or `other` where the forms lack
 * that category, with the number in place of every `{{count}}`, written as it always was (digits,
 * no separators).
 */
export function plural(forms: PluralForms, count: number, language: string): string {
	const form = forms[pluralRules(language).select(count)] ?? forms.other;
	return form.split('{{count}}').join(String(count));
}
