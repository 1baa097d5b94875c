/**
 * Formatting for the page's language through Intl, so dates, lists and country names read
 * naturally in each language without any hand-written tables. Dates are calendar dates: UTC.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, language: string): string {
	let format = cache.get(language);
	if (!format) {
		format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
		cache.set(language, format);
	}
	return format.format(date);
}

export function formatList(items: string[], language: string): string {
	return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export function countryName(code: string, language: string): string {
	return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

/** ISO date for <time datetime>. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
