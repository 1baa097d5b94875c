/**
 * The search page, online (over Pagefind) and in the offline copy (over its own index): the
 * words, "Include other languages" and filters with counts, the state kept in the address so a
 * search can be shared as a link, and the results a page at a time. What differs is only the
 * engine that loads the index and searches it (pagefind/pagefind-page-engine.ts,
 * src/offline/browser/offline-page-engine.ts).
 */
import { drawFilters } from './draw-filters';
import { drawResult } from './draw-result';
import { filterGroups, type FilterCounts } from './filters';
import { latestSearch } from './latest-search';
import { resultCount } from './result-count';
import { pageThrough, resultList, type ResultSet } from './result-list';
import { asksSomething, readSearchState, toggleFilter, withTyped, writeSearchState, type SearchState } from './search-state';
import type { ResultLanguage, SearchPageStrings } from './search-strings';
import { afterTyping } from './typing-pause';

/** What the page's markup tells its script (SearchPage.astro), the same online and offline. */
export interface SearchPageData {
	language: string;
	strings: SearchPageStrings;
	languages: ResultLanguage[];
	filterKeys: string[];
}

export function readSearchPageData(root: HTMLElement): SearchPageData {
	return {
		language: root.dataset.language!,
		strings: JSON.parse(root.dataset.strings!) as SearchPageStrings,
		languages: JSON.parse(root.dataset.languages!) as ResultLanguage[],
		filterKeys: JSON.parse(root.dataset.filterKeys ?? '[]') as string[],
	};
}

/** An index the search page searches: Pagefind's online, the copy's own offline. */
export interface PageSearchEngine {
	/** Whether the index of the page's language (or of every language) is loaded, so searching needs no wait. */
	ready(allLanguages: boolean): boolean;
	/** Loads the index of the page's language, or of every language. */
	prepare(allLanguages: boolean): Promise<void>;
	/** Every filter value and its count, when nothing is asked yet: a way in. */
	filterCounts(allLanguages: boolean): Promise<FilterCounts>;
	/** The results for the words and filters, and the counts of every filter value among them. */
	search(state: SearchState): Promise<{ results: ResultSet; filters: FilterCounts }>;
}

export interface SearchPageOptions {
	pageSize: number;
	/** How long a pause in typing starts a search, in milliseconds. */
	typingPause: number;
}

export function startSearchPage(root: HTMLElement, page: SearchPageData, engine: PageSearchEngine, options: SearchPageOptions): void {
	const { language, strings, languages, filterKeys } = page;
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const allBox = form.querySelector<HTMLInputElement>('input[name="all"]');
	const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
	const context = { language, languages, strings, base: document.baseURI };
	const results = resultList(
		{ list: root.querySelector<HTMLOListElement>('[data-results]')!, status: root.querySelector<HTMLElement>('[data-status]')!, more },
		{ pageSize: options.pageSize, draw: (found) => drawResult(found, context), count: (n) => resultCount(n, language, strings), loading: strings.loading }
	);
	const startSearch = latestSearch();

	// The page is readable before this script runs: what a reader typed or ticked meanwhile is
	// newer than the address, and is kept. The listeners below are in place before the index
	// loads, so typing while it loads is searched as soon as it can be.
	let state = withTyped(readSearchState(location.search, filterKeys), { query: input.value, allLanguages: allBox?.checked ?? false });
	// Words being typed are left alone: setting them again would move the caret.
	if (!input.value.trim()) input.value = state.query;
	if (allBox) allBox.checked = state.allLanguages;

	const showFilters = (counts: FilterCounts) =>
		drawFilters(filtersBox, filterGroups(filterKeys, counts, state.filters, strings.filters, language), (key, value, on) => {
			state = toggleFilter(state, key, value, on);
			void run();
		});

	async function run() {
		const isCurrent = startSearch();
		remember(state);
		try {
			await searchNow(isCurrent);
		} catch {
			// The index did not load (a dropped connection; the dev server has none): said so, and
			// tried again at the next search.
			if (isCurrent()) results.clear(strings.unavailable);
		}
	}

	async function searchNow(isCurrent: () => boolean) {
		if (!engine.ready(state.allLanguages)) results.loading();
		await engine.prepare(state.allLanguages);
		if (!isCurrent()) return;
		if (!asksSomething(state)) {
			const counts = await engine.filterCounts(state.allLanguages);
			if (!isCurrent()) return;
			showFilters(counts);
			results.clear();
			return;
		}
		const found = await engine.search(state);
		if (!isCurrent()) return;
		showFilters(found.filters);
		await results.show(state.query, found.results, isCurrent);
	}

	const typing = afterTyping(() => {
		state = { ...state, query: input.value.trim() };
		void run();
	}, options.typingPause);
	input.addEventListener('input', typing.typed);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state = { ...state, allLanguages: allBox?.checked ?? false };
		typing.now();
	});
	allBox?.addEventListener('change', () => {
		state = { ...state, allLanguages: allBox.checked };
		void run();
	});
	root.querySelector('[data-clear]')?.addEventListener('click', () => {
		state = { ...state, filters: {} };
		void run();
	});
	pageThrough(more, results.more);
	void run();
}

/** The search in the address, replacing the current entry: a shared link opens the same search. */
function remember(state: SearchState): void {
	try {
		history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
	} catch {
		// A browser may refuse to change the address of a page opened from disk: the search still works.
	}
}
