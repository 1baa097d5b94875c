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
	// The best `limit` candidates in one pass, kept in order: a learning with a common theme has
	// hundreds of candidates, and sorting them all on every page cost more than the rest (issue 7).
	const rank = rankOf(graph);
	const better = (a: string, x: number, b: string, y: number) => x > y || (x === y && rank.get(a)! < rank.get(b)!);
	const best: [string, number][] = [];
	if (limit <= 0) return [];
	for (const [other, count] of shared) {
		if (best.length === limit && !better(other, count, ...best[limit - 1]!)) continue;
		let at = best.length;
		while (at > 0 && better(other, count, ...best[at - 1]!)) at--;
		best.splice(at, 0, [other, count]);
		if (best.length > limit) best.pop();
	}
	return best.map(([k]) => k);
}
