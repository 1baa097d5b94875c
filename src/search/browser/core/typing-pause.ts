/**
 * Searches once the reader pauses in typing, not at every key: each search online fetches index
 * files, and results drawn for every letter would flicker. Enter searches at once.
 */
export function afterTyping(search: () => void, pause: number): { typed(): void; now(): void } {
	let waiting: ReturnType<typeof setTimeout> | undefined;
	return {
		typed() {
			clearTimeout(waiting);
			waiting = setTimeout(search, pause);
		},
		now() {
			clearTimeout(waiting);
			search();
		},
	};
}
