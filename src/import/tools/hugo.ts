import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tomlObject, yamlObject } from '../read-front-matter';
import type { SourceSite } from '../source-site';
import { baseName, folderOf, joinPath, languageSuffix, markdownUnder, readPage, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * Hugo: its configuration (hugo.toml, or the older config.toml, in TOML, YAML or JSON, or split
 * in config/_default/), pages in content/ with TOML, YAML or JSON front matter, translations as
 * `page.es.md` beside the page or in a language's own contentDir, paired by path or by
 * `translationKey`; `_index.md` is a section's own page, `weight` orders pages, images sit in a
 * page's bundle or in static/.
 */

const rootConfigs = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
/** The older names, also used by other tools: Hugo's only beside a content/ folder. */
const olderConfigs = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

function readConfig(path: string): Record<string, unknown> {
	const text = readFileSync(path, 'utf8');
	if (path.endsWith('.toml')) return tomlObject(text);
	if (path.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>;
	return yamlObject(text);
}

/** Hugo's settings are case-insensitive: defaultContentLanguage, defaultcontentlanguage. */
const get = (object: Record<string, unknown> | undefined, name: string) =>
	object ? Object.entries(object).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] : undefined;

/** The settings from every file that holds them, the root's first and config/_default/'s after. */
function settings(root: string, evidence: string): Record<string, unknown> {
	const merged: Record<string, unknown> = {};
	if (!evidence.startsWith('config/')) Object.assign(merged, readConfig(join(root, evidence)));
	const defaults = join(root, 'config/_default');
	if (isFolder(defaults)) {
		for (const name of [...rootConfigs, ...olderConfigs]) if (existsSync(join(defaults, name))) Object.assign(merged, readConfig(join(defaults, name)));
		for (const name of ['languages.toml', 'languages.yaml', 'languages.yml', 'languages.json'])
			if (existsSync(join(defaults, name))) merged.languages = readConfig(join(defaults, name));
	}
	return merged;
}

export const hugo: ToolReader = {
	tool: 'hugo',
	detect(root) {
		const config = rootConfigs.find((name) => existsSync(join(root, name)));
		if (config) return config;
		const older = olderConfigs.find((name) => existsSync(join(root, name)));
		if (older && (isFolder(join(root, 'content')) || isFolder(join(root, 'archetypes')))) return older;
		return isFolder(join(root, 'config/_default')) ? 'config/_default/' : undefined;
	},
	read(root, evidence, { siteLanguages }) {
		const config = settings(root, evidence);
		const setting = get(config, 'defaultContentLanguage');
		const defaultLanguage = typeof setting === 'string' ? setting : undefined;
		const contentDir = String(get(config, 'contentDir') ?? 'content').replace(/^\.\/|\/$/g, '');
		const languages = (get(config, 'languages') ?? {}) as Record<string, Record<string, unknown>>;
		const known = [...siteLanguages, ...Object.keys(languages)];
		// A language with a contentDir of its own keeps its pages there, at the same paths.
		const folders: { folder: string; language?: string }[] = [{ folder: contentDir }];
		for (const [code, options] of Object.entries(languages)) {
			const own = get(options, 'contentDir');
			if (typeof own === 'string' && own.replace(/^\.\/|\/$/g, '') !== contentDir) folders.push({ folder: own.replace(/^\.\/|\/$/g, ''), language: code });
		}
		const site: SourceSite = {
			tool: 'hugo',
			evidence,
			root,
			...(defaultLanguage ? { defaultLanguage } : {}),
			pages: [],
			skipped: [],
			publicFolders: ['static'],
			contentFolders: folders,
			toolOnlyFields: ['type', 'layout', 'outputs', 'cascade', 'headless', 'build', '_build', 'markup', 'resources', 'sitemap', 'menu', 'menus', 'expiryDate'],
			addressFields: ['slug', 'url', 'aliases'],
			fields: {
				title: ['title'],
				description: ['description', 'summary'],
				order: ['weight'],
				label: ['linkTitle'],
				draft: [{ field: 'draft', value: true }],
				updated: ['lastmod', 'date'],
				published: ['date', 'publishDate'],
				authors: ['authors', 'author'],
			},
			dialect: 'hugo',
		};

		// Folders inside another (content/es inside content) belong to their own language only.
		const byDepth = [...folders].sort((a, b) => b.folder.length - a.folder.length);
		const seen = new Set<string>();
		for (const { folder, language: folderLanguage } of byDepth) {
			for (const path of markdownUnder(root, folder)) {
				if (seen.has(path)) continue;
				seen.add(path);
				const read = readPage(root, path);
				if (read.skipped) {
					site.skipped.push(read.skipped);
					continue;
				}
				const inside = withoutExtension(path.slice(folder.length + 1));
				const suffix = languageSuffix(baseName(inside), known);
				const language = folderLanguage ?? suffix.language;
				// "_index" is a section's own page (its list page); "index" a page bundle's.
				const name = suffix.name === '_index' ? 'index' : suffix.name;
				const key = joinPath(folderOf(inside), name);
				const data = { ...read.page!.data };
				const translationKey = typeof data.translationKey === 'string' ? data.translationKey : undefined;
				delete data.translationKey;
				const prefix = language && language !== defaultLanguage ? `/${language}` : '';
				const slug = typeof data.slug === 'string' ? data.slug : name;
				const place = name === 'index' ? folderOf(inside) : joinPath(folderOf(inside), slug);
				const addresses = [typeof data.url === 'string' ? data.url : `${prefix}/${place}${place ? '/' : ''}`];
				if (Array.isArray(data.aliases)) addresses.push(...data.aliases.filter((a): a is string => typeof a === 'string'));
				site.pages.push({
					...read.page!,
					data,
					key,
					...(language ? { language } : {}),
					...(translationKey ? { translationKey } : {}),
					addresses,
				});
			}
		}
		site.pages.sort((a, b) => a.path.localeCompare(b.path));
		return site;
	},
};
