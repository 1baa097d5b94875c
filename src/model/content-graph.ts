import { structureDifferences } from '../schemas/assessment';
import type { Theme } from '../schemas/theme';
import type { Locales } from '../site/locales';
import type { Section } from './sections';
import type { Entry, EntryFile, RawEntry, SectionData } from './entry';
import { checkReferences, problemOf, resolveFollowUp, type ReferenceProblem, type Unsettled } from './references';
import { chooseOriginal, type OriginalChoice } from './original-language';
import { sections, themedSections, type ThemedSection } from './sections';
import { projectsOf } from './entry-projects';
import { collectionRegistry, type CollectionSpec } from './registry';
import { memoriaError } from '../errors/memoria-error';
import { isInternalPlaceholder } from './audience-loader';

/**
 * The whole memory as indexed maps, built once per build from every collection. Pages read
 * relations and translations from here in constant time instead of scanning all entries.
 */

export type { SectionData, RawEntry, EntryFile, Entry } from './entry';

export type RawCollections = { [S in Section]: RawEntry<SectionData[S]>[] } & { themes: RawEntry<Theme>[] };

export { themedSections, type ThemedSection } from './sections';
export type KeysBySection = { [S in ThemedSection]: string[] };

export interface Relations {
	learningsByProject: Map<string, string[]>;
	callsByProject: Map<string, string[]>;
	postsByProject: Map<string, string[]>;
	callsByLearning: Map<string, string[]>;
	outcomesByProject: Map<string, string[]>;
	outcomesByLearning: Map<string, string[]>;
	outcomesByOrganisation: Map<string, string[]>;
	/**
	 * "learning-key#n" (n counts a learning's recommendations from 1) → the later learnings and
	 * outcomes that show the recommendation was acted on, newest first.
	 */
	followUps: Map<string, { section: 'learnings' | 'outcomes'; key: string }[]>;
	projectsByOrganisation: Map<string, string[]>;
	learningsByOrganisation: Map<string, string[]>;
	callsByOrganisation: Map<string, string[]>;
	/** Series id → post keys ordered by part. */
	postsBySeries: Map<string, string[]>;
	/** Theme id → entries with that theme, per section, newest first. */
	byTheme: Map<string, KeysBySection>;
	/** Country code → projects there, their learnings, outcomes, calls and posts, newest first. */
	byCountry: Map<string, KeysBySection>;
	/** Country code → organisations based there, by name. */
	organisationsByCountry: Map<string, string[]>;
}

export interface ContentGraph {
	locales: Locales;
	entries: { [S in Section]: Map<string, Entry<S>> };
	/** The theme vocabulary, in file order. */
	themes: Map<string, Theme>;
	/** Entry keys of each section in reading order: newest first, organisations and self-assessments by name. */
	ordered: { [S in Section]: string[] };
	/** The same without archived entries: what listings, home and feeds show. */
	listed: { [S in Section]: string[] };
	relations: Relations;
	get<S extends Section>(section: S, key: string): Entry<S> | undefined;
	/** The last part of an entry's address in a language: the shown file's `slug`, else its key. */
	slugOf(section: Section, key: string, language: string): string;
	/** Earlier slugs of an entry in a language, whose addresses redirect to the current one. */
	aliasesOf(section: Section, key: string, language: string): string[];
	/** The file to show a reader of `language`: its file in that language, else the original (a fallback), whatever its language. */
	fileFor<S extends Section>(entry: Entry<S>, language: string): { file: EntryFile<S>; isFallback: boolean };
}

export class ContentGraphError extends Error {
	// A field, not a parameter property: Node's type stripping (how the command runs) has no parameter properties.
	readonly problems: ReferenceProblem[];
	constructor(problems: ReferenceProblem[]) {
		super(problems.map((p) => p.message).join('\n'));
		this.problems = problems;
		this.name = 'ContentGraphError';
	}
}

function push(map: Map<string, string[]>, key: string, value: string) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Each entry with its files, the original being the file original-language.ts chooses. Files of an
 * entry whose original cannot be chosen come back as `unsettled`, for the checks to report.
 */
function groupByKey<S extends Section>(section: S, raw: RawEntry<SectionData[S]>[], locales: Locales) {
	const files = new Map<string, EntryFile<S>[]>();
	// Internal entries of a public build arrive as placeholders: known to exist, never shown.
	const withPlaceholder = new Set<string>();
	for (const r of raw) {
		const { language, key } = locales.splitId(r.id);
		if (isInternalPlaceholder(r.data)) {
			withPlaceholder.add(key);
			continue;
		}
		const file: EntryFile<S> = { section, key, language, filePath: r.filePath, data: r.data, source: r.source };
		files.set(key, [...(files.get(key) ?? []), file]);
	}
	// An entry is internal when none of its files is shown: its original is a placeholder, and so are
	// its translations (a translation of an internal original is never public, visibility.ts).
	const internal = new Set([...withPlaceholder].filter((key) => !files.has(key)));
	const entries = new Map<string, Entry<S>>();
	const unsettled: { file: EntryFile<S>; choice: Extract<OriginalChoice, { problem: string }> }[] = [];
	for (const [key, versions] of files) {
		const choice = chooseOriginal(section, versions, locales.defaultLanguage);
		if ('problem' in choice) {
			for (const file of versions) unsettled.push({ file, choice });
			continue;
		}
		const original = versions.find((v) => v.language === choice.language)!;
		const translations = new Map(versions.filter((v) => v !== original).map((v) => [v.language, v]));
		entries.set(key, { section, key, original, translations });
	}
	return { entries, unsettled, internal };
}

const byDateDesc = (date: (k: string) => Date) => (a: string, b: string) => date(b).getTime() - date(a).getTime() || a.localeCompare(b);

export function buildContentGraph(raw: RawCollections, locales: Locales): ContentGraph {
	const grouped = Object.fromEntries(sections.map((s) => [s, groupByKey(s, raw[s] as RawEntry<SectionData[typeof s]>[], locales)])) as {
		[S in Section]: ReturnType<typeof groupByKey<S>>;
	};
	const entries = Object.fromEntries(sections.map((s) => [s, grouped[s].entries])) as ContentGraph['entries'];

	const themes = new Map(raw.themes.map((t) => [t.id, t.data]));
	const internal = Object.fromEntries(Object.entries(grouped).map(([s, g]) => [s, g.internal])) as Record<Section, Set<string>>;
	const problems = checkReferences(
		entries,
		Object.values(grouped).flatMap((g) => g.unsettled as Unsettled[]),
		new Set(themes.keys()),
		internal,
		locales
	);
	// A translated self-assessment must score like its original: only its words may differ.
	for (const entry of entries.assessments.values()) {
		for (const translation of entry.translations.values()) {
			for (const { params, field } of structureDifferences(entry.original.data, translation.data, entry.original.filePath)) {
				problems.push(problemOf(memoriaError('assessment-translation-mismatch', params, { file: translation.filePath, field }), translation.filePath, field));
			}
		}
	}
	if (problems.length > 0) throw new ContentGraphError(problems);

	const relations: Relations = {
		learningsByProject: new Map(),
		callsByProject: new Map(),
		postsByProject: new Map(),
		callsByLearning: new Map(),
		outcomesByProject: new Map(),
		outcomesByLearning: new Map(),
		outcomesByOrganisation: new Map(),
		followUps: new Map(),
		projectsByOrganisation: new Map(),
		learningsByOrganisation: new Map(),
		callsByOrganisation: new Map(),
		postsBySeries: new Map(),
		byTheme: new Map(),
		byCountry: new Map(),
		organisationsByCountry: new Map(),
	};
	// Dated sections newest first (by the registry's date field); the others by their title or name.
	const orderOf = (section: Section): string[] => {
		const field = (collectionRegistry[section] as CollectionSpec).dateField;
		const data = (k: string) => (entries[section] as Map<string, Entry>).get(k)!.original.data as Record<string, unknown>;
		const keys = [...entries[section].keys()];
		if (field) return keys.sort(byDateDesc((k) => data(k)[field] as Date));
		const label = (k: string) => String(data(k).title ?? data(k).name ?? k);
		return keys.sort((a, b) => label(a).localeCompare(label(b)));
	};
	const ordered = Object.fromEntries(sections.map((s) => [s, orderOf(s)])) as ContentGraph['ordered'];

	// Relations are language-independent: they come from the original file, whatever its language, and are
	// filled in reading order, so every list below is already newest first.
	for (const key of ordered.projects) {
		for (const org of entries.projects.get(key)!.original.data.organisations) push(relations.projectsByOrganisation, org, key);
	}
	for (const key of ordered.learnings) {
		const data = entries.learnings.get(key)!.original.data;
		push(relations.learningsByProject, data.project, key);
		for (const org of data.organisations) push(relations.learningsByOrganisation, org, key);
	}
	for (const key of ordered.outcomes) {
		const data = entries.outcomes.get(key)!.original.data;
		for (const p of data.projects) push(relations.outcomesByProject, p, key);
		for (const l of data.learnings) push(relations.outcomesByLearning, l, key);
		for (const org of data.organisations) push(relations.outcomesByOrganisation, org, key);
	}
	// Follow-ups, newest first across learnings and outcomes; references were checked above.
	const followers = [
		...ordered.learnings.map((key) => ({ section: 'learnings' as const, key, data: entries.learnings.get(key)!.original.data })),
		...ordered.outcomes.map((key) => ({ section: 'outcomes' as const, key, data: entries.outcomes.get(key)!.original.data })),
	].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.key.localeCompare(b.key));
	for (const { section, key, data } of followers) {
		for (const reference of data.followsUp) {
			const target = resolveFollowUp(reference, entries.learnings);
			if (target) {
				const list = relations.followUps.get(target) ?? [];
				list.push({ section, key });
				relations.followUps.set(target, list);
			}
		}
	}
	for (const key of ordered.calls) {
		const data = entries.calls.get(key)!.original.data;
		for (const p of data.projects) push(relations.callsByProject, p, key);
		for (const l of data.learnings) push(relations.callsByLearning, l, key);
		for (const org of data.organisations) push(relations.callsByOrganisation, org, key);
	}
	for (const key of ordered.posts) {
		const data = entries.posts.get(key)!.original.data;
		for (const p of data.projects) push(relations.postsByProject, p, key);
		if (data.series) push(relations.postsBySeries, data.series.id, key);
	}
	// Themes and countries, filled in reading order like everything above.
	const bucket = (map: Map<string, KeysBySection>, id: string) => {
		let keys = map.get(id);
		if (!keys) map.set(id, (keys = Object.fromEntries(themedSections.map((s) => [s, []])) as unknown as KeysBySection));
		return keys;
	};
	for (const section of themedSections) {
		for (const key of ordered[section]) {
			for (const theme of entries[section].get(key)!.original.data.themes) bucket(relations.byTheme, theme)[section].push(key);
		}
	}
	// An entry is in the countries of the projects it belongs to (a project, in its own).
	for (const section of themedSections) {
		for (const key of ordered[section]) {
			const countries = new Set(
				projectsOf(section, key, entries[section].get(key)!.original.data).flatMap((p) => entries.projects.get(p)?.original.data.countries ?? [])
			);
			for (const c of countries) bucket(relations.byCountry, c)[section].push(key);
		}
	}
	for (const key of ordered.organisations) {
		const country = entries.organisations.get(key)!.original.data.country;
		if (country) {
			bucket(relations.byCountry, country);
			push(relations.organisationsByCountry, country, key);
		}
	}

	for (const [id, keys] of relations.postsBySeries) {
		const part = (k: string) => entries.posts.get(k)!.original.data.series!.part;
		relations.postsBySeries.set(
			id,
			keys.sort((a, b) => part(a) - part(b))
		);
	}

	const fileFor: ContentGraph['fileFor'] = (entry, language) => {
		const translated = language === entry.original.language ? entry.original : entry.translations.get(language);
		return translated ? { file: translated, isFallback: false } : { file: entry.original, isFallback: true };
	};
	const fieldOf = (section: Section, key: string, language: string) => {
		const entry = entries[section].get(key) as Entry | undefined;
		return entry ? (fileFor(entry, language).file.data as { slug?: string; aliases?: string[] }) : {};
	};
	const slugOf = (section: Section, key: string, language: string) => fieldOf(section, key, language).slug ?? key;

	// Two entries may not share an address in one language, whether by file name, slug or alias.
	const taken = new Map<string, string>();
	const clashes: ReferenceProblem[] = [];
	for (const section of sections) {
		for (const [key, entry] of entries[section] as Map<string, Entry>) {
			for (const language of locales.languages) {
				const file = fileFor(entry, language).file;
				for (const slug of [slugOf(section, key, language), ...(fieldOf(section, key, language).aliases ?? [])]) {
					const address = `${section}/${language}/${slug}`;
					const other = taken.get(address);
					if (other && other !== file.filePath) {
						const error = memoriaError('duplicate-address', { slug, other }, { file: file.filePath, field: 'slug' });
						clashes.push(problemOf(error, file.filePath, 'slug'));
					} else taken.set(address, file.filePath);
				}
			}
		}
	}
	if (clashes.length > 0) throw new ContentGraphError(clashes);

	const current = <S extends Section>(section: S) =>
		ordered[section].filter((k) => !(entries[section].get(k)!.original.data as { archived?: boolean }).archived);
	const listed = Object.fromEntries(sections.map((s) => [s, current(s)])) as ContentGraph['listed'];

	return {
		locales,
		entries,
		themes,
		ordered,
		listed,
		relations,
		get: (section, key) => entries[section].get(key) as never,
		fileFor,
		slugOf,
		aliasesOf: (section, key, language) => fieldOf(section, key, language).aliases ?? [],
	};
}
