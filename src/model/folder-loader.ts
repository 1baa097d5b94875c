import type { Loader, LoaderContext } from 'astro/loaders';
import { internalPlaceholder, isInternalPlaceholder } from './audience-loader';
import { glob } from 'astro/loaders';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';

/**
 * Astro's glob loader for one folder of `content/`, for which an empty or missing folder is
 * normal: a site with no outcomes yet, or no interface text of its own (content/i18n/), is
 * healthy. Astro's loader warns about such a folder ("The base directory … does not exist", "No
 * files found matching …"), and then every `getCollection()` of the collection warns that it
 * "does not exist or is empty": noise on every start of a healthy site, which teaches writers to
 * ignore warnings.
 *
 * So when the folder holds no file the loader would read, this one does not call it: it empties
 * the collection (an earlier load's entries are gone with their files) and leaves it in the store
 * as an empty collection, which `getCollection()` returns without a word. In `astro dev` it then
 * waits for the folder's first file and hands over to Astro's loader, which reads it and watches
 * the folder from then on, as it does for a folder that had files from the start.
 */
export function folderLoader(options: Parameters<typeof glob>[0] & { base: string; pattern: string; standIn?: StandIn }): Loader {
	const { standIn, ...globOptions } = options;
	const real = glob(globOptions);
	return {
		name: real.name,
		load: async (given) => {
			const context = onDevServer() ? forgiving(given, standIn ?? placeholder) : given;
			const folder = join(fileURLToPath(context.config.root), options.base);
			if (globSync(options.pattern, { cwd: folder, expandDirectories: false }).length > 0) return real.load(context);
			keepEmpty(context);
			const { watcher } = context;
			if (!watcher) return;
			const matches = picomatch(options.pattern);
			const onAdd = async (path: string) => {
				const inside = relative(folder, path);
				if (inside.startsWith('..') || isAbsolute(inside) || !matches(inside.split(sep).join('/'))) return;
				watcher.off('add', onAdd);
				await real.load(context);
			};
			watcher.on('add', onAdd);
		},
	};
}

/** Whether Astro's dev server is loading the content (src/integration.ts says so), rather than a build. */
const onDevServer = () => process.env.MEMORIA_DEV_SERVER === '1';

/** What stands for a file the dev server cannot use, as the collection's data, from its id and its parse. */
export type StandIn = (id: string, parse: LoaderContext['parseData']) => Promise<Record<string, unknown>>;

/** An entry known to exist and never shown, as an internal entry of a public build is (audience-loader.ts). */
const placeholder: StandIn = async () => ({ ...internalPlaceholder });

type EntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): unknown };

/**
 * The loader's context on the dev server, where one file a writer is in the middle of editing must
 * not stop the others: a file whose YAML cannot be read, or whose fields do not match the schema,
 * is stored as its collection's stand-in (for Memoria's collections, a placeholder: the entry
 * leaves lists and relations, as an internal one does) instead of stopping the whole load, which
 * at the server's start would keep it from starting at all, and on a save would keep the last
 * good version on show. The dev server's error page stands at the file's pages meanwhile
 * (src/integrations/dev-problems.ts); the build never forgives: its checks stop it first.
 */
export function forgiving(context: LoaderContext, standIn: StandIn): LoaderContext {
	const parse = context.parseData.bind(context);
	const internal = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
	const entryTypes = internal.entryTypes
		? new Map(
				[...internal.entryTypes].map(([extension, type]) => [
					extension,
					{
						...type,
						getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
							try {
								return await type.getEntryInfo(params);
							} catch {
								return { data: { ...internalPlaceholder }, body: '', slug: '', rawData: '' };
							}
						},
					},
				])
			)
		: undefined;
	const parseData: LoaderContext['parseData'] = async (props) => {
		if (isInternalPlaceholder(props.data)) return (await standIn(props.id, parse)) as typeof props.data;
		try {
			return await parse(props);
		} catch {
			return (await standIn(props.id, parse)) as typeof props.data;
		}
	};
	return { ...context, parseData, ...(entryTypes ? { entryTypes } : {}) } as LoaderContext;
}

/**
 * Empties a collection and keeps it as an empty one. Astro's store has no call that makes an empty
 * collection, and drops a collection it was told to clear, so one entry is set and deleted: what
 * remains is the collection with no entries, written to the build's data store as such.
 */
export function keepEmpty(context: Pick<LoaderContext, 'store'>): void {
	context.store.clear();
	const id = 'memoria-empty-collection';
	context.store.set({ id, data: {} });
	context.store.delete(id);
}
