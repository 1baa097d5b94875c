/**
 * Searches overlap while a reader types, and an earlier one may answer last: only the latest may
 * draw its results. `startSearch()` begins a search and gives it a check that stays true until
 * the next one begins.
 */
export function latestSearch(): () => () => boolean {
	let latest = 0;
	return () => {
		const mine = ++latest;
		return () => mine === latest;
	};
}
