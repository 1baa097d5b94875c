/**
 * The search box's first script, small enough for Astro to write into the page itself: it enables
 * the button and, at the first sign that a reader wants to search (pointing at, focusing or
 * touching the button, clicking it, Ctrl/⌘+K), imports the dialog's own script
 * (search-dialog.ts). A first visit then downloads no script at all (issue 20); a click or
 * Ctrl/⌘+K that comes before the dialog's script has run opens the dialog once it has.
 *
 * The dialog's script is bundled by Vite as a module of its own (`?worker&url`, with workers
 * written as ES modules: src/integration.ts) and imported through the page's one-line helper
 * (components/Search.astro): an `import()` written here would bring Vite's preload helper, which
 * would weigh more on every page than this whole script.
 */
import dialogScript from './search-dialog?worker&url';

for (const box of document.querySelectorAll<HTMLElement>('site-search')) {
	const button = box.querySelector<HTMLButtonElement>('button[data-open-modal]');
	if (!button) continue;
	let loading = false;
	// On a connection that drops, a failed import is tried again at the next sign of intent.
	const load = () => {
		if (loading) return;
		loading = true;
		window.memoriaImport(new URL(dialogScript, document.baseURI).href).catch(() => {
			loading = false;
			// The dialog must not open by itself at a later, successful load.
			delete box.dataset.openOnLoad;
		});
	};
	const open = (event: Event) => {
		if (customElements.get('site-search')) return;
		event.preventDefault();
		box.dataset.openOnLoad = '';
		load();
	};
	for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) button.addEventListener(intent, load, { passive: true });
	button.addEventListener('click', open);
	addEventListener('keydown', (event) => {
		if ((event.metaKey || event.ctrlKey) && event.key === 'k') open(event);
	});
	// Announced, not shown: a visible "Ctrl K" hint would become part of the button's name (WCAG 2.5.3).
	button.setAttribute('aria-keyshortcuts', /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform) ? 'Meta+K' : 'Control+K');
	button.disabled = false;
}
