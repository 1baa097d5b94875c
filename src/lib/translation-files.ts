import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * Every entry of every collection in content/, with its file in each language, read straight
 * from the folders (the same layout rule the site uses: the default language at the root of a
 * collection folder, each translation at the same path under a folder named after its language).
 */
export interface EntryFiles {
	collection: string;
	key: string;
	/** Language → the file's path relative to the project root, its title and translator's check date. */
	files: Map<string, { path: string; title: string | undefined; sourceChecked: Date | undefined; visibility: string | undefined }>;
}

export const trackedCollections = ['projects', 'learnings', 'calls', 'posts', 'organisations', 'assessments', 'docs'] as const;
const extensions = /\.(md|mdx|ya?ml|json)$/;

function walk(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
	} catch {
		return [];
	}
	return names.flatMap((name) => (name.endsWith('/') ? walk(join(dir, name)) : [join(dir, name)]));
}

function frontmatter(path: string): Record<string, unknown> {
	try {
		const text = readFileSync(path, 'utf8');
		if (/\.(ya?ml|json)$/.test(path)) return (parse(text) as Record<string, unknown>) ?? {};
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		return match ? ((parse(match[1]!) as Record<string, unknown>) ?? {}) : {};
	} catch {
		return {};
	}
}

export function listEntryFiles(root: string, languages: readonly string[], defaultLanguage: string): EntryFiles[] {
	const others = new Set(languages.filter((l) => l !== defaultLanguage));
	const entries: EntryFiles[] = [];
	for (const collection of trackedCollections) {
		const base = join(root, 'content', collection);
		const byKey = new Map<string, EntryFiles>();
		for (const file of walk(base).sort()) {
			const path = relative(base, file);
			if (!extensions.test(path) || path.split('/').some((part) => part.startsWith('_'))) continue;
			const [head, ...rest] = path.split('/');
			const language = others.has(head!) && rest.length > 0 ? head! : defaultLanguage;
			const key = (language === defaultLanguage ? path : rest.join('/')).replace(extensions, '');
			const data = frontmatter(file);
			let entry = byKey.get(key);
			if (!entry) byKey.set(key, (entry = { collection, key, files: new Map() }));
			const checked = data.sourceChecked;
			entry.files.set(language, {
				path: relative(root, file),
				title: (data.title ?? data.name) as string | undefined,
				sourceChecked: checked instanceof Date ? checked : typeof checked === 'string' ? new Date(checked) : undefined,
				visibility: typeof data.visibility === 'string' ? data.visibility : undefined,
			});
		}
		entries.push(...[...byKey.values()].sort((a, b) => a.key.localeCompare(b.key)));
	}
	return entries;
}
