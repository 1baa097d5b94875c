import type { ContentGraph } from '../model/content-graph';
import { assumptionStatuses } from '../schemas/project';

/**
 * How many of each project's assumptions are untested, holding, challenged or dropped. Statuses
 * come from the default-language file, like every relation: a translation cannot disagree.
 */

export type AssumptionStatus = (typeof assumptionStatuses)[number];
export { assumptionStatuses };

export interface ProjectAssumptions {
	project: string;
	/** One count per status, in the order of `assumptionStatuses`. */
	counts: number[];
	total: number;
}

export interface AssumptionStatusCounts {
	/** Projects that record at least one assumption, in the order asked for. */
	projects: ProjectAssumptions[];
	/** Every project's assumptions together, per status. */
	totals: number[];
}

/** Assumption statuses of `projects` (default: the listed ones, newest first), read from the graph. */
export function assumptionStatusByProject(graph: ContentGraph, projects: readonly string[] = graph.listed.projects): AssumptionStatusCounts {
	const totals = assumptionStatuses.map(() => 0);
	const rows: ProjectAssumptions[] = [];
	for (const project of projects) {
		const assumptions = graph.get('projects', project)?.original.data.assumptions ?? [];
		if (assumptions.length === 0) continue;
		const counts = assumptionStatuses.map(() => 0);
		for (const a of assumptions) counts[assumptionStatuses.indexOf(a.status)]! += 1;
		for (const [i, n] of counts.entries()) totals[i]! += n;
		rows.push({ project, counts, total: assumptions.length });
	}
	return { projects: rows, totals };
}
