import type { ContentGraph } from '../content-graph';
import { translatedItem } from './translated-item';

/**
 * Every recommendation of every current learning, with its state and owner and the later
 * learnings and outcomes that show it was acted on (the content graph's follow-up map).
 * Text comes from the reader's language when the learning is translated.
 */

export type RecommendationState = 'open' | 'done' | 'dropped';

export interface RecommendationRow {
	/** "learning-key#n", the address a follow-up uses. */
	id: string;
	learning: string;
	/** Position among the learning's recommendations, from 1. */
	number: number;
	action: string;
	owner?: string;
	due?: Date;
	state: RecommendationState;
	/** Open and past its due date on `today`. */
	overdue: boolean;
	project: string;
	/** The learning's date. */
	date: Date;
	themes: string[];
	actedOn: { section: 'learnings' | 'outcomes'; key: string }[];
	/** Language of `action` and `owner`: the original's when the learning is not translated. */
	language: string;
}

export function recommendationRows(graph: ContentGraph, language: string, today: Date): RecommendationRow[] {
	const rows: RecommendationRow[] = [];
	for (const key of graph.listed.learnings) {
		const entry = graph.get('learnings', key)!;
		const original = entry.original.data;
		original.recommendations.forEach((recommendation, i) => {
			// Owner, due date and state are facts of the original; the words may be translated.
			const { item: words, language: wordsLanguage } = translatedItem(graph, entry, language, (d) => d.recommendations, i);
			const id = `${key}#${i + 1}`;
			const owner = words.owner ?? recommendation.owner;
			rows.push({
				id,
				learning: key,
				number: i + 1,
				action: words.action,
				...(owner ? { owner } : {}),
				...(recommendation.due ? { due: recommendation.due } : {}),
				state: recommendation.state,
				overdue: recommendation.state === 'open' && recommendation.due !== undefined && recommendation.due < today,
				project: original.project,
				date: original.date,
				themes: original.themes,
				actedOn: graph.relations.followUps.get(id) ?? [],
				language: wordsLanguage,
			});
		});
	}
	return rows;
}

const stateOrder: Record<RecommendationState, number> = { open: 0, done: 1, dropped: 2 };
const time = (d: Date | undefined) => d?.getTime() ?? Number.POSITIVE_INFINITY;

/**
 * Recommendations grouped by state (open, done, dropped). Open ones: overdue first, then by due
 * date (none last); the others newest learning first.
 */
export function groupByState(rows: readonly RecommendationRow[]): { state: RecommendationState; rows: RecommendationRow[] }[] {
	const groups = (['open', 'done', 'dropped'] as const).map((state) => ({ state, rows: rows.filter((r) => r.state === state) }));
	for (const group of groups) {
		group.rows.sort((a, b) =>
			group.state === 'open'
				? Number(b.overdue) - Number(a.overdue) || time(a.due) - time(b.due) || a.id.localeCompare(b.id)
				: b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)
		);
	}
	return groups.filter((g) => g.rows.length > 0).sort((a, b) => stateOrder[a.state] - stateOrder[b.state]);
}
