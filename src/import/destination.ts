import type { SiteConfig } from '../config/site-config';
import { guidePath } from '../lib/guide-path';
import { collectionRegistry, type CollectionSpec, registryEntries } from '../model/registry';
import { createLocales } from '../site/locales';
import { createUrlBuilder } from '../site/urls';
import type { TargetKind } from './map-frontmatter';

/**
 * Where imported pages go, laid out as Memoria lays out the collection (src/model/registry.ts):
 * the site's default language at the folder's root, every other language in a `<lang>/`
 * sub-folder at the same path. Guides go into content/docs/guides/, where Memoria's sidebar
 * lists them (and `memoria new` writes them); `--into` names another folder of guides, or the
 * blog. Other collections are not offered: their entries need fields (a learning's project and
 * phase, a call's date and counts) no other tool's page has.
 */

export interface Destination {
	kind: TargetKind;
	/** The folder pages go into, from the site's root, for the report: "content/docs/guides". */
	label: string;
	/** A page's file, from the site's root. */
	pagePath(key: string, language: string, extension: string): string;
	/** A page's address, from the site's root, without the base path (links are written relative to it). */
	address(key: string, language: string): string;
	/** An image's file (beside the pages, where Astro finds and optimises it), from the site's root. */
	imagePath(assetKey: string, language: string | undefined): string;
	/** Any other file (a PDF), which only public/ publishes, with its address. */
	publicFile(assetKey: string): { path: string; address: string };
}

export type DestinationChoice = { destination: Destination } | { refused: 'collection'; collection: string } | { refused: 'folder'; folder: string };

/** A folder's name as a guide's path allows it: parts that start with a letter or digit (content-files.ts). */
const folderPart = /^[\p{L}\p{N}][^/\p{Cc}]*$/u;

export function chooseDestination(into: string | undefined, config: SiteConfig): DestinationChoice {
	const locales = createLocales(config);
	const urls = createUrlBuilder(locales, '/');
	const inLanguage = (language: string | undefined) => (language === undefined || language === config.defaultLanguage ? '' : `${language}/`);
	const docs = `content/${collectionRegistry.docs.folder}`;

	const guides = (folder: string): Destination => ({
		kind: 'guide',
		label: `${docs}/${folder}`,
		pagePath: (key, language, extension) => `${docs}/${inLanguage(language)}${folder}/${key}.${extension}`,
		address: (key, language) => urls.page(guidePath(`${folder}/${key}`), language),
		imagePath: (assetKey, language) => `${docs}/${inLanguage(language)}${folder}/${assetKey}`,
		publicFile: (assetKey) => ({ path: `public/${folder}/${assetKey}`, address: `/${folder}/${assetKey}` }),
	});
	const posts = `content/${collectionRegistry.posts.folder}`;
	const blog: Destination = {
		kind: 'post',
		label: posts,
		pagePath: (key, language, extension) => `${posts}/${inLanguage(language)}${key}.${extension}`,
		address: (key, language) => urls.entry('posts', key, language),
		imagePath: (assetKey, language) => `${posts}/${inLanguage(language)}${assetKey}`,
		publicFile: (assetKey) => {
			const word = locales.slug('posts', config.defaultLanguage);
			return { path: `public/${word}/${assetKey}`, address: `/${word}/${assetKey}` };
		},
	};

	const defaultFolder = collectionRegistry.docs.newFilesIn;
	if (into === undefined) return { destination: guides(defaultFolder) };
	const value = into
		.trim()
		.replace(/^\.\//, '')
		.replace(/\/+$/, '')
		.replace(/^content\//, '');
	// A collection, by its name or any word `memoria new` takes for it ("blog", "guías").
	const named = registryEntries().find(([name, spec]) => [name, spec.kind, spec.folder, ...spec.aliases].includes(value.toLowerCase()));
	if (named) {
		const [name] = named;
		if (name === 'docs') return { destination: guides(defaultFolder) };
		if (name === 'posts') return { destination: blog };
		return { refused: 'collection', collection: name };
	}
	// "docs/handbook" (or "content/docs/handbook"): that folder itself; any other name, a folder of guides.
	const inDocs = value.startsWith(`${collectionRegistry.docs.folder}/`);
	const folder = inDocs ? value.slice(collectionRegistry.docs.folder.length + 1) : `${defaultFolder}/${value}`;
	const parts = folder.split('/');
	const otherCollection = registryEntries().some(([name, spec]) => name !== 'docs' && value.startsWith(`${(spec as CollectionSpec).folder}/`));
	if (otherCollection || value.startsWith('/') || !parts.every((part) => folderPart.test(part))) return { refused: 'folder', folder: into };
	return { destination: guides(folder) };
}

/** A relative address from one page's address to another's ("/guides/a/" → "/guides/b/": "../b/"), which works under any base path. */
export function relativeAddress(from: string, to: string): string {
	const a = from.split('/').filter(Boolean);
	const b = to.split('/').filter(Boolean);
	let same = 0;
	while (same < a.length && same < b.length && a[same] === b[same]) same++;
	const rest = b.slice(same).join('/');
	const path = `${'../'.repeat(a.length - same)}${rest}${rest && to.endsWith('/') ? '/' : ''}`;
	return path === '' ? './' : path;
}
