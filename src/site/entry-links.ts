import type { ContentGraph } from '../model/content-graph';
import { isDraft } from '../model/visibility';
import type { Section } from '../model/sections';
import { urls } from './site';

/** What a list of entries needs to show one of them to a reader of `language`. */
export interface EntryLink {
	key: string;
	href: string;
	title: string;
	summary: string | undefined;
	date: Date | undefined;
	/** The reader sees the default-language title because no translation exists. */
	isFallback: boolean;
	/** Language of the text shown, for the `lang` attribute of a fallback title. */
	language: string;
	/** A draft, shown only by the dev server (model/visibility.ts): lists mark it as one. */
	draft: boolean;
}

/** An entry's address in a language, with that language's slug. */
export function entryUrl(graph: ContentGraph, section: Section, key: string, language: string): string {
	return urls.entry(section, graph.slugOf(section, key, language), language);
}

/**
 * An entry's page in a language as a path from that language's home, without the base path or the
 * language's prefix ("aprendizajes/escuchar/"): what a network's hub appends to its own address
 * for a member's entry (src/network/format.ts).
 */
export function entryPath(graph: ContentGraph, section: Section, key: string, language: string): string {
	const home = urls.home(language);
	const url = entryUrl(graph, section, key, language);
	if (!url.startsWith(home)) throw new Error(`The address ${url} of ${section}/${key} is not under its language's home ${home}.`);
	return url.slice(home.length);
}

/** The address of a project's printable report in a language, with that language's slug. */
export function reportUrl(graph: ContentGraph, key: string, language: string): string {
	return urls.report(graph.slugOf('projects', key, language), language);
}

function dateOf(section: Section, data: Record<string, unknown>): Date | undefined {
	const value = section === 'projects' ? data.start : data.date;
	return value instanceof Date ? value : undefined;
}

export function entryLink(graph: ContentGraph, section: Section, key: string, language: string): EntryLink | undefined {
	const entry = graph.get(section, key);
	if (!entry) return undefined;
	const { file, isFallback } = graph.fileFor(entry, language);
	const data = file.data as Record<string, unknown>;
	return {
		key,
		href: entryUrl(graph, section, key, language),
		title: String(data.title ?? data.name),
		summary: (data.summary ?? data.description) as string | undefined,
		date: dateOf(section, data),
		isFallback,
		language: file.language,
		draft: isDraft(data) || isDraft(entry.original.data),
	};
}

export function entryLinks(graph: ContentGraph, section: Section, keys: readonly string[] | undefined, language: string): EntryLink[] {
	return (keys ?? []).flatMap((k) => entryLink(graph, section, k, language) ?? []);
}
