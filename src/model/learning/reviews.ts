import type { ContentGraph } from '../content-graph';
import type { AssumptionStatus } from './assumptions';

/**
 * Periodic learning reviews: one per year, and one per quarter that has anything in it. One
 * pass over the memory files every dated fact into its year and quarter; each review page then
 * reads its own bucket.
 */

export interface Period {
	/** "2024" or "2024-q3": the page's address. */
	id: string;
	year: number;
	quarter?: 1 | 2 | 3 | 4;
}

export interface ChangedAssumption {
	project: string;
	index: number;
	status: AssumptionStatus;
	since: Date;
}

export interface PeriodContent {
	projectsStarted: string[];
	projectsEnded: string[];
	learnings: string[];
	outcomes: string[];
	calls: string[];
	/** People counted across the period's calls. */
	people: number;
	assumptions: ChangedAssumption[];
}

export interface ReviewIndex {
	/** Years newest first, each followed by its quarters newest first. */
	periods: Period[];
	content: Map<string, PeriodContent>;
}

const empty = (): PeriodContent => ({ projectsStarted: [], projectsEnded: [], learnings: [], outcomes: [], calls: [], people: 0, assumptions: [] });

export const quarterOf = (date: Date) => (Math.floor(date.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4;

const indexes = new WeakMap<ContentGraph, ReviewIndex>();

export function reviewIndex(graph: ContentGraph): ReviewIndex {
	const known = indexes.get(graph);
	if (known) return known;
	const content = new Map<string, PeriodContent>();
	const add = (date: Date, fill: (c: PeriodContent) => void) => {
		const year = String(date.getUTCFullYear());
		for (const id of [year, `${year}-q${quarterOf(date)}`]) {
			let bucket = content.get(id);
			if (!bucket) content.set(id, (bucket = empty()));
			fill(bucket);
		}
	};
	// Lists are filled in reading order (newest first), so each bucket is already sorted.
	for (const key of graph.listed.projects) {
		const data = graph.get('projects', key)!.original.data;
		add(data.start, (c) => c.projectsStarted.push(key));
		if (data.end) add(data.end, (c) => c.projectsEnded.push(key));
		data.assumptions.forEach((a, index) => {
			if (a.since) add(a.since, (c) => c.assumptions.push({ project: key, index, status: a.status, since: a.since! }));
		});
	}
	for (const key of graph.listed.learnings) add(graph.get('learnings', key)!.original.data.date, (c) => c.learnings.push(key));
	for (const key of graph.listed.outcomes) add(graph.get('outcomes', key)!.original.data.date, (c) => c.outcomes.push(key));
	for (const key of graph.listed.calls) {
		const data = graph.get('calls', key)!.original.data;
		add(data.date, (c) => {
			c.calls.push(key);
			c.people += data.participants?.people ?? 0;
		});
	}
	for (const bucket of content.values()) bucket.assumptions.sort((a, b) => b.since.getTime() - a.since.getTime());

	const years = [...new Set([...content.keys()].filter((id) => !id.includes('-')).map(Number))].sort((a, b) => b - a);
	const periods: Period[] = [];
	for (const year of years) {
		periods.push({ id: String(year), year });
		for (const quarter of [4, 3, 2, 1] as const) if (content.has(`${year}-q${quarter}`)) periods.push({ id: `${year}-q${quarter}`, year, quarter });
	}
	const index = { periods, content };
	indexes.set(graph, index);
	return index;
}
