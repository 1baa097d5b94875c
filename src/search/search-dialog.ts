/**
 * The search box in every page's header, in the reader's browser. The button opens a dialog in
 * which Pagefind's own interface (@pagefind/default-ui) searches this site's bundles.
 *
 * That interface weighs about 27 KB compressed plus its styles, so nothing of it is fetched when
 * a page opens: it loads the first time a reader shows the intent to search — points at or
 * focuses the button, opens the dialog, or presses Ctrl/⌘+K. A reader who only reads never pays
 * for it (issue 7: the first visit of a page stays small on a poor connection).
 */
import { retiredIndexWeight } from './bundles';

type SearchUi = typeof import('./search-dialog-ui');

let loading: Promise<SearchUi> | undefined;
/** The interface and its styles, fetched once per page. */
const loadUi = () => (loading ??= import('./search-dialog-ui'));

class SiteSearch extends HTMLElement {
	#mounted = false;

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector('.dialog-frame')!;

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
			void this.#mount().then(() => this.querySelector('input')?.focus());
		};

		for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) open.addEventListener(intent, () => void loadUi(), { once: true, passive: true });
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
		// Announced, not shown: a visible "Ctrl K" hint would become part of the button's name (WCAG 2.5.3).
		open.setAttribute('aria-keyshortcuts', /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform) ? 'Meta+K' : 'Control+K');
		open.disabled = false;
	}

	/** Puts Pagefind's interface into the dialog, the first time it opens. */
	async #mount() {
		if (this.#mounted) return;
		this.#mounted = true;
		const { mountSearchUi } = await loadUi();
		// The addresses come from the page (components/Search.astro), which knows the base path.
		const { base, bundle, retiredBundle, translations } = this.dataset;
		await mountSearchUi({
			element: this.querySelector<HTMLElement>('[data-search-results]')!,
			bundlePath: bundle!,
			baseUrl: base!,
			translations: JSON.parse(translations ?? '{}') as Record<string, string>,
			// Drafts and archived entries: their own bundle, weight 0, so they rank after every current page.
			mergeIndex: [{ bundlePath: retiredBundle!, baseUrl: base!, indexWeight: retiredIndexWeight }],
		});
	}
}

customElements.define('site-search', SiteSearch);
