import type { Loader, LoaderContext } from 'astro/loaders';
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
export function folderLoader(options: Parameters<typeof glob>[0] & { base: string; pattern: string }): Loader {
	const real = glob(options);
	return {
		name: real.name,
		load: async (context) => {
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
