import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentGraph } from '../model/content-graph';
import type { Locales } from '../site/locales';
import { routeTable } from '../site/routes';
import { frameworkPages, sections } from '../model/sections';
import { reviewIndex } from '../model/learning/reviews';
import { synthesisThemes } from '../model/learning/synthesis';
import { createUrlBuilder } from '../site/urls';
import { guidePath } from '../lib/guide-path';
import { folderPathsOf } from '../model/guides/guide-folders';
import type { ContentFile } from './content-files';
import { siteLayout } from '../config/site-layout';

/**
 * Every address the site will have, computed from the content without building it, so links in
 * Markdown can be checked (and a near miss suggested) before a build.
 */
export function siteAddresses(
	graph: ContentGraph,
	locales: Locales,
	docs: ContentFile[],
	pageSize: number,
	networkMembers: readonly string[] = []
): Set<string> {
	const urls = createUrlBuilder(locales, '/');
	const addresses = new Set<string>();
	for (const language of locales.languages) {
		addresses.add(urls.home(language));
		for (const section of sections) {
			const count = graph.ordered[section].length;
			for (let page = 1; page <= Math.max(1, Math.ceil(count / pageSize)); page++) addresses.add(urls.listing(section, language, page));
			for (const key of graph.entries[section].keys()) {
				for (const slug of [graph.slugOf(section, key, language), ...graph.aliasesOf(section, key, language)])
					addresses.add(urls.entry(section, slug, language));
				if (section === 'projects') addresses.add(urls.report(graph.slugOf(section, key, language), language));
			}
		}
		addresses.add(urls.taxonomy('themes', language));
		addresses.add(urls.taxonomy('countries', language));
		for (const theme of graph.themes.keys()) addresses.add(urls.term('themes', theme, language));
		for (const country of graph.relations.byCountry.keys()) addresses.add(urls.term('countries', country, language));
		for (const page of frameworkPages) addresses.add(urls.framework(page, language));
		for (const theme of synthesisThemes(graph)) addresses.add(urls.framework('synthesis', language, theme));
		for (const period of reviewIndex(graph).periods) addresses.add(urls.framework('reviews', language, period.id));
		addresses.add(urls.search(language));
		addresses.add(urls.translations(language));
		// A network's hub: its members' pages and the views across them (the copies come from the mirror, read only by the build).
		if (networkMembers.length > 0) {
			addresses.add(urls.network(language));
			for (const view of ['themes', 'countries', 'synthesis'] as const) addresses.add(urls.networkView(view, language));
			for (const member of networkMembers) addresses.add(urls.network(language, member));
		}
	}
	for (const address of guideAddresses(docs, locales)) addresses.add(address);
	for (const row of routeTable(locales)) if (/\.(xml|json|csv)$/.test(row.pattern)) addresses.add(row.pattern);
	return addresses;
}

/**
 * The addresses of guides' pages: every guide in every language, translated or shown as its
 * original, whatever language that was written in (src/model/guides/untranslated-originals-loader.ts);
 * and their folders' index pages (src/model/guides/folder-index-loader.ts).
 */
function guideAddresses(docs: readonly ContentFile[], locales: Locales): Set<string> {
	const urls = createUrlBuilder(locales, '/');
	const addresses = new Set<string>();
	const paths = new Set(docs.map((doc) => guidePath(doc.key)));
	for (const path of paths) {
		for (const language of locales.languages) {
			addresses.add(urls.page(path, language));
			for (const folder of folderPathsOf(path)) addresses.add(urls.page(folder, language));
		}
	}
	return addresses;
}

/** Whether a root-relative link of a Markdown body leads somewhere: a page, or a file in public/. */
export function resolves(target: string, addresses: ReadonlySet<string>, root: string): boolean {
	const path = decodeURI(target.split(/[?#]/)[0]!);
	if (path === '' || addresses.has(path) || addresses.has(`${path}/`)) return true;
	return /\.[a-z0-9]+$/i.test(path) && existsSync(join(siteLayout(root).public, path));
}
