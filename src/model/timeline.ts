import type { ContentGraph } from './content-graph';

/** One dated moment in a project's life. */
export interface TimelineEvent {
	date: Date;
	kind: 'start' | 'end' | 'learnings' | 'calls' | 'posts';
	key?: string;
}

/**
 * A project's timeline: its start and end, its learnings, the calls that discussed it and the
 * posts about it, oldest first. Read from the relation maps; nothing is scanned.
 */
export function projectTimeline(graph: ContentGraph, projectKey: string): TimelineEvent[] {
	const project = graph.get('projects', projectKey)!.original.data;
	const events: TimelineEvent[] = [{ date: project.start, kind: 'start' }];
	for (const kind of ['learnings', 'calls', 'posts'] as const) {
		const byProject = { learnings: graph.relations.learningsByProject, calls: graph.relations.callsByProject, posts: graph.relations.postsByProject }[kind];
		for (const key of byProject.get(projectKey) ?? []) {
			const date = (graph.get(kind, key)!.original.data as { date: Date }).date;
			events.push({ date, kind, key });
		}
	}
	if (project.end) events.push({ date: project.end, kind: 'end' });
	const order = { start: 0, learnings: 1, calls: 1, posts: 1, end: 2 };
	return events.sort((a, b) => a.date.getTime() - b.date.getTime() || order[a.kind] - order[b.kind]);
}
