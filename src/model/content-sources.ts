import { collectionRegistry, type CollectionName, type CollectionSpec } from './registry';

/**
 * Which files each collection reads, declared once: the content loaders (collections.ts) and
 * the content checks (src/checks/content-files.ts) list files with the same folder and glob,
 * so no file can be published that the checks did not read.
 */

export type { CollectionName } from './registry';

/** Every collection, in the registry's order (src/model/registry.ts). */
export const collectionNames = Object.keys(collectionRegistry) as CollectionName[];
/** The collections of Markdown files (all but the data collections, such as organisations). */
export const markdownCollections = collectionNames.filter((c) => (collectionRegistry[c] as CollectionSpec).format === 'markdown');

/** The Markdown extensions Starlight's docs loader reads (its src/loaders.ts); Memoria's collections read the same. */
const markdownExtensions = ['markdown', 'mdown', 'mkdn', 'mkd', 'mdwn', 'md'];
const dataExtensions = ['yaml', 'yml', 'json'];

/** The folder of a collection, relative to the site's root. */
export const collectionFolder = (collection: CollectionName) => `content/${(collectionRegistry[collection] as CollectionSpec).folder}`;

/** The extensions a collection reads; .mdx only when the site turned MDX on (it is code). */
export function collectionExtensions(collection: CollectionName, mdx: boolean): string[] {
	if ((collectionRegistry[collection] as CollectionSpec).format === 'data') return dataExtensions;
	return mdx ? [...markdownExtensions, 'mdx'] : markdownExtensions;
}

/** The glob of a collection's files inside its folder. Names starting with "_" are left out, as Astro's loaders do. */
export function collectionPattern(collection: CollectionName, mdx: boolean): string {
	return `**/[^_]*.{${collectionExtensions(collection, mdx).join(',')}}`;
}

/**
 * Whether the site reads .mdx files. src/integration.ts sets this before the content is loaded,
 * from memoria.config.ts; anything but "on" means off.
 */
export const mdxEnabled = () => process.env.MEMORIA_MDX === 'on';
