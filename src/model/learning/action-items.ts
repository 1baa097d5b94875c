import type { ContentGraph } from '../content-graph';
import { translatedItem } from './translated-item';

/**
 * Open action items from every community call: the ones past their due date first (oldest due
 * first), then the rest grouped by owner (owners in alphabetical order, no owner last), each
 * owner's items by due date, undated last.
 */

export interface ActionItem {
	call: string;
	/** Position in the call's list, from 1. */
	number: number;
	what: string;
	owner?: string;
	due?: Date;
	overdue: boolean;
	/** The call's date. */
	agreed: Date;
	/** Language of `what` and `owner`. */
	language: string;
}

export interface OpenActions {
	overdue: ActionItem[];
	byOwner: { owner: string | undefined; items: ActionItem[] }[];
	total: number;
}

const time = (d: Date | undefined) => d?.getTime() ?? Number.POSITIVE_INFINITY;
const byDue = (a: ActionItem, b: ActionItem) =>
	time(a.due) - time(b.due) || a.agreed.getTime() - b.agreed.getTime() || a.call.localeCompare(b.call) || a.number - b.number;

export function openActions(graph: ContentGraph, language: string, today: Date): OpenActions {
	const items: ActionItem[] = [];
	for (const call of graph.listed.calls) {
		const entry = graph.get('calls', call)!;
		entry.original.data.actions.forEach((action, i) => {
			if (action.done) return;
			const words = translatedItem(graph, entry, language, (d) => d.actions, i);
			const owner = words.item.owner ?? action.owner;
			items.push({
				call,
				number: i + 1,
				what: words.item.what,
				...(owner ? { owner } : {}),
				...(action.due ? { due: action.due } : {}),
				overdue: action.due !== undefined && action.due < today,
				agreed: entry.original.data.date,
				language: words.language,
			});
		});
	}
	const overdue = items.filter((i) => i.overdue).sort(byDue);
	const owners = new Map<string | undefined, ActionItem[]>();
	for (const item of items.filter((i) => !i.overdue)) owners.set(item.owner, [...(owners.get(item.owner) ?? []), item]);
	const byOwner = [...owners]
		.map(([owner, list]) => ({ owner, items: list.sort(byDue) }))
		.sort((a, b) => (a.owner === undefined ? 1 : b.owner === undefined ? -1 : a.owner.localeCompare(b.owner, language)));
	return { overdue, byOwner, total: items.length };
}
