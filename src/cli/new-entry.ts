import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLocales } from '../site/locales';
import { createUrlBuilder } from '../site/urls';
import { listEntryFiles } from '../translation-status/translation-files';
import type { SiteConfig } from '../config/site-config';
import { registryEntries, type CollectionName, type KindName } from '../model/registry';
import { collectionFolder } from '../model/content-sources';
import { sections, type Section } from '../model/sections';
import { siteLayout } from '../config/site-layout';

/**
 * Where each kind of entry lives, and what a new one must not collide with, from the collection
 * registry. The layout is the site's: the default language at the root of a collection folder,
 * each other language in a sub-folder at the same path (guides follow Starlight:
 * content/docs/<lang>/guides/).
 */
export interface Kind {
	collection: CollectionName;
	/** The file extensions the site reads for this kind; new files get the first. */
	extensions: readonly string[];
	/** Whether the writer names projects: exactly one (a learning), any number, or none. */
	projects: 'one' | 'many' | 'none';
	/** The sub-folder new files go in, inside the collection's folder. */
	newFilesIn?: string;
}

export const kinds = Object.fromEntries(
	registryEntries().map(([collection, spec]): [KindName, Kind] => [
		spec.kind as KindName,
		{
			collection,
			extensions: spec.format === 'data' ? ['yaml', 'yml', 'json'] : ['md', 'mdx'],
			projects: typeof spec.projects === 'object' ? spec.projects.count : 'none',
			...(spec.newFilesIn ? { newFilesIn: spec.newFilesIn } : {}),
		},
	])
) as Record<KindName, Kind>;

/** Every kind, in the registry's order: the menu `memoria new` shows. */
export const kindNames = Object.keys(kinds) as KindName[];

type Languages = Pick<SiteConfig, 'languages' | 'defaultLanguage'>;

/** The folder of a kind in a language, relative to the project root. */
export function kindFolder(kind: KindName, language: string, config: Languages): string {
	const sub = language === config.defaultLanguage ? '' : `/${language}`;
	const { newFilesIn } = kinds[kind];
	return `${collectionFolder(kinds[kind].collection)}${sub}${newFilesIn ? `/${newFilesIn}` : ''}`;
}

/** Where a new entry goes, relative to the project root. */
export const entryPath = (kind: KindName, slug: string, language: string, config: Languages) =>
	`${kindFolder(kind, language, config)}/${slug}.${kinds[kind].extensions[0]}`;

/** Files that already use this id, in any language: a new file must neither replace one nor silently become its translation. */
export function filesWithId(root: string, kind: KindName, slug: string, config: Languages): { path: string; language: string }[] {
	return config.languages.flatMap((language) =>
		kinds[kind].extensions
			.map((extension) => `${kindFolder(kind, language, config)}/${slug}.${extension}`)
			.filter((path) => existsSync(join(root, path)))
			.map((path) => ({ path, language }))
	);
}

/**
 * The projects a learning, call or post can name: id and title, in the given language when
 * translated, else the default language's, else the title of whatever file it has (a project may
 * be written first in any language).
 */
export function listProjects(root: string, config: Languages, language: string): { id: string; title: string }[] {
	return listEntryFiles(root, config.languages, config.defaultLanguage)
		.filter((entry) => entry.collection === 'projects')
		.map((entry) => ({
			id: entry.key,
			title:
				entry.files.get(language)?.title ??
				entry.files.get(config.defaultLanguage)?.title ??
				[...entry.files.values()].find((f) => f.title)?.title ??
				entry.key,
		}));
}

/** Ids of the organisations, for the templates' help. */
export function listOrganisations(root: string, config: Languages): string[] {
	return listEntryFiles(root, config.languages, config.defaultLanguage)
		.filter((entry) => entry.collection === 'organisations')
		.map((entry) => entry.key);
}

/** Theme ids of the vocabulary in content/themes.yaml, for the templates' help. */
export function listThemes(root: string): string[] {
	const path = join(siteLayout(root).content, 'themes.yaml');
	if (!existsSync(path)) return [];
	try {
		const data = parse(readFileSync(path, 'utf8')) as unknown;
		return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
	} catch {
		return []; // a broken vocabulary is the build's to report, not the scaffolder's
	}
}

/** The address of the new page on the development server (memoria dev), base path included. */
export function pageAddress(kind: KindName, slug: string, language: string, config: SiteConfig): string {
	const urls = createUrlBuilder(createLocales(config), config.base);
	const { collection, newFilesIn } = kinds[kind];
	// A collection Starlight routes (guides) is addressed by its path under content/docs/.
	return (sections as readonly string[]).includes(collection)
		? urls.entry(collection as Section, slug, language)
		: urls.page(`${newFilesIn ? `${newFilesIn}/` : ''}${slug}`, language);
}

/** Today in the writer's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar day written YYYY-MM-DD (not 2024-02-31). */
export function isCalendarDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A language's name in the writer's language: "es" → "Spanish" or "español". */
export function languageName(code: string, inLanguage: string): string {
	return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
}
