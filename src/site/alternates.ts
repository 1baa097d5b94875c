import { inEveryLanguage, locales } from './site';

/**
 * The current page's address in each language. Memoria's pages know theirs (localised
 * section names) and set them in locals; docs pages keep their path and only swap the
 * language prefix, as Starlight does.
 */
export function alternatesFor(known: Record<string, string> | undefined, pathname: string, currentLocale: string | undefined): Record<string, string> {
	if (known) return known;
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	if (currentLocale) rest = rest.replace(new RegExp(`^/${currentLocale}(?=/|$)`), '');
	if (!rest.startsWith('/')) rest = `/${rest}`;
	return inEveryLanguage((l) => `${base}${locales.prefix(l)}${rest}`);
}
