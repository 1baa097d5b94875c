/**
 * The search page's index online: Pagefind, loaded from this site (never from elsewhere), with
 * the drafts and archived entries merged at weight 0 so they rank last, and the other languages'
 * indexes merged when the reader includes them.
 */
import type { PageSearchEngine, SearchPageData } from '../core/search-page';
import type { SearchState } from '../core/search-state';
import { IN_THE_PAGE, loadPagefind, mergeIfIndexed, type Pagefind } from './load-pagefind';
import { loadNetworkSearch, mergeMembers, type NetworkSearch, type NetworkSearchSource } from './network-results';
import { pagefindResults } from './pagefind-results';

/** Pagefind's filter argument: several values of one key match any of them; keys combine with AND. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
}

export function pagefindPageEngine(root: HTMLElement, { language, languages }: SearchPageData): PageSearchEngine {
	const bundle = root.dataset.bundle!;
	const retired = JSON.parse(root.dataset.retired!) as { bundle: string; weight: number; baseUrl: string };
	const retiredUrl = new URL(retired.bundle, location.href).href;
	const mergeRetired = (pagefind: Pagefind, code: string) =>
		mergeIfIndexed(pagefind, retiredUrl, { indexWeight: retired.weight, baseUrl: retired.baseUrl, language: code });
	// A network's hub: its members' own bundles, merged beside its own (network-results.ts).
	const source = root.dataset.network ? (JSON.parse(root.dataset.network) as NetworkSearchSource) : undefined;
	let network: NetworkSearch | undefined;
	const mergeNetwork = async (pagefind: Pagefind, code: string) => {
		network = await loadNetworkSearch(source);
		await mergeMembers(pagefind, network, source, code);
		await mergeMembers(pagefind, network, source, code, retired.weight);
	};

	let own: Promise<{ pagefind: Pagefind; allFilters: Record<string, Record<string, number>> }> | undefined;
	let others: Promise<void> | undefined;
	let ownReady = false;
	let othersReady = false;

	// A load that failed is forgotten, so the next search tries again.
	const loadOwn = () =>
		(own ??= (async () => {
			const pagefind = await loadPagefind(bundle);
			await pagefind.options(IN_THE_PAGE);
			await pagefind.init();
			// Drafts and archived entries: their own bundle, merged with weight 0 so they rank last.
			await mergeRetired(pagefind, language);
			await mergeNetwork(pagefind, language);
			// Loading every filter's index up front makes later searches report counts for all filters,
			// not only for those already in use.
			const allFilters = await pagefind.filters();
			ownReady = true;
			return { pagefind, allFilters };
		})().catch((error: unknown) => {
			own = undefined;
			throw error;
		}));
	const mergeOthers = () =>
		(others ??= (async () => {
			const { pagefind } = await loadOwn();
			// The same bundle, addressed by its full URL so Pagefind accepts it as a second index.
			const absolute = new URL(bundle, location.href).href;
			for (const other of languages) {
				if (other.code === language) continue;
				await pagefind.mergeIndex(absolute, { language: other.code });
				await mergeRetired(pagefind, other.code);
				await mergeNetwork(pagefind, other.code);
			}
			othersReady = true;
		})().catch((error: unknown) => {
			others = undefined;
			throw error;
		}));

	return {
		ready: (allLanguages) => (allLanguages ? othersReady : ownReady),
		prepare: async (allLanguages) => {
			await (allLanguages ? mergeOthers() : loadOwn());
		},
		filterCounts: async () => {
			const { pagefind, allFilters } = await loadOwn();
			// Once other languages are merged, Pagefind counts theirs too.
			return others ? pagefind.filters() : allFilters;
		},
		search: async (state) => {
			const { pagefind } = await loadOwn();
			const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
			const results = pagefindResults(found?.results ?? [], languages, language, source && { table: network, base: source.base });
			return { results, filters: found?.filters ?? {} };
		},
	};
}
