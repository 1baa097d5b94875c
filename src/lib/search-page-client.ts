/**
 * Runs in the reader's browser on the search page only. Loads Pagefind from this site (never
 * from elsewhere), searches, renders filters with counts and results, and mirrors the state in
 * the URL with history.replaceState so the address can be shared.
 */
import { IN_THE_PAGE, loadPagefind, mergeIfIndexed } from '../search/load-pagefind';
import { type PagefindResultData, pageThrough, type ResultLanguage, resultCount, resultRenderer, type SearchStrings } from '../search/render-result';
import { pagefindFilters, readSearchState, toggleFilter, writeSearchState, type SearchState } from './search-state';

interface Strings extends SearchStrings {
	/** Each filter's heading. */
	filters: Record<string, string>;
}

export async function startSearchPage(root: HTMLElement): Promise<void> {
	const language = root.dataset.language!;
	const strings = JSON.parse(root.dataset.strings!) as Strings;
	const languages = JSON.parse(root.dataset.languages!) as ResultLanguage[];
	const filterKeys = JSON.parse(root.dataset.filterKeys!) as string[];
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const allBox = form.querySelector<HTMLInputElement>('input[name="all"]');
	const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
	const filtersSection = filtersBox.closest('section')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
	const renderResult = resultRenderer(language, languages, strings);

	let state: SearchState = readSearchState(location.search, filterKeys);
	input.value = state.query;
	if (allBox) allBox.checked = state.allLanguages;

	status.textContent = strings.loading;
	const bundle = root.dataset.bundle!;
	const retired = JSON.parse(root.dataset.retired!) as { bundle: string; weight: number; baseUrl: string };
	const pagefind = await loadPagefind(bundle);
	await pagefind.options(IN_THE_PAGE);
	await pagefind.init();
	// Drafts and archived entries: their own bundle, merged with weight 0 so they rank last.
	const retiredUrl = new URL(retired.bundle, location.href).href;
	await mergeIfIndexed(pagefind, retiredUrl, { indexWeight: retired.weight, baseUrl: retired.baseUrl, language });
	// Loading every filter's index up front makes later searches report counts for all filters,
	// not only for those already in use.
	const allFilters = await pagefind.filters();
	let merged = false;

	async function mergeOtherLanguages() {
		if (merged) return;
		merged = true;
		// The same bundle, addressed by its full URL so Pagefind accepts it as a second index.
		const absolute = new URL(bundle, location.href).href;
		for (const other of languages) {
			if (other.code === language) continue;
			await pagefind.mergeIndex(absolute, { language: other.code });
			await mergeIfIndexed(pagefind, retiredUrl, { indexWeight: retired.weight, baseUrl: retired.baseUrl, language: other.code });
		}
	}

	function renderFilters(counts: Record<string, Record<string, number>>) {
		filtersBox.replaceChildren();
		for (const key of filterKeys) {
			const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || state.filters[key]?.includes(value));
			if (values.length === 0) continue;
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = strings.filters[key] ?? key;
			fieldset.append(legend);
			for (const [value, n] of values.sort(([a], [b]) => a.localeCompare(b, language))) {
				const label = document.createElement('label');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.name = key;
				box.value = value;
				box.checked = state.filters[key]?.includes(value) ?? false;
				box.addEventListener('change', () => {
					state = toggleFilter(state, key, value, box.checked);
					void run();
				});
				label.append(box, ` ${value} (${n})`);
				fieldset.append(label);
			}
			filtersBox.append(fieldset);
		}
		filtersSection.hidden = filtersBox.childElementCount === 0;
	}

	// Ten results at a time: each one shown costs a fragment download (about 2.5 KB at 2,000
	// entries), and fifty at once was 125 KB per search on a slow connection (issue 7).
	const PAGE = 10;
	let results: { data(): Promise<PagefindResultData> }[] = [];
	let shown = 0;
	let latest = 0;
	async function showMore(search: number) {
		const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
		if (search !== latest) return;
		list.append(...next.map(renderResult));
		shown += next.length;
		more.hidden = shown >= results.length;
	}

	async function run() {
		const search = ++latest;
		history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
		if (state.allLanguages) await mergeOtherLanguages();
		const hasFilters = Object.keys(state.filters).length > 0;
		if (!state.query && !hasFilters) {
			renderFilters(merged ? await pagefind.filters() : allFilters);
			status.textContent = '';
			list.replaceChildren();
			delete list.dataset.query;
			more.hidden = true;
			return;
		}
		const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
		if (search !== latest) return;
		renderFilters(found.filters);
		results = found.results;
		shown = 0;
		list.replaceChildren();
		// Which words the list answers: results for the whole query, not for its first letters.
		list.dataset.query = state.query;
		await showMore(search);
		// Announced once the first results are on the page, so the count never precedes them.
		if (search === latest) status.textContent = resultCount(results.length, language, strings);
	}

	pageThrough(more, () => showMore(latest));

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state = { ...state, query: input.value.trim(), allLanguages: allBox?.checked ?? false };
		void run();
	});
	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			state = { ...state, query: input.value.trim() };
			void run();
		}, 250);
	});
	allBox?.addEventListener('change', () => {
		state = { ...state, allLanguages: allBox.checked };
		void run();
	});
	root.querySelector('[data-clear]')!.addEventListener('click', () => {
		state = { ...state, filters: {} };
		void run();
	});
	await run();
}
