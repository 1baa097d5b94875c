/**
 * A Vite plugin that empties the script Starlight's page frame always adds to save the sidebar's
 * open groups and scroll position in sessionStorage. Memoria's sidebar (components/Sidebar.astro)
 * lists sections, not entries, and leaves out the persister element that script works with, so
 * on every page it would only add ~800 bytes of HTML and a listener that stores a useless state.
 * If Starlight moves the file, the script simply comes back; tests/build/page-frame.test.ts would then fail.
 */
const PERSIST_SCRIPT = /@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]SidebarPersistState\.js$/;

export function withoutSidebarState() {
	return {
		name: 'memoria:no-sidebar-state',
		load: (id: string) => (PERSIST_SCRIPT.test(id.split('?')[0] ?? '') ? 'export {};' : undefined),
	};
}
