/** Open-data exports of the public memory: all of it as JSON, learnings also as CSV, per language. */
import type { APIContext } from 'astro';
import { bodyFromFile, exportMemory, learningsCsv } from '../model/exports';
import { getMemory } from '../model/memory';
import { findRoute } from '../site/routes';
import { projectRoot, routes } from '../site/site';

export async function GET(context: APIContext) {
	const { language, format, section } = findRoute(routes, context.routePattern);
	const graph = await getMemory();
	const site = context.site;
	if (format === 'csv') {
		return new Response(learningsCsv(graph, language, site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	const memory = exportMemory(graph, language, site, bodyFromFile(projectRoot));
	const body = section ? { language, generated: memory.generated, [section]: memory[section] } : memory;
	return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
