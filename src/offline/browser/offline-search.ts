/**
 * The offline copy's search page: the search page of the site (src/search/browser/core/), over
 * the copy's own index instead of Pagefind, which cannot run from disk.
 *
 * Browsers refuse module scripts for pages opened from disk, so the build bundles this file and
 * what it imports, MiniSearch included, into one plain script (src/offline/offline-search-script.ts),
 * which the page loads after its markup.
 */
import { readSearchPageData, startSearchPage } from '../../search/browser/core/search-page';
import { offlinePageEngine } from './offline-page-engine';

const root = document.querySelector<HTMLElement>('memoria-search[data-offline-indexes]');
if (root) {
	const page = readSearchPageData(root);
	// Fifty results at a time: offline they cost no download, and fifty is what a reader can scan.
	startSearchPage(root, page, offlinePageEngine(root, page), { pageSize: 50, typingPause: 200 });
}
