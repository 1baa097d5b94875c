import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { SourcePage, SourceSite } from './source-site';
import { baseName, insideFolder, normalAddress, withoutExtension } from './tools/page-files';

/**
 * What a link or an image of a source page points at, found the ways its tool finds it: a file
 * path relative to the page (`../setup.md`, `img/map.png`, `setup` without its extension, a
 * folder for its index), an address of the old site (`/docs/setup/`, or `../setup/` from the
 * page's own address), a file of the tool's public folder (`/img/logo.png` in static/).
 */

export type Target = { page: SourcePage; suffix: string } | { asset: string; suffix: string };

export interface SourceTargets {
	/** Where a link or image's address leads, or undefined when it leaves the site or leads nowhere found. */
	resolve(url: string, from: SourcePage): Target | undefined | 'outside';
	/** A page named by Hugo's `ref` or Jekyll's `{% link %}`, as a path relative to the page that names it. */
	reference(reference: string, from: SourcePage): string | undefined;
	/** A Jekyll post by its file name ("2024-03-15-title"), as a path relative to the page that names it. */
	post(name: string, from: SourcePage): string | undefined;
}

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
const pageExtensions = ['', '.md', '.mdx', '.markdown'];
const indexNames = ['index.md', 'README.md', '_index.md', 'index.mdx', 'readme.md'];

/** A link from one source file to another, as a relative path. */
const relativePath = (from: SourcePage, to: string, anchor = '') => {
	const path = posix.relative(posix.dirname(from.path), to);
	return `${path.startsWith('.') ? path : `./${path}`}${anchor}`;
};

export function sourceTargets(site: SourceSite): SourceTargets {
	const byPath = new Map(site.pages.map((page) => [page.path, page]));
	const byAddress = new Map<string, SourcePage>();
	for (const page of site.pages) for (const address of page.addresses) if (!byAddress.has(normalAddress(address))) byAddress.set(normalAddress(address), page);
	/** "/es/" at the start of an address, for any language a page of the source has. */
	const codes = [...new Set(site.pages.map((p) => p.language).filter((l): l is string => l !== undefined))];
	const languagePrefix = codes.length > 0 ? new RegExp(`^/(?:${codes.map((c) => c.replace(/[^\w-]/g, '')).join('|')})/`, 'i') : /^(?!)/;
	/** A file of the source folder, really in it: a link that leads out of it is never followed (page-files.ts). */
	const isFile = (path: string) => {
		const full = join(site.root, path);
		return existsSync(full) && statSync(full).isFile() && insideFolder(site.root, path);
	};

	/** A page at a path of the source (with or without its extension, or a folder for its index). */
	const pageAt = (path: string) => {
		for (const extension of pageExtensions) {
			const page = byPath.get(`${path}${extension}`);
			if (page) return page;
		}
		for (const name of indexNames) {
			const page = byPath.get(posix.join(path, name));
			if (page) return page;
		}
		return undefined;
	};

	/**
	 * A path in a translation's own folder (Docusaurus's i18n/es/…, Hugo's content/es) at the same
	 * place in the original's folder: a translation links to the original's files it does not have itself.
	 */
	const original = site.contentFolders.find((f) => f.language === undefined)?.folder;
	const inOriginalFolder = (path: string) => {
		const own = site.contentFolders.find((f) => f.language !== undefined && path.startsWith(`${f.folder}/`));
		return own && original !== undefined ? [posix.join(original, path.slice(own.folder.length + 1))] : [];
	};

	const split = (url: string) => {
		const at = url.search(/[?#]/);
		let path = at === -1 ? url : url.slice(0, at);
		try {
			path = decodeURI(path);
		} catch {
			// Kept as written.
		}
		return { path, suffix: at === -1 ? '' : url.slice(at) };
	};

	/** A path inside the source folder, or undefined when it climbs out of it. */
	const inside = (path: string) => {
		const normal = posix.normalize(path);
		return normal.startsWith('../') || normal === '..' ? undefined : normal.replace(/^\.\//, '').replace(/\/$/, '');
	};

	return {
		resolve(url, from) {
			if (url === '' || url.startsWith('#') || hasScheme(url)) return 'outside';
			const { path, suffix } = split(url);
			if (path === '') return 'outside';
			if (path.startsWith('/')) {
				// A page's address, or another language's address of it (the tool served the original there).
				const page = byAddress.get(normalAddress(path)) ?? byAddress.get(normalAddress(path.replace(languagePrefix, '/')));
				if (page) return { page, suffix };
				for (const folder of site.publicFolders) {
					const file = inside(posix.join(folder, path.slice(1)));
					if (file !== undefined && isFile(file)) return { asset: file, suffix };
				}
				return undefined;
			}
			for (const file of [posix.join(posix.dirname(from.path), path), ...inOriginalFolder(posix.join(posix.dirname(from.path), path))].map(inside)) {
				if (file === undefined) continue;
				const page = pageAt(file);
				if (page) return { page, suffix };
				if (isFile(file)) return { asset: file, suffix };
			}
			// An address relative to the page's own address (`../setup/`), as Starlight and Hugo pages write them.
			for (const own of from.addresses) {
				const address = posix.join(own.endsWith('/') ? own : posix.dirname(own), path);
				const page = byAddress.get(normalAddress(address)) ?? byAddress.get(normalAddress(address.replace(languagePrefix, '/')));
				if (page) return { page, suffix };
			}
			return undefined;
		},
		reference(reference, from) {
			const { path, suffix } = split(reference.replace(/^["']|["']$/g, ''));
			const fromFolder = site.contentFolders.find((f) => from.path.startsWith(`${f.folder}/`) || f.folder === '')?.folder ?? '';
			const candidates = path.startsWith('/')
				? [posix.join(fromFolder, path.slice(1)), path.slice(1)]
				: [posix.join(posix.dirname(from.path), path), posix.join(fromFolder, path), path];
			for (const candidate of candidates) {
				const normal = inside(candidate);
				const page = normal === undefined ? undefined : pageAt(normal);
				if (page) return relativePath(from, page.path, suffix);
			}
			// Hugo also finds a page by its name alone, when only one page has it.
			const named = site.pages.filter((p) => withoutExtension(baseName(p.path)) === withoutExtension(baseName(path)) && p.language === from.language);
			return named.length === 1 ? relativePath(from, named[0]!.path, suffix) : undefined;
		},
		post(name, from) {
			const post = site.pages.find((p) => /^_posts\//.test(p.path) && withoutExtension(baseName(p.path)) === name.replace(/\.[a-z]+$/, ''));
			return post ? relativePath(from, post.path) : undefined;
		},
	};
}
