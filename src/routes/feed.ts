/** An RSS feed per language of the blog or of learnings, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { entryLink } from '../site/entry-links';
import { getMemory } from '../model/memory';
import { findRoute } from '../site/routes';
import { config, routes, urls } from '../site/site';
import { uiStrings } from '../translations';

export async function GET(context: APIContext) {
	const { section, language } = findRoute(routes, context.routePattern);
	const graph = await getMemory();
	const strings = uiStrings[language] ?? uiStrings.en!;
	const items = graph.listed[section!].slice(0, 50).map((key) => {
		const link = entryLink(graph, section!, key, language)!;
		return { title: link.title, link: link.href, pubDate: link.date, description: link.summary ?? '' };
	});
	return rss({
		title: `${config.organisation} · ${strings[`memoria.section.${section!}`]}`,
		description: strings[`memoria.section.${section!}.description`],
		site: new URL(urls.home(language), context.site ?? 'http://localhost'),
		items,
		customData: `<language>${language}</language>`,
	});
}
