/**
 * Imports Pagefind's script from a bundle folder such as `/pagefind/`: for the search dialog and
 * the search page.
 *
 * The `import()` itself is a one-line inline script of the page (components/Search.astro), not
 * written here: Vite wraps every dynamic import in the code it bundles with its module-preload
 * helper, and that helper would then ship with every page (0.9 KB compressed, issue 7) although
 * Pagefind's script has nothing to preload.
 */
export async function loadPagefind<Pagefind>(bundle: string): Promise<Pagefind> {
	return (await window.memoriaImport(`${bundle}pagefind.js`)) as Pagefind;
}

declare global {
	interface Window {
		memoriaImport(url: string): Promise<unknown>;
	}
}
