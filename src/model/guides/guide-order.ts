/**
 * The order of the guides and folders of one folder, as its index page, the sidebar and the
 * previous/next links show them: Starlight's `sidebar.order` first (lower first; a writer who
 * orders nothing gets alphabetical order), then the title in the reader's language, compared as
 * that language sorts words, numbers by value ("Step 2" before "Step 10"), then the key, so two
 * guides of the same title always come in the same order.
 *
 * Starlight's own field rather than one of Memoria's: guides are Starlight pages, and a corpus
 * written for Starlight keeps its order. By title rather than file name: readers see titles, and
 * a translated folder is then alphabetical in its own language.
 */
export interface Ordered {
	key: string;
	title: string;
	/** `sidebar.order`, or for a folder without one the lowest order inside it; undefined when nothing is ordered. */
	order: number | undefined;
}

export function guideOrder(language: string): (a: Ordered, b: Ordered) => number {
	const collator = new Intl.Collator(language, { numeric: true });
	const rank = (item: Ordered) => item.order ?? Number.POSITIVE_INFINITY;
	return (a, b) => rank(a) - rank(b) || collator.compare(a.title, b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * A folder's place among its neighbours: its index page's `sidebar.order` if it has one, else the
 * lowest order of what it holds, as Starlight orders its folders.
 */
export function folderOrder(own: number | undefined, inside: readonly (number | undefined)[]): number | undefined {
	if (own !== undefined) return own;
	const orders = inside.filter((order): order is number => order !== undefined);
	return orders.length > 0 ? Math.min(...orders) : undefined;
}
