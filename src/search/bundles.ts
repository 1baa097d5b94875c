/**
 * Where the search bundles live and how they are merged; shared by the indexer
 * (search-bundles.ts), Starlight's search dialog (src/integration.ts) and the search page.
 */

/** Drafts and archived entries are indexed into this bundle beside `pagefind/`. */
export const retiredBundle = 'pagefind-retired';

/** Retired pages carry this attribute instead of Pagefind's `data-pagefind-body`. */
export const retiredMarker = 'data-memoria-search="retired"';

/**
 * Every score from the retired bundle is multiplied by this before results are merged. Zero
 * puts every retired result after every current one, however well it matches (a small positive
 * weight is not enough: a title match scores hundreds of times more than a passing mention).
 * Retired results keep their own relevance order among themselves, because Pagefind sorts the
 * merged list stably and each bundle's results arrive already sorted.
 */
export const retiredIndexWeight = 0;

/** A network's hub: its members' own bundles, copied into the output under this folder (src/network/search-copies.ts). */
export const networkSearchFolder = 'network-search';

/**
 * A hub's copy of a merged member's entry: not in the hub's own Pagefind index (the member's own
 * bundle finds it online), but in the offline copy's search, which has no member's bundle.
 */
export const networkCopyMarker = 'data-memoria-search="network-copy"';
