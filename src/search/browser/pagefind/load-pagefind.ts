/**
 * Imports Pagefind's script from a bundle folder such as `/pagefind/`: for the search dialog and
 * the search page.
 *
 * The `import()` itself is a one-line inline script of the page (components/Search.astro), not
 * written here: Vite wraps every dynamic import in the code it bundles with its module-preload
 * helper, and that helper would then ship with every page (0.9 KB compressed, issue 7) although
 * Pagefind's script has nothing to preload.
 */
/**
 * Pagefind's option to search in the page rather than in a Web Worker, given before its first
 * search. The worker's script is another 12 KB compressed and one more round trip before the
 * index starts loading. Measured at 2,000 entries with the CPU slowed fourfold, over a slow
 * connection the page brings the first results half a second sooner; the price is the page being
 * busy for up to about 0.1 s while the first query loads the index (bench/README.md, "Search in
 * the page or in a Web Worker").
 */
export const IN_THE_PAGE = { noWorker: true } as const;

/** One result's data, fetched by Pagefind with `data()` only when it is shown. */
export interface PagefindResultData {
	url: string;
	/** The page's text around the words found, escaped by Pagefind, with <mark> around them. */
	excerpt: string;
	meta: { title?: string; type?: string; date?: string; untranslated?: string };
}

export interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's JavaScript API that the search dialog and the search page use. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: Record<string, unknown>
	): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export async function loadPagefind(bundle: string): Promise<Pagefind> {
	return (await window.memoriaImport(`${bundle}pagefind.js`)) as Pagefind;
}

/**
 * Merges another bundle (the retired one) for a language only when that bundle has an index for
 * it: Pagefind stops every search with "No language indexes found" after merging a bundle that has
 * none, as on a site without drafts or archived entries. The bundle's small entry file says which
 * languages it has; the browser keeps it for Pagefind's own read.
 */
export async function mergeIfIndexed(pagefind: Pagefind, bundleUrl: string, options: { language: string } & Record<string, unknown>): Promise<void> {
	const entry = await fetch(new URL('pagefind-entry.json', bundleUrl.endsWith('/') ? bundleUrl : `${bundleUrl}/`))
		.then((response) => (response.ok ? (response.json() as Promise<{ languages?: Record<string, unknown> }>) : undefined))
		.catch(() => undefined);
	if (!entry?.languages?.[options.language]) return;
	await pagefind.mergeIndex(bundleUrl, options);
}

declare global {
	interface Window {
		memoriaImport(url: string): Promise<unknown>;
	}
}
