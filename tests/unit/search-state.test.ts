import { describe, expect, it } from 'vitest';
import { asksSomething, readSearchState, toggleFilter, withTyped, writeSearchState } from '../../src/search/browser/core/search-state';
import { pagefindFilters } from '../../src/search/browser/pagefind/pagefind-page-engine';

const keys = ['type', 'theme', 'year'];

describe('search state in the URL', () => {
	it('reads words, languages and repeated filters from a shared link', () => {
		const state = readSearchState('?q=agua+potable&all=1&theme=Open+data&theme=Partnerships&type=Learning&unknown=x', keys);

		expect(state).toEqual({ query: 'agua potable', allLanguages: true, filters: { type: ['Learning'], theme: ['Open data', 'Partnerships'] } });
	});

	it('writes the same link back, so a search survives a reload', () => {
		const link = '?q=agua+potable&all=1&type=Learning&theme=Open+data&theme=Partnerships';

		expect(writeSearchState(readSearchState(link, keys))).toBe(link);
	});

	it('writes nothing for an empty search', () => {
		expect(writeSearchState({ query: '', allLanguages: false, filters: {} })).toBe('');
	});

	it('adds and removes filter values, dropping a key with no values left', () => {
		const on = toggleFilter({ query: '', allLanguages: false, filters: {} }, 'year', '2020', true);
		const off = toggleFilter(on, 'year', '2020', false);

		expect(on.filters).toEqual({ year: ['2020'] });
		expect(off.filters).toEqual({});
	});

	it('keeps words the reader typed and a ticked languages box before the script ran, over the address’s', () => {
		const fromAddress = readSearchState('?q=agua&theme=Open+data', keys);

		expect(withTyped(fromAddress, { query: ' energía ', allLanguages: true })).toEqual({
			query: 'energía',
			allLanguages: true,
			filters: { theme: ['Open data'] },
		});
		expect(withTyped(fromAddress, { query: '  ', allLanguages: false })).toEqual(fromAddress);
	});

	it('asks something with words or a filter, and nothing with neither (whatever the languages)', () => {
		expect(asksSomething({ query: 'agua', allLanguages: false, filters: {} })).toBe(true);
		expect(asksSomething({ query: '', allLanguages: false, filters: { year: ['2020'] } })).toBe(true);
		expect(asksSomething({ query: '', allLanguages: true, filters: {} })).toBe(false);
	});

	it('asks Pagefind for any of the values of one filter and all of the filters together', () => {
		expect(pagefindFilters({ query: '', allLanguages: false, filters: { theme: ['A', 'B'], year: ['2020'] } })).toEqual({
			theme: { any: ['A', 'B'] },
			year: { any: ['2020'] },
		});
	});
});
