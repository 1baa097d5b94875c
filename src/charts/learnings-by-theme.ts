import type { ContentGraph } from '../model/content-graph';

/**
 * How many learnings each theme gathered per year, from the theme map of the content graph
 * (`relations.byTheme`), so nothing scans the entries. Computed once per build and graph.
 */

export interface YearColumn {
	/** "2019", or "..2016" for the bucket of early years. */
	id: string;
	/** The last year counted in this column. */
	year: number;
	/** Set on the first column when early years are grouped: it counts every year up to `year`. */
	upTo?: true;
}

export interface ThemeYearRow {
	theme: string;
	/** One count per column of `years`. */
	counts: number[];
	total: number;
}

export interface LearningsByThemeAndYear {
	years: YearColumn[];
	/** Themes with at least one learning, most learnings first, then in vocabulary order. */
	themes: ThemeYearRow[];
}

const cache = new WeakMap<ContentGraph, Map<number, LearningsByThemeAndYear>>();

/**
 * Learnings per theme and year. Years run without gaps from the first learning to the last;
 * with more than `maxYears` of them, the earliest are counted together in one column so the
 * chart stays readable ("up to 2016").
 */
export function learningsByThemeAndYear(graph: ContentGraph, maxYears = 6): LearningsByThemeAndYear {
	let perGraph = cache.get(graph);
	if (!perGraph) cache.set(graph, (perGraph = new Map()));
	const known = perGraph.get(maxYears);
	if (known) return known;

	const yearOf = (key: string) => graph.get('learnings', key)!.original.data.date.getUTCFullYear();
	const themeIds = [...graph.themes.keys()];
	const perTheme = themeIds.map((theme) => (graph.relations.byTheme.get(theme)?.learnings ?? []).map(yearOf));
	const all = perTheme.flat();
	let result: LearningsByThemeAndYear = { years: [], themes: [] };
	if (all.length > 0) {
		const last = Math.max(...all);
		const first = Math.max(Math.min(...all), last - Math.max(1, maxYears) + 1);
		const grouped = Math.min(...all) < first;
		const years: YearColumn[] = [];
		for (let y = first; y <= last; y++) years.push(y === first && grouped ? { id: `..${y}`, year: y, upTo: true } : { id: String(y), year: y });
		const themes = themeIds
			.map((theme, i) => {
				const counts = years.map(() => 0);
				for (const y of perTheme[i]!) counts[Math.max(0, y - first)]! += 1;
				return { theme, counts, total: perTheme[i]!.length, order: i };
			})
			.filter((row) => row.total > 0)
			.sort((a, b) => b.total - a.total || a.order - b.order)
			.map(({ theme, counts, total }) => ({ theme, counts, total }));
		result = { years, themes };
	}
	perGraph.set(maxYears, result);
	return result;
}
