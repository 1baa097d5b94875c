import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidePath } from '../../lib/guide-path';
import type { SourceSite } from '../source-site';
import { joinPath, languageFolder, markdownUnder, pageOrSkipped, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * Starlight: pages in src/content/docs/, each language but the root one in its own folder
 * (src/content/docs/es/), images in src/assets/ or beside the page, files in public/. Its
 * frontmatter is already the one Memoria's guides use, and its asides already Starlight's.
 * astro.config.* is JavaScript, never run here: the root locale's language is read from it as text.
 */

const docs = 'src/content/docs';
const configNames = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs'];

/** The language of the root locale, or the default locale's, as the configuration writes them. */
function rootLanguage(config: string): string | undefined {
	const root = /\broot\s*:\s*\{[^}]*?\blang\s*:\s*['"]([^'"]+)['"]/.exec(config)?.[1];
	if (root) return root;
	const fallback = /\bdefaultLocale\s*:\s*['"]([^'"]+)['"]/.exec(config)?.[1];
	return fallback && fallback !== 'root' ? fallback : undefined;
}

export const starlight: ToolReader = {
	tool: 'starlight',
	detect(root) {
		if (!existsSync(join(root, docs))) return undefined;
		const config = configNames.find((name) => existsSync(join(root, name)));
		return config && readFileSync(join(root, config), 'utf8').includes('starlight') ? config : undefined;
	},
	read(root, evidence, { siteLanguages }) {
		const defaultLanguage = rootLanguage(readFileSync(join(root, evidence), 'utf8'));
		const site: SourceSite = {
			tool: 'starlight',
			evidence,
			root,
			...(defaultLanguage ? { defaultLanguage } : {}),
			pages: [],
			skipped: [],
			publicFolders: ['public'],
			// src/ holds the images pages show (src/assets/): they keep their place below it.
			contentFolders: [{ folder: docs }, { folder: 'src' }],
			toolOnlyFields: [],
			addressFields: ['slug'],
			fields: {
				title: ['title'],
				description: ['description'],
				order: ['sidebar.order'],
				label: ['sidebar.label'],
				draft: [{ field: 'draft', value: true }],
				updated: ['lastUpdated'],
				published: [],
				authors: [],
			},
			dialect: 'starlight',
		};
		for (const path of markdownUnder(root, docs)) {
			const page = pageOrSkipped(root, path, path, site.skipped);
			if (!page) continue;
			const { path: key, language } = languageFolder(withoutExtension(path.slice(docs.length + 1)), siteLanguages);
			const slug = typeof page.data.slug === 'string' ? page.data.slug : guidePath(key);
			// A page of the default locale has no prefix with a root locale, and its locale's without one.
			const addresses = [`/${joinPath(language ?? '', slug)}/`];
			if (language === undefined || language === defaultLanguage) addresses.push(`/${slug}/`);
			site.pages.push({ ...page, key, ...(language ? { language } : {}), addresses });
		}
		return site;
	},
};
