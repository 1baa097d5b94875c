import type { ContentGraph } from '../content-graph';
import { groupByState, recommendationRows, type RecommendationRow } from './recommendations';

/**
 * "What we have learned about X": for one theme, the lessons of its current learnings with the
 * project and year each came from, their recommendations grouped by state, and the outcomes
 * observed on that theme. Read from the theme map; nothing scans all entries.
 */

export interface Lesson {
	learning: string;
	project: string;
	year: number;
	lesson: string;
	kind: 'worked' | 'did-not-work' | 'mixed';
	/** Language of the lesson's text. */
	language: string;
}

export interface ThemeSynthesis {
	theme: string;
	lessons: Lesson[];
	projects: string[];
	/** First and last year of its learnings. */
	years: [number, number] | undefined;
	recommendations: ReturnType<typeof groupByState>;
	outcomes: string[];
}

/** Themes with at least one current learning, in vocabulary order: the ones a synthesis page exists for. */
export function synthesisThemes(graph: ContentGraph): string[] {
	const listed = new Set(graph.listed.learnings);
	return [...graph.themes.keys()].filter((t) => graph.relations.byTheme.get(t)?.learnings.some((k) => listed.has(k)));
}

export function themeSynthesis(graph: ContentGraph, theme: string, language: string, today: Date, rows?: readonly RecommendationRow[]): ThemeSynthesis {
	const listed = new Set(graph.listed.learnings);
	const keys = (graph.relations.byTheme.get(theme)?.learnings ?? []).filter((k) => listed.has(k));
	const lessons = keys.map((learning): Lesson => {
		const entry = graph.get('learnings', learning)!;
		const shown = graph.fileFor(entry, language).file;
		const data = entry.original.data;
		return { learning, project: data.project, year: data.date.getUTCFullYear(), lesson: shown.data.lesson, kind: data.kind, language: shown.language };
	});
	const mine = new Set(keys);
	const recommendations = (rows ?? recommendationRows(graph, language, today)).filter((r) => mine.has(r.learning));
	const years = lessons.map((l) => l.year);
	const listedOutcomes = new Set(graph.listed.outcomes);
	return {
		theme,
		lessons,
		projects: [...new Set(lessons.map((l) => l.project))],
		years: years.length > 0 ? [Math.min(...years), Math.max(...years)] : undefined,
		recommendations: groupByState(recommendations),
		outcomes: (graph.relations.byTheme.get(theme)?.outcomes ?? []).filter((k) => listedOutcomes.has(k)),
	};
}
