import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceSite } from '../source-site';
import { baseName, folderOf, joinPath, markdownUnder, pageOrSkipped, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * Docusaurus: docs in docs/, each translation at the same path under
 * i18n/<locale>/docusaurus-plugin-content-docs/current/, images in the page's folder or in
 * static/. Its configuration is JavaScript, which is never run here: the default locale, the
 * docs folder and their address are read from it as text, with Docusaurus's defaults otherwise.
 */

const configNames = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts'];

/** A quoted value of a setting in the configuration's text: `defaultLocale: 'es'`. */
const setting = (text: string, name: string) => new RegExp(`\\b${name}\\s*:\\s*['"\`]([^'"\`]*)['"\`]`).exec(text)?.[1];

/**
 * "01-intro" → intro, ordered 1: Docusaurus's number prefixes order pages and leave their
 * addresses (its numberPrefixParser); a version number such as "1.2-notes" is not one.
 */
export function numberPrefix(name: string): { name: string; order?: number } {
	const match = /^(\d+)\s*[-_.]+\s*([^-_.\s\d].*)$/.exec(name);
	return match ? { name: match[2]!, order: Number(match[1]) } : { name };
}

export const docusaurus: ToolReader = {
	tool: 'docusaurus',
	detect: (root) => configNames.find((name) => existsSync(join(root, name))),
	read(root, evidence) {
		const config = readFileSync(join(root, evidence), 'utf8');
		// The docs plugin's own block, where `path` and `routeBasePath` are the docs' and not the blog's.
		const docsBlock = /\bdocs\s*:\s*\{([^{}]*)\}/.exec(config)?.[1] ?? '';
		const docs = (setting(docsBlock, 'path') ?? 'docs').replace(/^\.\/|\/$/g, '');
		const routeBase = (setting(docsBlock, 'routeBasePath') ?? 'docs').replace(/^\/|\/$/g, '');
		const defaultLanguage = setting(config, 'defaultLocale');

		const i18n = 'i18n';
		const translated = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current\//;
		const folders: { folder: string; language?: string }[] = [{ folder: docs }];
		const site: SourceSite = {
			tool: 'docusaurus',
			evidence,
			root,
			...(defaultLanguage ? { defaultLanguage } : {}),
			pages: [],
			skipped: [],
			publicFolders: ['static'],
			contentFolders: folders,
			toolOnlyFields: [
				'id',
				'sidebar_class_name',
				'sidebar_custom_props',
				'displayed_sidebar',
				'hide_title',
				'hide_table_of_contents',
				'toc_min_heading_level',
				'toc_max_heading_level',
				'pagination_label',
				'pagination_next',
				'pagination_prev',
				'custom_edit_url',
				'parse_number_prefixes',
				'unlisted',
				'image',
			],
			addressFields: ['slug'],
			fields: {
				title: ['title'],
				description: ['description'],
				order: ['sidebar_position'],
				label: ['sidebar_label'],
				draft: [{ field: 'draft', value: true }],
				updated: ['last_update.date'],
				published: ['date'],
				authors: ['authors', 'author'],
			},
			dialect: 'docusaurus',
		};

		const files = [...markdownUnder(root, docs), ...markdownUnder(root, i18n).filter((path) => translated.test(path))];
		for (const path of files) {
			const locale = translated.exec(path)?.[1];
			const inside = locale ? path.replace(translated, '') : path.slice(docs.length + 1);
			if (locale) folders.push({ folder: `${i18n}/${locale}/docusaurus-plugin-content-docs/current`, language: locale });
			const page = pageOrSkipped(root, path, inside, site.skipped);
			if (!page) continue;
			const parts = withoutExtension(inside).split('/').map(numberPrefix);
			const key = parts.map((p) => p.name).join('/');
			const order = parts.at(-1)!.order;
			// index.md, README.md and a file named as its folder are the folder's own page.
			const name = baseName(key);
			const folder = folderOf(key);
			const isIndex = ['index', 'readme'].includes(name.toLowerCase()) || (folder !== '' && baseName(folder) === name);
			const slug = typeof page.data.slug === 'string' ? page.data.slug : undefined;
			const place = slug === undefined ? `/${isIndex ? folder : key}` : slug.startsWith('/') ? slug : `/${joinPath(folder, slug)}`;
			const prefix = locale && locale !== defaultLanguage ? `/${locale}` : '';
			site.pages.push({
				...page,
				key,
				...(locale ? { language: locale } : {}),
				...(order !== undefined ? { nav: { order } } : {}),
				addresses: [`${prefix}/${joinPath(routeBase, place.replace(/^\//, ''))}`],
			});
		}
		site.contentFolders = [...new Map(folders.map((f) => [f.folder, f])).values()];
		return site;
	},
};
