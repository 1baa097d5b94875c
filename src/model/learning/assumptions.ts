import type { ContentGraph } from '../content-graph';
import { assumptionStatuses } from '../../schemas/project';
import { translatedItem } from './translated-item';

/**
 * The assumptions board: every assumption of every current project with its status and
 * evidence, and the assumptions several projects share (the same `id`) counted across them, so
 * the ones that keep being challenged stand out.
 */

export type AssumptionStatus = (typeof assumptionStatuses)[number];

export interface AssumptionRow {
	project: string;
	id?: string;
	statement: string;
	status: AssumptionStatus;
	since?: Date;
	learnings: string[];
	calls: string[];
	/** Language of the statement: the original's when the project is not translated. */
	language: string;
}

export interface RecurringAssumption {
	id: string;
	/** The statement as the most recent project that holds it words it. */
	statement: string;
	language: string;
	counts: Record<AssumptionStatus, number>;
	projects: { project: string; status: AssumptionStatus }[];
}

export function assumptionRows(graph: ContentGraph, language: string): AssumptionRow[] {
	const rows: AssumptionRow[] = [];
	for (const project of graph.listed.projects) {
		const entry = graph.get('projects', project)!;
		entry.original.data.assumptions.forEach((assumption, i) => {
			const words = translatedItem(graph, entry, language, (d) => d.assumptions, i);
			rows.push({
				project,
				...(assumption.id ? { id: assumption.id } : {}),
				statement: words.item.statement,
				status: assumption.status,
				...(assumption.since ? { since: assumption.since } : {}),
				learnings: assumption.learnings,
				calls: assumption.calls,
				language: words.language,
			});
		});
	}
	return rows;
}

/** Rows grouped by status, in the order untested, holding, challenged, dropped; empty groups left out. */
export function byStatus(rows: readonly AssumptionRow[]): { status: AssumptionStatus; rows: AssumptionRow[] }[] {
	return assumptionStatuses.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0);
}

/** Assumptions with the same id in two or more projects: most often challenged first, then most widely held. */
export function recurringAssumptions(rows: readonly AssumptionRow[]): RecurringAssumption[] {
	const byId = new Map<string, AssumptionRow[]>();
	for (const row of rows) if (row.id) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
	const recurring: RecurringAssumption[] = [];
	for (const [id, group] of byId) {
		if (new Set(group.map((r) => r.project)).size < 2) continue;
		const counts = Object.fromEntries(assumptionStatuses.map((s) => [s, group.filter((r) => r.status === s).length])) as Record<AssumptionStatus, number>;
		// Projects are in reading order (newest first), so the first row is the latest wording.
		recurring.push({
			id,
			statement: group[0]!.statement,
			language: group[0]!.language,
			counts,
			projects: group.map((r) => ({ project: r.project, status: r.status })),
		});
	}
	return recurring.sort((a, b) => b.counts.challenged - a.counts.challenged || b.projects.length - a.projects.length || a.id.localeCompare(b.id));
}
