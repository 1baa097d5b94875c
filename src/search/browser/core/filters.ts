/**
 * Filters as the search page shows them, online and offline: one group per filter (type, theme,
 * project, country, organisation, year), each value with the number of results that have it.
 * Values of one filter add up; different filters narrow (Pagefind's `any` within a key, and all
 * keys together, which matchesFilters does for the offline copy).
 */

/** Results per value of each filter: { theme: { 'Open data': 3 } }. */
export type FilterCounts = Record<string, Record<string, number>>;
/** The values a reader ticked, per filter. */
export type ChosenFilters = Record<string, string[]>;

export interface FilterGroup {
	key: string;
	heading: string;
	values: { value: string; count: number; checked: boolean }[];
}

/**
 * The groups to show: the values some result has, and the ticked ones even when none has them
 * now (so a reader can always untick a value), in the page's alphabetical order. A filter with
 * no value to show is left out.
 */
export function filterGroups(
	keys: readonly string[],
	counts: FilterCounts,
	chosen: ChosenFilters,
	headings: Record<string, string>,
	language: string
): FilterGroup[] {
	const groups: FilterGroup[] = [];
	for (const key of keys) {
		const ticked = chosen[key] ?? [];
		const found = Object.entries(counts[key] ?? {})
			.filter(([, count]) => count > 0)
			.map(([value]) => value);
		const values = [...new Set([...found, ...ticked])].sort((a, b) => a.localeCompare(b, language));
		if (values.length === 0) continue;
		groups.push({
			key,
			heading: headings[key] ?? key,
			values: values.map((value) => ({ value, count: counts[key]?.[value] ?? 0, checked: ticked.includes(value) })),
		});
	}
	return groups;
}

/** Whether a page has, for every filter in use, one of its chosen values. */
export function matchesFilters(pageFilters: Record<string, readonly string[]> | undefined, chosen: ChosenFilters): boolean {
	return Object.entries(chosen).every(([key, values]) => values.length === 0 || values.some((value) => pageFilters?.[key]?.includes(value)));
}

/** The number of pages per value of each filter. */
export function countFilters(pages: readonly { filters?: Record<string, readonly string[]> | undefined }[], keys: readonly string[]): FilterCounts {
	const counts: FilterCounts = Object.fromEntries(keys.map((key) => [key, {}]));
	for (const page of pages) {
		for (const key of keys) {
			const perValue = counts[key]!;
			for (const value of page.filters?.[key] ?? []) perValue[value] = (perValue[value] ?? 0) + 1;
		}
	}
	return counts;
}
