/**
 * Formatting for the page's language through Intl, so dates, lists and country names read
 * naturally in each language without any hand-written tables. Dates are calendar dates: UTC.
 */
// Intl objects are costly to create and pages use the same few: one per language, reused.
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, language: string): string {
	let format = cache.get(language);
	if (!format) {
		format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
		cache.set(language, format);
	}
	return format.format(date);
}

const lists = new Map<string, Intl.ListFormat>();
export function formatList(items: string[], language: string): string {
	let format = lists.get(language);
	if (!format) lists.set(language, (format = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' })));
	return format.format(items);
}

// Looking a name up in CLDR costs more than the map: a memory names the same few countries on
// thousands of pages.
const regions = new Map<string, Map<string, string>>();
export function countryName(code: string, language: string): string {
	let names = regions.get(language);
	if (!names) regions.set(language, (names = new Map()));
	let name = names.get(code);
	if (name === undefined) names.set(code, (name = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code));
	return name;
}

/** ISO date for <time datetime>. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "1.2 MB" / "1,2 MB": a size in the reader's language (the offline copy's link, `memoria network pull`'s report). */
export function formatSize(bytes: number, language: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1_000)), 'kilobyte'];
	return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
