/**
 * Language codes as other tools write them ("es", "es-MX", "pt_BR", "ES"), and which of the
 * site's languages one of them is.
 */

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether a folder's or suffix's name is a language code: two letters the runtime's language
 * data knows, with an optional region ("es", "pt-BR", "es_419"); "js" or "img" are not. Three
 * letters only when the site has that language: "new", "art" and "api" are folders far more often.
 */
export function isLanguageCode(name: string, siteLanguages: readonly string[] = []): boolean {
	if (siteLanguages.includes(name)) return true;
	if (!/^[a-z]{2}(?:[-_](?:[A-Za-z]{2}|\d{3}|[A-Za-z]{4}))?$/.test(name)) return false;
	try {
		return names.of(name.replace('_', '-')) !== undefined && names.of(name.slice(0, name.search(/[-_]|$/))) !== undefined;
	} catch {
		return false;
	}
}

/**
 * The site's language a code means: the same code in any case or separator, else the site's
 * language with the same first part ("es-MX" is "es" on a site in "en" and "es"); undefined when
 * the site does not have it.
 */
export function siteLanguageOf(code: string, siteLanguages: readonly string[]): string | undefined {
	const fold = (c: string) => c.toLowerCase().replace('_', '-');
	const exact = siteLanguages.find((l) => fold(l) === fold(code));
	if (exact) return exact;
	const primary = fold(code).split('-')[0];
	return siteLanguages.find((l) => fold(l) === primary) ?? siteLanguages.find((l) => fold(l).split('-')[0] === primary);
}
