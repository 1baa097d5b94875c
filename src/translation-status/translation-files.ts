import { readContentFiles } from '../checks/content-files';
import { collectionNames, mdxEnabled } from '../model/content-sources';

/**
 * Every entry of every collection in content/, with its file in each language: the same files,
 * read the same way, as the content checks and the site (src/checks/content-files.ts), so the
 * translation status knows every collection and decides visibility from the same data.
 */
export interface EntryFiles {
	collection: string;
	key: string;
	/** Language → the file's path relative to the project root, its title, translator's check date and data (undefined when the file cannot be read). */
	files: Map<string, { path: string; title: string | undefined; sourceChecked: Date | undefined; data: Record<string, unknown> | undefined }>;
}

export function listEntryFiles(root: string, languages: readonly string[], defaultLanguage: string, mdx = mdxEnabled()): EntryFiles[] {
	const byKey = new Map<string, EntryFiles>();
	for (const file of readContentFiles({ root, languages, defaultLanguage, mdx })) {
		const id = `${file.collection}/${file.key}`;
		let entry = byKey.get(id);
		if (!entry) byKey.set(id, (entry = { collection: file.collection, key: file.key, files: new Map() }));
		const data = file.problems.length === 0 ? file.data : undefined;
		const checked = data?.sourceChecked;
		const title = data?.title ?? data?.name;
		entry.files.set(file.language, {
			path: file.path,
			title: typeof title === 'string' ? title : undefined,
			sourceChecked: checked instanceof Date ? checked : typeof checked === 'string' ? new Date(checked) : undefined,
			data,
		});
	}
	const order = new Map(collectionNames.map((c, i) => [c as string, i]));
	return [...byKey.values()].sort((a, b) => order.get(a.collection)! - order.get(b.collection)! || a.key.localeCompare(b.key));
}
