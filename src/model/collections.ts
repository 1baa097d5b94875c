import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { calendarDate } from '../schemas/shared';
import { themeSchema } from '../schemas/theme';
import { audienceLoader } from './audience-loader';
import { builtOnceForStarlightPage } from './docs-schema-cache';
import { folderLoader } from './folder-loader';
import { withFolderIndexPages } from './guides/folder-index-loader';
import { withUntranslatedOriginals } from './guides/untranslated-originals-loader';
import { collectionRegistry, type CollectionSpec } from './registry';
import { sections } from './sections';
import { collectionFolder, collectionPattern, mdxEnabled, type CollectionName } from './content-sources';
import { guideId } from '../lib/guide-path';

/**
 * Memoria's content collections. Each reads one folder of `content/`: the default language's
 * files at its root, translations in a sub-folder per language code (same path = same entry).
 * Files whose name starts with "_" are drafts the build ignores.
 */
// An entry's id is its path without extension, so "es/foo" and "foo" pair up; a `slug` field
// changes only the page's address, never which entry a file belongs to.
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');
// Folders and globs come from content-sources.ts, which the content checks read too.
// An empty or missing folder is an empty collection, without a warning (folder-loader.ts).
// On the dev server a file that cannot be used stands as a placeholder, and a guide as a page with
// its id for title (Starlight lists every guide it has), while the error page stands at its address.
const files = (collection: CollectionName, generateId: typeof idFromPath) =>
	folderLoader({
		base: `./${collectionFolder(collection)}`,
		pattern: collectionPattern(collection, mdxEnabled()),
		generateId,
		// No Markdown source in Astro's store, only the rendered page: the exports read the bodies
		// from the files (src/model/exports.ts), and the store, held twice in memory for the whole
		// build, is a third smaller (issue 20).
		retainBody: false,
		...(collection === 'docs' ? { standIn: (id, parse) => parse({ id, data: { title: id } }) } : {}),
	});
/** A guide's id: Starlight's (the slugified path), whatever its `slug:` says (src/lib/guide-path.ts). */
const guideIdFromPath = ({ entry }: { entry: string }) => guideId(entry);

export const collections = {
	docs: defineCollection({
		// Guides are Starlight's pages: an internal guide is dropped outright from a public build.
		// Starlight's docsLoader reads the same folder; this glob also leaves out .mdx unless the site
		// turned MDX on, and keeps Starlight's ids (the slugified path), never a `slug:` field's.
		// A guide written first in another language gets its page in the default language too
		// (guides/untranslated-originals-loader.ts), and each folder of guides an index page
		// (guides/folder-index-loader.ts), after the internal ones are gone.
		loader: withFolderIndexPages(withUntranslatedOriginals(audienceLoader(files('docs', guideIdFromPath), 'drop'))),
		// Also the schema every <StarlightPage> checks its props against: built once for those (docs-schema-cache.ts).
		schema: builtOnceForStarlightPage(
			docsSchema({ extend: z.object({ sourceChecked: calendarDate.optional(), visibility: z.enum(['public', 'internal']).optional() }) })
		),
	}),
	// Every section of the registry (src/model/registry.ts): its folder, its loader, its schema.
	...Object.fromEntries(
		sections.map((name) => {
			const spec = collectionRegistry[name] as CollectionSpec;
			return [name, defineCollection({ loader: audienceLoader(files(name, idFromPath)), schema: ({ image }) => spec.schema!({ image }) })];
		})
	),
	themes: defineCollection({ loader: file('./content/themes.yaml'), schema: themeSchema() }),
	// Interface text per language (content/i18n/<lang>.json): overrides Starlight's and Memoria's
	// strings, and gives a newly added language its words. Starlight's i18nLoader reads the same
	// folder with the same glob, but warns on every start of a site that has none (folder-loader.ts).
	i18n: defineCollection({ loader: folderLoader({ base: './content/i18n', pattern: '**/[^_]*.{json,yml,yaml}' }), schema: i18nSchema() }),
};
