/**
 * The search box in every page's header, in the reader's browser: a button that opens a dialog
 * in which Pagefind's JavaScript API searches this site, with results drawn like the search
 * page's (core/result-list.ts, core/draw-result.ts), in the page's language.
 *
 * Neither this script nor anything of Pagefind is fetched when a page opens: search-boot.ts
 * imports this script, and this one Pagefind's, the first time a reader shows the intent to
 * search — points at or focuses the button, opens the dialog, or presses Ctrl/⌘+K — and
 * Pagefind's index loads only once there are words to look for. A reader who only reads never
 * pays for search (issues 7 and 20: the first visit of a page stays small on a poor connection).
 */
// Bundled with this script, not loaded later: a dynamic import brings Vite's preload helper
// (0.9 KB compressed) onto every page, more than the result list itself weighs there.
import { drawResult } from '../core/draw-result';
import { latestSearch } from '../core/latest-search';
import { resultCount } from '../core/result-count';
import { pageThrough, resultList, type ResultSet } from '../core/result-list';
import type { ResultLanguage, SearchStrings } from '../core/search-strings';
import { afterTyping } from '../core/typing-pause';
import { IN_THE_PAGE, loadPagefind, mergeIfIndexed, type Pagefind, type PagefindResult } from './load-pagefind';
import { loadNetworkSearch, mergeMembers, type NetworkSearch, type NetworkSearchSource } from './network-results';
import { pagefindResults, type ResultNetwork } from './pagefind-results';

/** Results shown at first, and added by each press of "more" (as many as Pagefind's own interface). */
const PAGE = 5;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#loaded = false;
	#retired: Promise<void> | undefined;
	#retiredMerged = false;
	/** A network's hub: its members' bundles, merged with its own (network-results.ts). */
	#network: NetworkSearch | undefined;

	#networkSource(): NetworkSearchSource | undefined {
		return this.dataset.network ? (JSON.parse(this.dataset.network) as NetworkSearchSource) : undefined;
	}

	#resultNetwork(): ResultNetwork | undefined {
		const source = this.#networkSource();
		return source && { table: this.#network, base: source.base };
	}

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector('.dialog-frame')!;
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;

		// A click on a result, or anywhere outside the dialog's frame, closes it.
		const onClick = (event: MouseEvent) => {
			const target = event.target as Node;
			if ('href' in target || (document.body.contains(target) && !frame.contains(target))) dialog.close();
		};
		const show = (event?: Event) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			input.focus();
		};

		// This script runs only once a reader has shown the intent to search (search-boot.ts): Pagefind's follows at once.
		void this.#load();
		open.addEventListener('click', show);
		close.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else show();
			}
		});
		this.#listen(input);
		open.disabled = false;
		// A click or Ctrl/⌘+K that came before this script had loaded (components/Search.astro).
		if (this.dataset.openOnLoad !== undefined) {
			delete this.dataset.openOnLoad;
			show();
		}
	}

	/** Pagefind's script, once per page. */
	#load(): Promise<Pagefind> {
		const { base, bundle } = this.dataset;
		this.#pagefind ??= (async () => {
			const pagefind = await loadPagefind(bundle!);
			await pagefind.options({ baseUrl: base, ...IN_THE_PAGE });
			const source = this.#networkSource();
			this.#network = await loadNetworkSearch(source);
			await mergeMembers(pagefind, this.#network, source, this.dataset.language!);
			this.#loaded = true;
			return pagefind;
		})();
		return this.#pagefind;
	}

	/**
	 * Adds the bundle of drafts and archived entries, with weight 0: they are still found, but
	 * after every current page. Merged only when a reader has seen every current result (or there
	 * were few), so a typical search never fetches it.
	 */
	#mergeRetired(): Promise<void> {
		const { base, retiredBundle, retiredWeight, language } = this.dataset;
		this.#retired ??= this.#load()
			.then((pagefind) =>
				mergeIfIndexed(pagefind, new URL(retiredBundle!, location.href).href, { indexWeight: Number(retiredWeight), baseUrl: base, language: language! }).then(
					() => mergeMembers(pagefind, this.#network, this.#networkSource(), language!, Number(retiredWeight))
				)
			)
			.then(() => {
				this.#retiredMerged = true;
			});
		return this.#retired;
	}

	/**
	 * The results of one search. Once its current results run out, the retired ones follow: the
	 * same search again with their bundle merged, whose first results are the current ones
	 * already shown.
	 */
	#results(words: string, found: readonly PagefindResult[], languages: readonly ResultLanguage[]): ResultSet {
		const language = this.dataset.language!;
		let current = pagefindResults(found, languages, language, this.#resultNetwork());
		let complete = this.#retiredMerged;
		return {
			get total() {
				return current.total;
			},
			slice: async (from, to) => {
				if (!complete && to >= current.total) {
					await this.#mergeRetired();
					const again = await (await this.#load()).search(words);
					if (again) current = pagefindResults(again.results, languages, language, this.#resultNetwork());
					complete = true;
				}
				return current.slice(from, to);
			},
		};
	}

	/** Searches as the reader types (after a short pause), and draws the results. */
	#listen(input: HTMLInputElement) {
		const strings = JSON.parse(this.dataset.strings!) as SearchStrings;
		const languages = JSON.parse(this.dataset.languages!) as ResultLanguage[];
		const language = this.dataset.language!;
		const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
		const context = { language, languages, strings, base: document.baseURI };
		const results = resultList(
			{ list: this.querySelector<HTMLOListElement>('[data-search-results]')!, status: this.querySelector<HTMLElement>('[data-search-status]')!, more },
			{ pageSize: PAGE, draw: (found) => drawResult(found, context), count: (n) => resultCount(n, language, strings), loading: strings.loading }
		);
		const startSearch = latestSearch();

		const run = async () => {
			const isCurrent = startSearch();
			const words = input.value.trim();
			if (!words) return results.clear();
			if (!this.#loaded) results.loading();
			let found: Awaited<ReturnType<Pagefind['search']>>;
			try {
				found = await (await this.#load()).search(words);
			} catch {
				// Pagefind's script or index did not load: said so, and tried again at the next search.
				this.#pagefind = undefined;
				if (isCurrent()) results.clear(strings.unavailable);
				return;
			}
			if (!isCurrent() || !found) return;
			await results.show(words, this.#results(words, found.results, languages), isCurrent);
		};

		const typing = afterTyping(() => void run(), 200);
		input.addEventListener('input', typing.typed);
		// Enter searches at once rather than leaving the page; the form's own address (the search
		// page) is for browsers without JavaScript.
		input.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			typing.now();
		});
		pageThrough(more, results.more);
	}
}

customElements.define('site-search', SiteSearch);
