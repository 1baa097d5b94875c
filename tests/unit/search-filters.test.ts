/**
 * Filters on the search page, online and offline (src/search/browser/core/filters.ts): which
 * values show with which counts, and the offline copy's matching and counting, which must agree
 * with Pagefind's (values of one filter add up, different filters narrow).
 */
import { describe, expect, it } from 'vitest';
import { countFilters, filterGroups, matchesFilters } from '../../src/search/browser/core/filters';

const headings = { type: 'Type', theme: 'Theme' };

describe('the filter groups shown', () => {
	it('list the values some result has, with counts, in the page language’s order, and leave out empty filters', () => {
		const groups = filterGroups(['type', 'theme', 'year'], { type: { Proyecto: 2, Aprendizaje: 5, Ñandú: 1, Zona: 0 }, theme: {} }, {}, headings, 'es');

		expect(groups).toEqual([
			{
				key: 'type',
				heading: 'Type',
				values: [
					{ value: 'Aprendizaje', count: 5, checked: false },
					{ value: 'Ñandú', count: 1, checked: false },
					{ value: 'Proyecto', count: 2, checked: false },
				],
			},
		]);
	});

	it('keep a ticked value that no result has now, so the reader can untick it', () => {
		const [theme] = filterGroups(['theme'], { theme: { Water: 3 } }, { theme: ['Energy'] }, headings, 'en');

		expect(theme!.values).toEqual([
			{ value: 'Energy', count: 0, checked: true },
			{ value: 'Water', count: 3, checked: false },
		]);
	});

	it('fall back to the filter’s key for a heading the page does not give', () => {
		expect(filterGroups(['year'], { year: { '2020': 1 } }, {}, headings, 'en')[0]!.heading).toBe('year');
	});
});

describe('matching filters offline', () => {
	const page = { type: ['Learning'], theme: ['Water', 'Energy'] };

	it('matches any value of one filter, and every filter in use', () => {
		expect(matchesFilters(page, {})).toBe(true);
		expect(matchesFilters(page, { theme: ['Energy', 'Housing'] })).toBe(true);
		expect(matchesFilters(page, { type: ['Learning'], theme: ['Housing'] })).toBe(false);
	});

	it('drops a page without the filter', () => {
		expect(matchesFilters(undefined, { type: ['Learning'] })).toBe(false);
		expect(matchesFilters({ theme: ['Water'] }, { type: ['Learning'] })).toBe(false);
	});
});

describe('counting filters offline', () => {
	it('counts the pages per value of each filter asked', () => {
		const counts = countFilters([{ filters: { type: ['Learning'], theme: ['Water'] } }, { filters: { type: ['Learning'] } }, {}], ['type', 'theme', 'year']);

		expect(counts).toEqual({ type: { Learning: 2 }, theme: { Water: 1 }, year: {} });
	});
});
