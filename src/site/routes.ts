import type { Locales } from './locales';
import { exportFile } from '../network/format';
import { feedSections, frameworkPages, sections, taxonomies, type FrameworkPage, type Section, type Taxonomy } from '../model/sections';

/**
 * The routes Memoria adds beside Starlight's docs route: a home page, and for each section a
 * listing, its further pages and one page per entry (and per project a printable report), once
 * per language with localised names.
 * The integration injects them; each route file finds its own row again by its pattern.
 */
export type RouteKind =
	| 'home'
	| 'listing'
	| 'listing-page'
	| 'entry'
	| 'report'
	| 'taxonomy'
	| 'term'
	| 'search'
	| 'feed'
	| 'export'
	| 'translations'
	| 'not-found'
	| FrameworkPage
	| 'synthesis-theme'
	| 'review'
	| NetworkRouteKind;

/**
 * A hub's pages of its network (issue 23), only when `network.members` is not empty: the members,
 * one page per member, a copy of each member's entry, and the views across members (themes,
 * countries, what the network learned), all under the network's word ("network", "red").
 */
export type NetworkRouteKind =
	| 'network'
	| 'network-member'
	| 'network-copy'
	| 'network-taxonomy'
	| 'network-term'
	| 'network-synthesis'
	| 'network-synthesis-theme';

export interface RouteTableOptions {
	/** The site is a network's hub: it has members (config.network.members). */
	network?: boolean;
}

export interface RouteRow {
	pattern: string;
	kind: RouteKind;
	language: string;
	section?: Section;
	taxonomy?: Taxonomy;
	format?: 'json' | 'csv';
}

export function routeTable(locales: Locales, { network = false }: RouteTableOptions = {}): RouteRow[] {
	const rows: RouteRow[] = [];
	for (const language of locales.languages) {
		const prefix = locales.prefix(language);
		rows.push({ pattern: prefix || '/', kind: 'home', language });
		rows.push({ pattern: `${prefix}/404`, kind: 'not-found', language });
		for (const section of sections) {
			const base = `${prefix}/${locales.slug(section, language)}`;
			rows.push({ pattern: base, kind: 'listing', language, section });
			rows.push({ pattern: `${base}/page/[page]`, kind: 'listing-page', language, section });
			rows.push({ pattern: `${base}/[...key]`, kind: 'entry', language, section });
		}
		// A project with the full text of its learnings, laid out for print.
		rows.push({
			pattern: `${prefix}/${locales.slug('projects', language)}/[...key]/${locales.slug('report', language)}`,
			kind: 'report',
			language,
			section: 'projects',
		});
		for (const taxonomy of taxonomies) {
			const base = `${prefix}/${locales.slug(taxonomy, language)}`;
			rows.push({ pattern: base, kind: 'taxonomy', language, taxonomy });
			rows.push({ pattern: `${base}/[term]`, kind: 'term', language, taxonomy });
		}
		for (const page of frameworkPages) {
			const base = `${prefix}/${locales.slug(page, language)}`;
			rows.push({ pattern: base, kind: page, language });
			if (page === 'synthesis') rows.push({ pattern: `${base}/[theme]`, kind: 'synthesis-theme', language });
			if (page === 'reviews') rows.push({ pattern: `${base}/[period]`, kind: 'review', language });
		}
		rows.push({ pattern: `${prefix}/${locales.slug('search', language)}`, kind: 'search', language });
		rows.push({ pattern: `${prefix}/${locales.slug('translations', language)}`, kind: 'translations', language });
		if (network) {
			// The views' words are fixed segments, which Astro matches before a member's id (see network/reserved-ids.ts).
			const base = `${prefix}/${locales.slug('network', language)}`;
			rows.push({ pattern: base, kind: 'network', language });
			for (const taxonomy of taxonomies) {
				rows.push({ pattern: `${base}/${locales.slug(taxonomy, language)}`, kind: 'network-taxonomy', language, taxonomy });
				rows.push({ pattern: `${base}/${locales.slug(taxonomy, language)}/[term]`, kind: 'network-term', language, taxonomy });
			}
			rows.push({ pattern: `${base}/${locales.slug('synthesis', language)}`, kind: 'network-synthesis', language });
			rows.push({ pattern: `${base}/${locales.slug('synthesis', language)}/[theme]`, kind: 'network-synthesis-theme', language });
			rows.push({ pattern: `${base}/[member]`, kind: 'network-member', language });
			rows.push({ pattern: `${base}/[member]/[...path]`, kind: 'network-copy', language });
		}
		for (const section of feedSections) {
			rows.push({ pattern: `${prefix}/${locales.slug(section, language)}/rss.xml`, kind: 'feed', language, section });
		}
		// Exports keep one folder for every language, with the language in the file name.
		// The whole memory, in the format other Memoria sites copy (src/network/format.ts).
		rows.push({ pattern: `/${exportFile(language)}`, kind: 'export', language, format: 'json' });
		rows.push({ pattern: `/data/learnings.${language}.json`, kind: 'export', language, format: 'json', section: 'learnings' });
		rows.push({ pattern: `/data/learnings.${language}.csv`, kind: 'export', language, format: 'csv', section: 'learnings' });
	}
	return rows;
}

const normalise = (pattern: string) => pattern.replace(/^\/+|\/+$/g, '');

/** The row of the route being built, from the pattern Astro passes to getStaticPaths. */
export function findRoute(rows: RouteRow[], routePattern: string): RouteRow {
	const wanted = normalise(routePattern);
	const row = rows.find((r) => normalise(r.pattern) === wanted);
	if (!row) throw new Error(`Memoria has no route for the pattern "${routePattern}".`);
	return row;
}
