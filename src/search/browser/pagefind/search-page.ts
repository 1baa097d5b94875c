/**
 * The search page online (SearchPage.astro): the shared search page (core/search-page.ts) over
 * Pagefind.
 */
import { readSearchPageData, startSearchPage } from '../core/search-page';
import { pagefindPageEngine } from './pagefind-page-engine';

export function startPagefindSearchPage(root: HTMLElement): void {
	const page = readSearchPageData(root);
	// Ten results at a time: each one shown costs a fragment download (about 2.5 KB at 2,000
	// entries), and fifty at once was 125 KB per search on a slow connection (issue 7).
	startSearchPage(root, page, pagefindPageEngine(root, page), { pageSize: 10, typingPause: 250 });
}
