import type { ContentGraph } from '../model/content-graph';
import { countryName, isoDate } from '../lib/format';
import type { Section } from '../model/sections';
import { collectionRegistry, type CollectionSpec } from '../model/registry';
import { projectsOf } from '../model/entry-projects';
import { themeLabel } from '../model/taxonomy';

/**
 * What Pagefind records about an entry page besides its text: the filters a reader can narrow
 * by (type, project, country, theme, organisation, year, all in the page's language), the
 * metadata shown in results, and whether the entry is retired (a draft or archived): retired
 * entries go to their own bundle, merged so they rank after every current one (src/search/).
 */
export interface SearchRecord {
	meta: { type: string; date?: string; untranslated?: string };
	filters: Record<'type' | 'project' | 'country' | 'theme' | 'organisation' | 'year', string[]> & {
		/** On a network's hub, whose memory the page is from (the copies' pages; the hub's own carry it in <head>, route-data.ts). */
		memory?: string[];
	};
	/** A draft or archived entry, indexed apart so it never outranks current ones. */
	retired: boolean;
}

type Label = (section: Section) => string;

export function searchRecord(graph: ContentGraph, section: Section, key: string, language: string, typeLabel: Label): SearchRecord {
	const entry = graph.get(section, key)!;
	const { isFallback } = graph.fileFor(entry, language);
	const data = entry.original.data as Record<string, unknown>;
	const title = (s: 'projects' | 'organisations', k: string) => {
		const e = graph.get(s, k);
		if (!e) return [];
		const d = graph.fileFor(e, language).file.data as { title?: string; name?: string };
		return [d.title ?? d.name ?? k];
	};

	// Which projects, date and retirement an entry has, as its collection declares them (the registry).
	const spec = collectionRegistry[section] as CollectionSpec;
	const projects = projectsOf(section, key, data);
	const countries = new Set<string>(
		section === 'organisations'
			? [data.country as string | undefined].filter((c): c is string => Boolean(c))
			: projects.flatMap((p) => graph.get('projects', p)?.original.data.countries ?? [])
	);
	const organisations = section === 'organisations' ? [key] : ((data.organisations as string[] | undefined) ?? []);
	const date = (spec.dateField ? data[spec.dateField] : undefined) as Date | undefined;
	const retired = data.archived === true || (spec.retiredWhen ?? []).some(({ field, value }) => data[field] === value);

	return {
		meta: {
			type: typeLabel(section),
			...(date ? { date: isoDate(date) } : {}),
			// A fallback page sits in this language's index with the original's text: say so in results.
			...(isFallback ? { untranslated: entry.original.language } : {}),
		},
		filters: {
			type: [typeLabel(section)],
			project: projects.flatMap((p) => title('projects', p)),
			country: [...countries].map((c) => countryName(c, language)),
			theme: ((data.themes as string[] | undefined) ?? []).map((t) => themeLabel(graph, t, language)),
			organisation: organisations.flatMap((o) => title('organisations', o)),
			year: date ? [String(date.getUTCFullYear())] : [],
		},
		retired,
	};
}
