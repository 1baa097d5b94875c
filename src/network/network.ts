import { slug } from 'github-slugger';
import { memoriaError } from '../errors/memoria-error';
import { collectionRegistry, type CollectionSpec } from '../model/registry';
import { sections, taxonomies, type Section } from '../model/sections';
import type { Locales } from '../site/locales';
import type { UrlBuilder } from '../site/urls';
import { exportFile, type ExportedEntry, type Manifest } from './format';
import type { MirroredMember } from './mirror';
import type { PullRecord } from './pull-record';

/**
 * A hub's network, indexed once per build from the mirror (src/network/mirror.ts) into maps that
 * every network page reads: members, each member's copies per hub language with their paths and
 * references, themes by name across members, countries, lessons by theme. Pages look things up;
 * nothing scans every member's entries per page (a hub of 10 members × 500 entries per language).
 */

export interface NetworkMember {
	id: string;
	name: string;
	country: string | undefined;
	description: Record<string, string>;
	licence: Manifest['licence'];
	/** The member's public address with its base path, ending in "/", when it has one. */
	siteUrl: string | undefined;
	/** The member's base path ("/", "/memoria/"), which its relative links start with. */
	base: string;
	languages: readonly string[];
	defaultLanguage: string;
	pull: PullRecord | undefined;
	search: 'merged' | 'hub-indexed' | undefined;
	/** Entries per section in the member's default language (every language has the same entries). */
	counts: Record<Section, number>;
	total: number;
}

export interface CopyEntry {
	member: string;
	section: Section;
	id: string;
	/** The page's path on the member's site, without its language's prefix, ending in "/". */
	path: string;
	/** The copy's address on the hub, in the hub language of the view it belongs to. */
	href: string;
	title: string;
	summary: string | undefined;
	date: Date | undefined;
	/** The language of the text (the member's export's, or its original's for an untranslated entry). */
	language: string;
	themes: { key: string; label: string }[];
	countries: string[];
	/** A learning's lesson, for what the network learned. */
	lesson: string | undefined;
	/** The original page's address, when the member has a public one. */
	original: string | undefined;
	data: ExportedEntry;
}

/** One member's copies as the hub shows them in one of its languages. */
export interface MemberView {
	member: NetworkMember;
	/** The hub's language. */
	language: string;
	/** The member's export shown: the hub's language when the member has it, otherwise the member's default one. */
	exportLanguage: string;
	entries: CopyEntry[];
	bySection: Record<Section, CopyEntry[]>;
	byPath: Map<string, CopyEntry>;
	/** By "section/id", for references between the member's entries. */
	byRef: Map<string, CopyEntry>;
}

export interface ThemeGroup {
	key: string;
	label: string;
	entries: CopyEntry[];
	learnings: CopyEntry[];
	/** The members with an entry on it, in the hub's order. */
	members: string[];
}

export interface CountryGroup {
	code: string;
	members: NetworkMember[];
	entries: CopyEntry[];
}

export interface Network {
	hubName: string;
	members: NetworkMember[];
	member(id: string): NetworkMember | undefined;
	view(member: string, language: string): MemberView | undefined;
	themes(language: string): ThemeGroup[];
	theme(language: string, key: string): ThemeGroup | undefined;
	countries(language: string): CountryGroup[];
	country(language: string, code: string): CountryGroup | undefined;
}

const emptySections = (): Record<Section, CopyEntry[]> => Object.fromEntries(sections.map((s) => [s, []])) as unknown as Record<Section, CopyEntry[]>;

/** A theme's key across members: its name in lower case, without accents or punctuation ("Participación" → "participacion"). */
export function themeKey(label: string): string {
	return slug(label.normalize('NFD').replace(/\p{M}/gu, ''));
}

const isoDay = /^\d{4}-\d{2}-\d{2}/;
function dateOf(value: unknown): Date | undefined {
	if (typeof value !== 'string' || !isoDay.test(value)) return undefined;
	const date = new Date(value.slice(0, 10));
	return Number.isNaN(date.getTime()) ? undefined : date;
}
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const webAddress = (value: unknown) => (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : undefined);
const countryCodes = (value: unknown) => (Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string' && /^[A-Z]{2}$/.test(c)) : []);
const referenceIds = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value]).flatMap((item) =>
		item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []
	);

/** The words of the network's own pages under its word: a member id that is one of them would lose its page. */
function reservedWords(locales: Locales): Map<string, string> {
	const words = new Map<string, string>();
	for (const language of locales.languages) {
		for (const view of [...taxonomies, 'synthesis'] as const)
			words.set(locales.slug(view, language), `/${locales.slug('network', language)}/${locales.slug(view, language)}/`);
	}
	return words;
}

export function buildNetwork(mirrored: readonly MirroredMember[], hubName: string, locales: Locales, urls: UrlBuilder): Network {
	const reserved = reservedWords(locales);
	const members: NetworkMember[] = [];
	const views = new Map<string, MemberView>();
	const viewKey = (member: string, language: string) => `${language}\u0000${member}`;

	for (const { id, copy } of mirrored) {
		const word = reserved.get(id);
		if (word) throw memoriaError('network-member-id-reserved', { member: id, words: word });
		const manifest = copy?.manifest;
		const base = manifest?.site.base ?? '/';
		const siteUrl = manifest?.site.url ? new URL(base, manifest.site.url).href : undefined;
		const defaultExport = copy?.exports.get(manifest!.defaultLanguage);
		const counts = Object.fromEntries(sections.map((s) => [s, ((defaultExport?.[s] as ExportedEntry[] | undefined) ?? []).length])) as Record<Section, number>;
		const member: NetworkMember = {
			id,
			name: manifest?.organisation.name ?? id,
			country: manifest?.organisation.country,
			description: manifest?.organisation.description ?? {},
			licence: manifest?.licence ?? null,
			siteUrl,
			base,
			languages: manifest?.languages ?? [],
			defaultLanguage: manifest?.defaultLanguage ?? locales.defaultLanguage,
			pull: copy?.pull,
			search: copy?.search,
			counts,
			total: Object.values(counts).reduce((a, b) => a + b, 0),
		};
		members.push(member);
		if (!copy) continue;

		for (const language of locales.languages) {
			const exportLanguage = copy.exports.has(language) ? language : manifest!.defaultLanguage;
			const memory = copy.exports.get(exportLanguage)!;
			const view: MemberView = { member, language, exportLanguage, entries: [], bySection: emptySections(), byPath: new Map(), byRef: new Map() };
			for (const section of sections) {
				const spec = collectionRegistry[section] as CollectionSpec;
				for (const data of (memory[section] as ExportedEntry[] | undefined) ?? []) {
					const path = data.path.endsWith('/') ? data.path : `${data.path}/`;
					if (view.byPath.has(path)) {
						throw memoriaError(
							'network-mirror-invalid',
							{
								member: id,
								file: `${id}/${exportFile(exportLanguage)}`,
								problem: { en: `two entries have the path "${path}".`, es: `dos entradas tienen la ruta "${path}".` },
							},
							{ file: `${id}/${exportFile(exportLanguage)}` }
						);
					}
					const entry: CopyEntry = {
						member: id,
						section,
						id: data.id,
						path,
						href: urls.network(language, id, path),
						title: data.title,
						summary: text(data.summary) ?? text(data.description),
						date: dateOf(spec.dateField ? data[spec.dateField] : undefined),
						language: data.language,
						themes: (data.themes ?? []).flatMap((theme) => (themeKey(theme.label) ? [{ key: themeKey(theme.label), label: theme.label }] : [])),
						countries: countryCodes(data.countries ?? (section === 'organisations' ? [data.country] : undefined)),
						lesson: section === 'learnings' ? text(data.lesson) : undefined,
						original: webAddress(data.url),
						data,
					};
					view.entries.push(entry);
					view.bySection[section].push(entry);
					view.byPath.set(path, entry);
					view.byRef.set(`${section}/${data.id}`, entry);
				}
			}
			// An entry without countries of its own is where its projects are.
			for (const entry of view.entries) {
				if (entry.countries.length > 0 || entry.section === 'organisations') continue;
				const projects = [...referenceIds(entry.data.project), ...referenceIds(entry.data.projects)];
				entry.countries = [...new Set(projects.flatMap((p) => view.byRef.get(`projects/${p}`)?.countries ?? []))];
			}
			views.set(viewKey(id, language), view);
		}
	}

	// Themes and countries across members, once per hub language.
	const themes = new Map<string, Map<string, ThemeGroup>>();
	const countries = new Map<string, Map<string, CountryGroup>>();
	for (const language of locales.languages) {
		const byTheme = new Map<string, ThemeGroup>();
		const byCountry = new Map<string, CountryGroup>();
		const country = (code: string) => {
			let group = byCountry.get(code);
			if (!group) byCountry.set(code, (group = { code, members: [], entries: [] }));
			return group;
		};
		for (const member of members) {
			if (member.country) country(member.country).members.push(member);
			for (const entry of views.get(viewKey(member.id, language))?.entries ?? []) {
				for (const theme of entry.themes) {
					let group = byTheme.get(theme.key);
					if (!group) byTheme.set(theme.key, (group = { key: theme.key, label: theme.label, entries: [], learnings: [], members: [] }));
					group.entries.push(entry);
					if (entry.section === 'learnings' && entry.lesson) group.learnings.push(entry);
					if (!group.members.includes(member.id)) group.members.push(member.id);
				}
				if (entry.section !== 'organisations') for (const code of entry.countries) country(code).entries.push(entry);
			}
		}
		themes.set(language, byTheme);
		countries.set(language, byCountry);
	}
	const byId = new Map(members.map((m) => [m.id, m]));
	const sorted = <T>(items: Iterable<T>, label: (item: T) => string, language: string) => [...items].sort((a, b) => label(a).localeCompare(label(b), language));

	return {
		hubName,
		members,
		member: (id) => byId.get(id),
		view: (member, language) => views.get(viewKey(member, language)),
		themes: (language) => sorted(themes.get(language)?.values() ?? [], (t) => t.label, language),
		theme: (language, key) => themes.get(language)?.get(key),
		countries: (language) => [...(countries.get(language)?.values() ?? [])],
		country: (language, code) => countries.get(language)?.get(code),
	};
}
