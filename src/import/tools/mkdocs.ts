import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlObject } from '../read-front-matter';
import type { SourcePage, SourceSite } from '../source-site';
import { baseName, folderOf, joinPath, languageFolder, languageSuffix, markdownUnder, readPage, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * MkDocs and Material for MkDocs: mkdocs.yml (its `docs_dir`, its `nav`, the language of its
 * theme), pages in docs/, translations by mkdocs-static-i18n, either as `page.es.md` beside the
 * page (its default "suffix" structure) or in language folders (`docs_structure: folder`).
 */

const configNames = ['mkdocs.yml', 'mkdocs.yaml'];

interface I18nSettings {
	structure: 'suffix' | 'folder';
	defaultLanguage?: string;
}

/** mkdocs-static-i18n's settings, as its 1.x releases write them (a list of locales) and as 0.x did (default_language). */
function i18nSettings(plugins: unknown): I18nSettings | undefined {
	const list = Array.isArray(plugins) ? plugins : plugins && typeof plugins === 'object' ? [plugins] : [];
	for (const entry of list) {
		if (entry === 'i18n') return { structure: 'suffix' };
		if (!entry || typeof entry !== 'object' || !('i18n' in entry)) continue;
		const options = ((entry as { i18n: unknown }).i18n ?? {}) as Record<string, unknown>;
		const languages = Array.isArray(options.languages) ? (options.languages as Record<string, unknown>[]) : [];
		const marked = languages.find((l) => l?.default === true)?.locale;
		const defaultLanguage = typeof marked === 'string' ? marked : typeof options.default_language === 'string' ? options.default_language : undefined;
		return { structure: options.docs_structure === 'folder' ? 'folder' : 'suffix', ...(defaultLanguage ? { defaultLanguage } : {}) };
	}
	return undefined;
}

/** The pages of `nav` in the order it lists them, each with the label it gives. */
function navOrder(nav: unknown): { path: string; label?: string }[] {
	const found: { path: string; label?: string }[] = [];
	const walk = (items: unknown) => {
		if (!Array.isArray(items)) return;
		for (const item of items) {
			if (typeof item === 'string') found.push({ path: item });
			else if (item && typeof item === 'object') {
				for (const [label, value] of Object.entries(item)) {
					if (typeof value === 'string') found.push({ path: value, label });
					else walk(value);
				}
			}
		}
	};
	walk(nav);
	return found.filter((entry) => !/^[a-z][a-z0-9+.-]*:/i.test(entry.path));
}

export const mkdocs: ToolReader = {
	tool: 'mkdocs',
	detect: (root) => configNames.find((name) => existsSync(join(root, name))),
	read(root, evidence, { siteLanguages }) {
		const config = yamlObject(readFileSync(join(root, evidence), 'utf8'));
		const docs = typeof config.docs_dir === 'string' ? config.docs_dir.replace(/^\.\/|\/$/g, '') : 'docs';
		const i18n = i18nSettings(config.plugins);
		const theme = (config.theme ?? {}) as { language?: unknown };
		const defaultLanguage = i18n?.defaultLanguage ?? (typeof theme.language === 'string' ? theme.language : undefined);
		const directoryUrls = config.use_directory_urls !== false;

		const nav = new Map<string, { order: number; label?: string }>();
		navOrder(config.nav).forEach((entry, i) => {
			const key = withoutExtension(languageFolder(entry.path.replace(/^\.?\//, ''), siteLanguages).path);
			if (!nav.has(key)) nav.set(key, { order: i + 1, ...(entry.label ? { label: entry.label } : {}) });
		});

		const site: SourceSite = {
			tool: 'mkdocs',
			evidence,
			root,
			...(defaultLanguage ? { defaultLanguage } : {}),
			pages: [],
			skipped: [],
			publicFolders: [docs],
			contentFolders: [{ folder: docs }],
			toolOnlyFields: ['hide', 'template', 'status', 'icon', 'search', 'comments', 'social', 'subtitle'],
			addressFields: [],
			fields: {
				title: ['title'],
				description: ['description'],
				order: [],
				label: [],
				draft: [{ field: 'draft', value: true }],
				updated: ['date.updated', 'date.created', 'date'],
				published: ['date.created', 'date'],
				authors: ['authors', 'author'],
			},
			dialect: 'mkdocs',
		};

		// Each file's place (without language) and language first, so README.md can become an index only where there is none.
		const found: { path: string; relative: string; language?: string }[] = [];
		for (const path of markdownUnder(root, docs)) {
			let relative = withoutExtension(path.slice(docs.length + 1));
			let language: string | undefined;
			if (i18n?.structure === 'folder') ({ path: relative, language } = languageFolder(relative, siteLanguages));
			else if (i18n) {
				const suffix = languageSuffix(baseName(relative), siteLanguages);
				if (suffix.language) [relative, language] = [joinPath(folderOf(relative), suffix.name), suffix.language];
			}
			found.push({ path, relative, ...(language ? { language } : {}) });
		}
		const taken = new Set(found.map((f) => `${f.language ?? ''}:${f.relative}`));
		for (const { path, language, ...rest } of found) {
			let relative = rest.relative;
			// MkDocs serves README.md as its folder's index when there is no index.md.
			const index = joinPath(folderOf(relative), 'index');
			if (baseName(relative).toLowerCase() === 'readme' && !taken.has(`${language ?? ''}:${index}`)) relative = index;
			const read = readPage(root, path);
			if (read.skipped) {
				site.skipped.push(read.skipped);
				continue;
			}
			const place = relative.replace(/(^|\/)index$/, '');
			const prefix = language && language !== defaultLanguage ? `/${language}` : '';
			const address = directoryUrls ? `${prefix}/${place}${place ? '/' : ''}` : `${prefix}/${relative}.html`;
			const page: SourcePage = {
				...read.page!,
				key: relative,
				...(language ? { language } : {}),
				addresses: [address],
				...(nav.has(relative) ? { nav: nav.get(relative)! } : {}),
			};
			site.pages.push(page);
		}
		return site;
	},
};
