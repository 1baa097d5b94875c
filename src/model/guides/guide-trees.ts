import { getCollection } from 'astro:content';
import { locales } from '../../site/site';
import { guideTextLanguage } from '../../site/guide-language';
import { buildGuideTree, type GuidePage, type GuideTree } from './guide-tree';

/**
 * The guide tree of each language, built on the first page that asks and shared by every page of
 * the build (like the content graph, src/model/memory.ts): one pass over the docs collection.
 */
let trees: Promise<Map<string, GuideTree>> | undefined;

export function getGuideTrees(): Promise<Map<string, GuideTree>> {
	trees ??= loadGuideTrees();
	return trees;
}

interface DocsData {
	title: string;
	description?: string;
	draft?: boolean;
	sidebar?: { label?: string; order?: number; hidden?: boolean; badge?: string | { text?: unknown } };
}

async function loadGuideTrees(): Promise<Map<string, GuideTree>> {
	// Starlight leaves drafts out of a production build (its routing/index.ts): so does the navigation.
	const docs = await getCollection('docs', ({ data }) => import.meta.env.MODE !== 'production' || (data as DocsData).draft !== true);
	const byLanguage = new Map<string, Map<string, GuidePage>>(locales.languages.map((language) => [language, new Map()]));
	for (const { id, data, filePath } of docs) {
		// content/docs/index.md and es/index.md would be the home pages, which are Memoria's own.
		if (id === 'index' || locales.languages.includes(id)) continue;
		const { language, key } = locales.splitId(id);
		// A guide written first in another language stands in the default language's tree with its own text's language.
		byLanguage.get(language)?.set(key, pageOf(key, data as DocsData, guideTextLanguage(filePath, language, locales)));
	}
	const originals = byLanguage.get(locales.defaultLanguage)!;
	return new Map(
		locales.languages.map((language) => {
			const own = byLanguage.get(language)!;
			// As Starlight does, readers of a language see every original it has no translation of.
			const shown = [...own.values(), ...[...originals.values()].filter((page) => !own.has(page.key))];
			return [language, buildGuideTree(shown, language)];
		})
	);
}

function pageOf(key: string, data: DocsData, language: string): GuidePage {
	const badge = data.sidebar?.badge;
	const badgeText = typeof badge === 'string' ? badge : typeof badge?.text === 'string' ? badge.text : undefined;
	return {
		key,
		title: data.title,
		label: data.sidebar?.label ?? data.title,
		...(data.description ? { description: data.description } : {}),
		...(data.sidebar?.order !== undefined ? { order: data.sidebar.order } : {}),
		...(data.sidebar?.hidden ? { hidden: true } : {}),
		...(badgeText ? { badge: badgeText } : {}),
		language,
	};
}
