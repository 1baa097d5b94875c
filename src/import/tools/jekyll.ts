import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlObject } from '../read-front-matter';
import type { SourceSite } from '../source-site';
import { baseName, folderOf, joinPath, languageFolder, markdownUnder, readPage, withoutExtension } from './page-files';
import type { ToolReader } from './tool-reader';

/**
 * Jekyll (GitHub Pages among them): _config.yml, pages anywhere in the folder but in its own
 * folders (_site, _layouts, _includes…), collections in `_name/` folders, posts named
 * `YYYY-MM-DD-title.md` in _posts/ (drafts in _drafts/). A page's language is its `lang` field
 * (jekyll-polyglot, and most multilingual themes) or a language folder; translations are paired
 * by `translationKey` or `ref`, else by the permalink they share (polyglot), else by path.
 */

const configNames = ['_config.yml', '_config.yaml'];

/** Jekyll's own folders and what GitHub Pages leaves out: never pages. */
const ownFolders = ['_site/**', '_layouts/**', '_includes/**', '_sass/**', '_data/**', '_plugins/**', 'vendor/**', '.jekyll-cache/**', '.bundle/**'];

/** Files of a repository's root that document the repository, not the site. */
const repositoryFiles = new Set(['changelog', 'license', 'contributing', 'code_of_conduct', 'security']);

export const jekyll: ToolReader = {
	tool: 'jekyll',
	detect: (root) => configNames.find((name) => existsSync(join(root, name))),
	read(root, evidence, { siteLanguages }) {
		const config = yamlObject(readFileSync(join(root, evidence), 'utf8'));
		const defaultLanguage = [config.default_lang, config.lang].find((v): v is string => typeof v === 'string');
		const excluded = Array.isArray(config.exclude) ? config.exclude.filter((e): e is string => typeof e === 'string') : [];
		const site: SourceSite = {
			tool: 'jekyll',
			evidence,
			root,
			...(defaultLanguage ? { defaultLanguage } : {}),
			pages: [],
			skipped: [],
			publicFolders: [''],
			contentFolders: [{ folder: '' }],
			toolOnlyFields: [
				'layout',
				'nav_exclude',
				'has_children',
				'parent',
				'grand_parent',
				'has_toc',
				'search_exclude',
				'redirect_to',
				'sitemap',
				'excerpt_separator',
				'nav_fold',
			],
			addressFields: ['permalink', 'redirect_from', 'slug'],
			fields: {
				title: ['title'],
				description: ['description', 'excerpt', 'summary'],
				order: ['nav_order', 'order', 'weight'],
				label: ['nav_title', 'short_title'],
				draft: [
					{ field: 'published', value: false },
					{ field: 'draft', value: true },
				],
				updated: ['last_modified_at', 'date'],
				published: ['date'],
				authors: ['authors', 'author'],
			},
			dialect: 'jekyll',
		};

		const ignore = [...ownFolders, ...excluded.map((e) => (e.endsWith('/') ? `${e}**` : e))];
		const files = markdownUnder(root, '', ignore);
		const hasIndex = files.some((p) => /^index\.[a-z]+$/i.test(p)) || existsSync(join(root, 'index.html'));
		for (const path of files) {
			const name = withoutExtension(baseName(path)).toLowerCase();
			// The repository's own documents; README.md only when something else is the home page (jekyll-readme-index).
			if (!path.includes('/') && (repositoryFiles.has(name) || (name === 'readme' && hasIndex))) continue;
			const read = readPage(root, path);
			if (read.skipped) {
				site.skipped.push(read.skipped);
				continue;
			}
			const data = { ...read.page!.data };
			let inside = withoutExtension(path);
			// Posts and drafts: the date leaves the name and becomes the page's date.
			const post = /^_(posts|drafts)\/(?:(.*)\/)?(\d{4}-\d{2}-\d{2})-([^/]+)$/.exec(inside) ?? /^_(drafts)\/(?:(.*)\/)?()([^/]+)$/.exec(inside);
			if (post) {
				const [, kind, folder, date, title] = post;
				inside = joinPath('posts', folder ?? '', title!);
				if (date && data.date === undefined) data.date = date;
				if (kind === 'drafts') data.draft = true;
			}
			// A collection's folder (_docs) is published under its name (docs).
			inside = inside.replace(/^_/, '');
			const folder = languageFolder(inside, siteLanguages);
			const language = typeof data.lang === 'string' ? data.lang : folder.language;
			delete data.lang;
			if (baseName(folder.path).toLowerCase() === 'readme') folder.path = joinPath(folderOf(folder.path), 'index');
			const pairedBy = [data.translationKey, data.ref, language ? data.permalink : undefined].find((v): v is string => typeof v === 'string');
			delete data.translationKey;
			delete data.ref;
			const permalink = typeof data.permalink === 'string' && !data.permalink.includes(':') ? data.permalink : undefined;
			const place = folder.path.replace(/(^|\/)index$/, '');
			const addresses = permalink ? [permalink] : [`/${inside}.html`, `/${inside.replace(/(^|\/)index$/, '')}/`];
			if (place !== inside.replace(/(^|\/)index$/, '')) addresses.push(`/${place}/`);
			site.pages.push({
				...read.page!,
				data,
				key: folder.path,
				...(language ? { language } : {}),
				...(pairedBy ? { translationKey: pairedBy } : {}),
				addresses,
			});
		}
		return site;
	},
};
