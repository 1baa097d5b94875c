/**
 * The search box in every page's header, in the reader's browser: a button that opens a dialog
 * in which Pagefind's JavaScript API searches this site, with results drawn like the search
 * page's (render-result.ts), in the page's language.
 *
 * Nothing of Pagefind is fetched when a page opens: its script loads the first time a reader
 * shows the intent to search — points at or focuses the button, opens the dialog, or presses
 * Ctrl/⌘+K — and its index only once there are words to look for. A reader who only reads never
 * pays for search (issue 7: the first visit of a page stays small on a poor connection).
 */
// Bundled with this script, not loaded later: a dynamic import brings Vite's preload helper
// (0.9 KB compressed) onto every page, more than the renderer itself weighs there (about 0.6 KB).
import { IN_THE_PAGE, loadPagefind, mergeIfIndexed, type Pagefind } from './load-pagefind';
import { pageThrough, resultCount, resultRenderer, type PagefindResultData, type ResultLanguage, type SearchStrings } from './render-result';

/** Results shown at first, and added by each press of "more" (as many as Pagefind's own interface). */
const PAGE = 5;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#retired: Promise<void> | undefined;

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

		for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) open.addEventListener(intent, () => void this.#load(), { once: true, passive: true });
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
		// Announced, not shown: a visible "Ctrl K" hint would become part of the button's name (WCAG 2.5.3).
		open.setAttribute('aria-keyshortcuts', /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform) ? 'Meta+K' : 'Control+K');
		open.disabled = false;
	}

	/** Pagefind's script, once per page. */
	#load(): Promise<Pagefind> {
		const { base, bundle } = this.dataset;
		this.#pagefind ??= (async () => {
			const pagefind = await loadPagefind(bundle!);
			await pagefind.options({ baseUrl: base, ...IN_THE_PAGE });
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
		this.#retired ??= this.#load().then((pagefind) =>
			mergeIfIndexed(pagefind, new URL(retiredBundle!, location.href).href, { indexWeight: Number(retiredWeight), baseUrl: base, language: language! })
		);
		return this.#retired;
	}

	/** Searches as the reader types (after a short pause), and draws the results. */
	#listen(input: HTMLInputElement) {
		const strings = JSON.parse(this.dataset.strings!) as SearchStrings;
		const languages = JSON.parse(this.dataset.languages!) as ResultLanguage[];
		const language = this.dataset.language!;
		const status = this.querySelector<HTMLElement>('[data-search-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
		let render: ((result: PagefindResultData) => HTMLLIElement) | undefined;
		let results: { data(): Promise<PagefindResultData> }[] = [];
		let shown = 0;
		let latest = 0;

		let term = '';
		const announce = () => {
			status.textContent = resultCount(results.length, language, strings);
		};
		// Once the current results run out, the retired ones follow: the same search again with
		// their bundle merged, whose first results are the current ones already shown.
		const withRetired = async (search: number) => {
			if (this.#retired) return;
			await this.#mergeRetired();
			const found = await (await this.#load()).search(term);
			if (search !== latest || !found) return;
			results = found.results;
			announce();
		};
		const showMore = async (search: number) => {
			if (shown + PAGE >= results.length) await withRetired(search);
			if (search !== latest) return;
			const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
			if (!render) {
				render = resultRenderer(language, languages, strings);
				// The button shows only after the first results, so it is wired with them.
				pageThrough(more, () => showMore(latest));
			}
			if (search !== latest) return;
			list.append(...next.map(render));
			shown += next.length;
			more.hidden = shown >= results.length;
		};
		const run = async (words: string) => {
			const search = ++latest;
			term = words;
			if (!term) {
				list.replaceChildren();
				delete list.dataset.query;
				status.textContent = '';
				more.hidden = true;
				return;
			}
			if (!this.#pagefind) status.textContent = strings.loading;
			const found = await (await this.#load()).search(term);
			if (search !== latest || !found) return;
			results = found.results;
			shown = 0;
			list.replaceChildren();
			// Says which words the list answers, so a reader's tools (and the tests) can tell
			// results for the whole query from those drawn for its first letters.
			list.dataset.query = term;
			await showMore(search);
			// Announced once the first results are drawn, so the count never precedes them.
			if (search === latest) announce();
		};

		let typing: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', () => {
			clearTimeout(typing);
			typing = setTimeout(() => void run(input.value.trim()), 200);
		});
		// Enter searches at once rather than leaving the page; the form's own address (the search
		// page) is for browsers without JavaScript.
		input.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(typing);
			void run(input.value.trim());
		});

	}
}

customElements.define('site-search', SiteSearch);
