/**
 * A list of results shown a page at a time, as the dialog, the search page and the offline copy
 * show them: the first page replaces the previous results, "Show more results" adds the next, the
 * status sentence counts them once they are drawn, and the list says which words it answers
 * (`data-query`), so a reader's tools and the browser tests can tell the results for a whole
 * query from those drawn for its first letters.
 *
 * It draws on whatever it is given that looks like the page's elements, so its logic is tested
 * with plain objects in Node.
 */
import type { FoundPage } from './found-page';

/** What a search found, read a page at a time (online, each result shown costs a fragment download). */
export interface ResultSet {
	/** How many were found. May grow while paging: the dialog adds drafts and archived entries once the current pages run out. */
	readonly total: number;
	/** The results from `from` up to `to` (excluded). */
	slice(from: number, to: number): Promise<FoundPage[]>;
}

/** A result set over results already at hand (the offline copy's), turned into found pages only when shown. */
export function resultsAtHand<T>(results: readonly T[], found: (result: T) => FoundPage): ResultSet {
	return { total: results.length, slice: async (from, to) => results.slice(from, to).map(found) };
}

/** The elements a list draws on (their parts that it uses). */
export interface ResultListParts<Item> {
	list: { replaceChildren(...items: Item[]): void; append(...items: Item[]): void; dataset: Record<string, string | undefined> };
	status: Pick<HTMLElement, 'textContent'>;
	more: Pick<HTMLElement, 'hidden'>;
}

export interface ResultListOptions<Item> {
	/** Results drawn at first, and added by each "Show more results". */
	pageSize: number;
	draw(found: FoundPage): Item;
	/** The status sentence for a number of results. */
	count(total: number): string;
	loading: string;
}

export interface ResultList {
	/** Says the index is loading, unless the status already says something (the count of the results still shown). */
	loading(): void;
	/** No results, no words answered; nothing said, or `message` (why there can be no results). */
	clear(message?: string): void;
	/** Replaces the results by the first page of new ones, unless `isCurrent` says a later search has begun meanwhile. */
	show(query: string, results: ResultSet, isCurrent: () => boolean): Promise<void>;
	/** Adds the next page of the results shown. */
	more(): Promise<void>;
}

export function resultList<Item>({ list, status, more }: ResultListParts<Item>, options: ResultListOptions<Item>): ResultList {
	let shown = 0;
	let results: ResultSet | undefined;
	let isCurrentSearch = () => true;
	// Each show() or clear() begins a new drawing: a page still on its way for an earlier one is dropped.
	let drawing = 0;

	const say = (text: string) => {
		status.textContent = text;
	};

	return {
		loading() {
			if (!status.textContent) say(options.loading);
		},
		clear(message = '') {
			drawing++;
			results = undefined;
			list.replaceChildren();
			delete list.dataset.query;
			say(message);
			more.hidden = true;
		},
		async show(query, found, isCurrent) {
			const mine = ++drawing;
			// Until the new results are drawn, "more" has nothing to add to.
			results = undefined;
			const page = await found.slice(0, options.pageSize);
			if (mine !== drawing || !isCurrent()) return;
			results = found;
			isCurrentSearch = isCurrent;
			shown = page.length;
			// The previous results stay until the new ones replace them, so the list never flashes empty.
			list.replaceChildren(...page.map(options.draw));
			list.dataset.query = query;
			more.hidden = shown >= found.total;
			// Said once the results are drawn, so the count never precedes them; said again even when
			// the count is the same as before, so a screen reader tells that new results are there.
			say(options.count(found.total));
		},
		async more() {
			const set = results;
			if (!set) return;
			const mine = drawing;
			const counted = set.total;
			const page = await set.slice(shown, shown + options.pageSize);
			if (mine !== drawing || !isCurrentSearch()) return;
			list.append(...page.map(options.draw));
			shown += page.length;
			more.hidden = shown >= set.total;
			// Only a count that changed is said again (drafts and archived entries added to the dialog's results).
			if (set.total !== counted) say(options.count(set.total));
		},
	};
}

/** Runs `more` on each press of the button, disabled meanwhile so a second press never fetches the same results again. */
export function pageThrough(button: HTMLButtonElement, more: () => Promise<void>): void {
	button.addEventListener('click', async () => {
		button.disabled = true;
		try {
			await more();
		} finally {
			button.disabled = false;
		}
	});
}
