/**
 * The search page's state and its form in the address, so a search can be shared as a link:
 * `?q=water&all=1&theme=Open+data&theme=Partnerships` ↔ { query, allLanguages, filters }.
 * The same online and in the offline copy.
 */
import type { ChosenFilters } from './filters';

export interface SearchState {
	query: string;
	allLanguages: boolean;
	filters: ChosenFilters;
}

export function readSearchState(search: string, filterKeys: readonly string[]): SearchState {
	const params = new URLSearchParams(search);
	const filters: ChosenFilters = {};
	for (const key of filterKeys) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = values;
	}
	return { query: params.get('q')?.trim() ?? '', allLanguages: params.get('all') === '1', filters };
}

export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.allLanguages) params.set('all', '1');
	for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * The state from the address, with what the reader typed or ticked in the form before the
 * page's script ran, which is newer: a reader's words are never replaced by the address's.
 */
export function withTyped(fromAddress: SearchState, form: { query: string; allLanguages: boolean }): SearchState {
	return { ...fromAddress, query: form.query.trim() || fromAddress.query, allLanguages: form.allLanguages || fromAddress.allLanguages };
}

/** Toggles one filter value, dropping a key whose last value goes. */
export function toggleFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
	const current = new Set(state.filters[key] ?? []);
	if (on) current.add(value);
	else current.delete(value);
	const filters = { ...state.filters };
	if (current.size > 0) filters[key] = [...current];
	else delete filters[key];
	return { ...state, filters };
}

/** Whether the reader has asked anything: words or a filter. */
export function asksSomething(state: SearchState): boolean {
	return state.query !== '' || Object.keys(state.filters).length > 0;
}
