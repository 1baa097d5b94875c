/**
 * The result list all three search boxes share (src/search/browser/core/result-list.ts), drawn
 * on plain objects in place of the page's elements: pages of results, "Show more results", the
 * count said once the results are drawn, the words the list answers, and a search overtaken by a
 * later one drawing nothing.
 */
import { describe, expect, it } from 'vitest';
import type { FoundPage } from '../../src/search/browser/core/found-page';
import { latestSearch } from '../../src/search/browser/core/latest-search';
import { resultList, resultsAtHand, type ResultSet } from '../../src/search/browser/core/result-list';

/** Stand-ins for the list, status and button, and a list drawn as the titles of its results. */
function parts() {
	const drawn: string[] = [];
	const list = {
		dataset: {} as Record<string, string | undefined>,
		replaceChildren: (...items: string[]) => void drawn.splice(0, drawn.length, ...items),
		append: (...items: string[]) => void drawn.push(...items),
	};
	const status = { textContent: '' };
	const more = { hidden: true as boolean | 'until-found' };
	const said: string[] = [];
	const results = resultList(
		{ list, status, more },
		{ pageSize: 2, draw: (found) => found.title, count: (n) => (said.push(`${n}`), `${n} found`), loading: 'Loading…' }
	);
	return { results, drawn, list, status, more, said };
}

const pages = (...titles: string[]): FoundPage[] => titles.map((title) => ({ url: `/${title}/`, title, language: 'en', excerpt: [] }));
const always = () => true;

/** A result set whose pages arrive only when the test lets them. */
function heldResults(found: FoundPage[]): ResultSet & { release(): void } {
	let release = () => {};
	const arrived = new Promise<void>((done) => (release = done));
	return { total: found.length, slice: async (from, to) => (await arrived, found.slice(from, to)), release: () => release() };
}

describe('the result list', () => {
	it('draws the first page, says which words it answers and how many were found, and offers more', async () => {
		const { results, drawn, list, status, more } = parts();
		await results.show(
			'solar',
			resultsAtHand(pages('a', 'b', 'c'), (p) => p),
			always
		);

		expect(drawn).toEqual(['a', 'b']);
		expect(list.dataset.query).toBe('solar');
		expect(status.textContent).toBe('3 found');
		expect(more.hidden).toBe(false);
	});

	it('adds the next page on "more", hides the button when every result is shown, and says the same count only once', async () => {
		const { results, drawn, more, said } = parts();
		await results.show(
			'solar',
			resultsAtHand(pages('a', 'b', 'c'), (p) => p),
			always
		);
		await results.more();

		expect(drawn).toEqual(['a', 'b', 'c']);
		expect(more.hidden).toBe(true);
		expect(said).toEqual(['3']);
	});

	it('replaces the previous results, and says the count again for new results even when it is the same', async () => {
		const { results, drawn, list, said } = parts();
		await results.show(
			'sol',
			resultsAtHand(pages('a', 'b'), (p) => p),
			always
		);
		await results.show(
			'solar',
			resultsAtHand(pages('c', 'd'), (p) => p),
			always
		);

		expect(drawn).toEqual(['c', 'd']);
		expect(list.dataset.query).toBe('solar');
		expect(said).toEqual(['2', '2']);
	});

	it('says a count again on "more" only when it grew (the dialog’s drafts and archived entries)', async () => {
		const { results, status, said } = parts();
		const found = pages('a', 'b', 'c');
		let total = 3;
		const growing: ResultSet = {
			get total() {
				return total;
			},
			slice: async (from, to) => {
				if (to >= total) total = 4;
				return [...found, ...pages('retired')].slice(from, to);
			},
		};
		await results.show('solar', growing, always);
		expect(said).toEqual(['3']);
		await results.more();
		expect(said).toEqual(['3', '4']);
		expect(status.textContent).toBe('4 found');
	});

	it('draws nothing for a search a later one has overtaken, even when its results arrive last', async () => {
		const { results, drawn, list } = parts();
		const startSearch = latestSearch();
		const slow = heldResults(pages('sol-1', 'sol-2'));
		const first = results.show('sol', slow, startSearch());
		await results.show(
			'solar',
			resultsAtHand(pages('solar-1'), (p) => p),
			startSearch()
		);
		slow.release();
		await first;

		expect(drawn).toEqual(['solar-1']);
		expect(list.dataset.query).toBe('solar');
	});

	it('drops a page of "more" that arrives after a new search began', async () => {
		const { results, drawn } = parts();
		const startSearch = latestSearch();
		let release = () => {};
		const arrived = new Promise<void>((done) => (release = done));
		const old: ResultSet = { total: 4, slice: async (from, to) => (from > 0 ? await arrived : undefined, pages('a', 'b', 'c', 'd').slice(from, to)) };
		await results.show('sol', old, startSearch());
		const pressed = results.more();
		await results.show(
			'solar',
			resultsAtHand(pages('x'), (p) => p),
			startSearch()
		);
		release();
		await pressed;

		expect(drawn).toEqual(['x']);
	});

	it('clears everything: results, words, status and the button; and results still on their way stay away', async () => {
		const { results, drawn, list, status, more } = parts();
		const slow = heldResults(pages('a', 'b', 'c'));
		const pending = results.show('solar', slow, always);
		results.clear();
		slow.release();
		await pending;

		expect(drawn).toEqual([]);
		expect(list.dataset).not.toHaveProperty('query');
		expect(status.textContent).toBe('');
		expect(more.hidden).toBe(true);
	});

	it('says it is loading only while it has nothing else to say', async () => {
		const { results, status } = parts();
		results.loading();
		expect(status.textContent).toBe('Loading…');
		await results.show(
			'solar',
			resultsAtHand(pages('a'), (p) => p),
			always
		);
		results.loading();
		expect(status.textContent).toBe('1 found');
	});

	it('turns results at hand into found pages only when they are shown', async () => {
		const turned: number[] = [];
		const set = resultsAtHand([1, 2, 3, 4, 5], (n) => (turned.push(n), pages(`${n}`)[0]!));
		expect(set.total).toBe(5);
		expect((await set.slice(2, 4)).map((p) => p.title)).toEqual(['3', '4']);
		expect(turned).toEqual([3, 4]);
	});
});

describe('the latest search', () => {
	it('is the only current one', () => {
		const startSearch = latestSearch();
		const first = startSearch();
		expect(first()).toBe(true);
		const second = startSearch();
		expect(first()).toBe(false);
		expect(second()).toBe(true);
	});
});
