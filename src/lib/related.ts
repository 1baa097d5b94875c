import type { ContentGraph } from './content-graph';

/**
 * Other learnings that share themes with one learning: most shared themes first, then newest.
 * Candidates come from the theme index, so the cost is the size of this learning's themes, not
 * of the whole memory.
 */
// Reading order of learnings as a map, built once per graph rather than once per page.
const ranks = new WeakMap<ContentGraph, Map<string, number>>();
function rankOf(graph: ContentGraph): Map<string, number> {
	let rank = ranks.get(graph);
	if (!rank) ranks.set(graph, (rank = new Map(graph.ordered.learnings.map((k, i) => [k, i]))));
	return rank;
}

export function relatedLearnings(graph: ContentGraph, key: string, limit = 5): string[] {
	const themes = graph.get('learnings', key)!.original.data.themes;
	const shared = new Map<string, number>();
	for (const theme of themes) {
		for (const other of graph.relations.byTheme.get(theme)?.learnings ?? []) {
			if (other !== key) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	const rank = rankOf(graph);
	return [...shared.entries()]
		.sort(([a, x], [b, y]) => y - x || rank.get(a)! - rank.get(b)!)
		.slice(0, limit)
		.map(([k]) => k);
}
