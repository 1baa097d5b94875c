import type { SourceSite } from '../source-site';
import { baseName, folderOf, joinPath, languageFolder, languageSuffix, markdownUnder, readPage, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * A folder of Markdown files kept by hand, in one of the three ways people pair translations:
 * a folder per language (`en/`, `es/`), the default language at the top with `es/` beside it,
 * or `page.es.md` beside `page.md`. No tool's settings: the source's language is the one given
 * with --lang, else the site's default language. README.md is its folder's page, as on GitHub.
 */

/** Folders of a repository that hold no pages to publish. */
const notPages = ['.github/**', '.vscode/**', 'vendor/**', 'dist/**', 'build/**'];

export const plainFolder: ToolReader = {
	tool: 'plain',
	detect: (root) => (markdownUnder(root, '', notPages).length > 0 ? '*.md' : undefined),
	read(root, evidence, { siteLanguages }) {
		const site: SourceSite = {
			tool: 'plain',
			evidence,
			root,
			pages: [],
			skipped: [],
			publicFolders: [''],
			contentFolders: [{ folder: '' }],
			toolOnlyFields: [],
			addressFields: ['slug', 'permalink'],
			fields: {
				title: ['title'],
				description: ['description', 'summary'],
				order: ['order', 'weight', 'sidebar_position', 'nav_order'],
				label: [],
				draft: [
					{ field: 'draft', value: true },
					{ field: 'published', value: false },
				],
				updated: ['updated', 'lastmod', 'last_modified_at', 'date'],
				published: ['date'],
				authors: ['authors', 'author'],
			},
			dialect: 'plain',
		};
		const found = markdownUnder(root, '', notPages).map((path) => {
			const folder = languageFolder(withoutExtension(path), siteLanguages);
			const suffix = languageSuffix(baseName(folder.path), siteLanguages);
			const language = folder.language ?? suffix.language;
			return { path, key: joinPath(folderOf(folder.path), suffix.name), ...(language ? { language } : {}) };
		});
		const taken = new Set(found.map((f) => `${f.language ?? ''}:${f.key}`));
		for (const { path, key, language } of found) {
			const index = joinPath(folderOf(key), 'index');
			const readme = baseName(key).toLowerCase() === 'readme' && !taken.has(`${language ?? ''}:${index}`);
			const read = readPage(root, path);
			if (read.skipped) {
				site.skipped.push(read.skipped);
				continue;
			}
			site.pages.push({ ...read.page!, key: readme ? index : key, ...(language ? { language } : {}), addresses: [] });
		}
		return site;
	},
};
