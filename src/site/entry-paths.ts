import type { GetStaticPaths } from 'astro';
import { entryUrl } from './entry-links';
import { getMemory } from '../model/memory';
import { findRoute } from './routes';
import type { Section } from '../model/sections';
import { routes } from './site';

/** What an entry page route (src/routes/entries/) gets for each page it builds. */
export interface EntryPageProps {
	section: Section;
	key: string;
	language: string;
	/** An old address of the entry: the page only redirects to the current one. */
	redirect?: boolean;
}

/**
 * The pages of one section in one language: one per entry, and one redirect per old address.
 * Every entry route re-exports this as its `getStaticPaths`.
 */
export const entryPaths = (async ({ routePattern }) => {
	const { section, language } = findRoute(routes, routePattern);
	const graph = await getMemory();
	return [...graph.entries[section!].keys()].flatMap((key) => [
		{ params: { key: graph.slugOf(section!, key, language) }, props: { section: section!, key, language } satisfies EntryPageProps },
		...graph.aliasesOf(section!, key, language).map((alias) => ({
			params: { key: alias },
			props: { section: section!, key, language, redirect: true } satisfies EntryPageProps,
		})),
	]);
}) satisfies GetStaticPaths;

/** Where an old address of an entry leads. */
export async function currentAddress({ section, key, language }: EntryPageProps): Promise<string> {
	return entryUrl(await getMemory(), section, key, language);
}
