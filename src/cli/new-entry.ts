import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLocales } from '../lib/locales';
import { createUrlBuilder } from '../lib/urls';
import { listEntryFiles } from '../lib/translation-files';
import type { SiteConfig } from '../config/site-config';
import type { KindName } from './new-text';

/**
 * Where each kind of entry lives, and what a new one must not collide with. The layout is the
 * site's: the default language at the root of a collection folder, each other language in a
 * sub-folder at the same path (guides follow Starlight: content/docs/<lang>/guides/).
 */
export interface Kind {
	collection: 'projects' | 'learnings' | 'calls' | 'posts' | 'organisations' | 'assessments' | 'docs';
	/** The file extensions the site reads for this kind; new files get the first. */
	extensions: readonly string[];
	/** Whether the writer names projects: exactly one (a learning), any number, or none. */
	projects: 'one' | 'many' | 'none';
}

export const kinds: Record<KindName, Kind> = {
	project: { collection: 'projects', extensions: ['md', 'mdx'], projects: 'none' },
	learning: { collection: 'learnings', extensions: ['md', 'mdx'], projects: 'one' },
	call: { collection: 'calls', extensions: ['md', 'mdx'], projects: 'many' },
	post: { collection: 'posts', extensions: ['md', 'mdx'], projects: 'many' },
	guide: { collection: 'docs', extensions: ['md', 'mdx'], projects: 'none' },
	organisation: { collection: 'organisations', extensions: ['yaml', 'yml', 'json'], projects: 'none' },
	assessment: { collection: 'assessments', extensions: ['md', 'mdx'], projects: 'none' },
};

type Languages = Pick<SiteConfig, 'languages' | 'defaultLanguage'>;

/** The folder of a kind in a language, relative to the project root. */
export function kindFolder(kind: KindName, language: string, config: Languages): string {
	const sub = language === config.defaultLanguage ? '' : `/${language}`;
	return kinds[kind].collection === 'docs' ? `content/docs${sub}/guides` : `content/${kinds[kind].collection}${sub}`;
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

/** The projects a learning, call or post can name: id and title, in the given language when translated. */
export function listProjects(root: string, config: Languages, language: string): { id: string; title: string }[] {
	return listEntryFiles(root, config.languages, config.defaultLanguage)
		.filter((entry) => entry.collection === 'projects')
		.map((entry) => ({
			id: entry.key,
			title: entry.files.get(language)?.title ?? entry.files.get(config.defaultLanguage)?.title ?? entry.key,
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
	const path = join(root, 'content', 'themes.yaml');
	if (!existsSync(path)) return [];
	try {
		const data = parse(readFileSync(path, 'utf8')) as unknown;
		return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
	} catch {
		return []; // a broken vocabulary is the build's to report, not the scaffolder's
	}
}

/** The address of the new page on the development server (npm run dev), base path included. */
export function pageAddress(kind: KindName, slug: string, language: string, config: SiteConfig): string {
	const urls = createUrlBuilder(createLocales(config), config.base);
	const collection = kinds[kind].collection;
	return collection === 'docs' ? urls.page(`guides/${slug}`, language) : urls.entry(collection, slug, language);
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
