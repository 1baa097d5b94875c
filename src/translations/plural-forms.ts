/**
 * A plural message's forms in one language, read from that language's catalogue through
 * Starlight's `t()` (so a site's content/i18n files still override them), for plural() to choose
 * from: on the server (`Astro.locals.plural`) or in a browser script the page hands them to.
 */
import type { PluralKey } from './catalogue';
import { pluralRules, type PluralCategory, type PluralForms } from './plural';

/** What this needs of Starlight's `t()`, given plain string keys: they are made here from typed parts. */
export interface Messages {
	(key: string): string;
	exists(key: string): boolean;
}

export function pluralForms(t: Messages, key: PluralKey, language: string): PluralForms {
	const forms: Partial<Record<PluralCategory, string>> = {};
	for (const category of pluralRules(language).resolvedOptions().pluralCategories) {
		const name = `${key}_${category}`;
		// Memoria's catalogues have every form their language needs (catalogue.ts); a form no
		// catalogue has (a third language's `many`, with English as the default) is left out, and
		// plural() uses `other` rather than printing the key. `{{count}}` stays for plural() to fill.
		if (category === 'other' || t.exists(name)) forms[category] = t(name);
	}
	return forms as PluralForms;
}
