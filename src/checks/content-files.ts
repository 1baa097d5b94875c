import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { parseContentData, type ParsedData } from '../model/frontmatter';
import { collectionFolder, collectionNames, collectionPattern, type CollectionName } from '../model/content-sources';
import { siteLayout } from '../config/site-layout';

/**
 * Reads every file writers touch in content/ the way the checks need it: the same files the
 * content loaders read (content-sources.ts), decoded strictly as UTF-8, frontmatter parsed the
 * way Astro parses it (model/frontmatter.ts) with line numbers, body kept with its first line
 * number. Problems that stop a file from being read at all (encoding, empty, broken YAML, a name
 * or a link that cannot be trusted) are returned with it, never thrown.
 */

export type { CollectionName };
export { markdownCollections } from '../model/content-sources';

export interface ReadProblem {
	id: 'not-utf8' | 'empty-file' | 'invalid-yaml' | 'no-frontmatter' | 'invalid-file-name' | 'symlink-outside' | 'mdx-disabled';
	line?: number;
	problem?: string;
	/** The YAML parser's code for an invalid-yaml problem (model/frontmatter.ts). */
	code?: string;
}

export interface ContentFile {
	/** Path relative to the project root, as messages show it. */
	path: string;
	collection: CollectionName;
	language: string;
	key: string;
	data: Record<string, unknown> | undefined;
	/** Line number (1-based) where each top-level field starts, for messages. */
	fieldLines: Map<string, number>;
	/** Line number of any field by its dotted path ("questions.3.dimension"), where it can be found. */
	lineOf?: (path: string) => number | undefined;
	/** The whole file as text, for checks that report line numbers. */
	raw: string;
	body: string;
	bodyLine: number;
	problems: ReadProblem[];
	/** Dates YAML moved into another day ("2024-13-45"), reported as wrong fields (model/frontmatter.ts). */
	impossibleDates?: { field: string; text: string }[];
}

/** An entry's file name is its id: lower-case words joined by hyphens, in folders named the same way. */
const entryKey = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** A guide's path: every part starts with a letter or digit (no "..", no hidden names) and has no control character. */
const guideKey = /^(?:[\p{L}\p{N}][^/\p{Cc}]*)(?:\/[\p{L}\p{N}][^/\p{Cc}]*)*$/u;

/** Whether a path, or a folder on the way to it, is a link that leads out of content/. */
function leavesContent(absolute: string, contentRoot: string): boolean {
	try {
		const real = realpathSync(absolute);
		return real !== contentRoot && !real.startsWith(contentRoot + sep);
	} catch {
		return true;
	}
}

export interface ReadOptions {
	root: string;
	languages: readonly string[];
	defaultLanguage: string;
	/** Whether the site reads .mdx files (memoria.config.ts `mdx`). */
	mdx: boolean;
}

export function readContentFiles({ root, languages, defaultLanguage, mdx }: ReadOptions): ContentFile[] {
	const contentRoot = realContentRoot(root);
	if (contentRoot === undefined) return [];
	return listContentFiles(root).map(({ collection, inside }) => readOne(root, contentRoot, collection, inside, { languages, defaultLanguage, mdx }));
}

/** Every file readContentFiles reads, as its collection and its path inside the collection's folder, in the same order. */
export function listContentFiles(root: string): { collection: CollectionName; inside: string }[] {
	if (realContentRoot(root) === undefined) return [];
	// The same listing as Astro's glob loader (tinyglobby, links followed), so every published file is read here.
	// With MDX off, .mdx files are listed too: the loaders skip them, and the writer is told why.
	return collectionNames.flatMap((collection) =>
		globSync(collectionPattern(collection, true), { cwd: join(root, collectionFolder(collection)), expandDirectories: false })
			.sort()
			.map((inside) => ({ collection, inside }))
	);
}

/** content/ with every link resolved, or undefined when the site has none. */
function realContentRoot(root: string): string | undefined {
	try {
		return realpathSync(siteLayout(root).content);
	} catch {
		return undefined;
	}
}

/**
 * Which collection's file a path is, as readContentFiles would list it: its collection and its
 * path inside the collection's folder (with "/"), or undefined for any other path (a file of
 * another kind, a name starting with "_", a file outside content/).
 */
export function contentFileAt(root: string, path: string): { collection: CollectionName; inside: string } | undefined {
	for (const collection of collectionNames) {
		const inside = relative(join(root, collectionFolder(collection)), resolve(root, path));
		if (inside.startsWith('..') || isAbsolute(inside)) continue;
		const posix = inside.split(sep).join('/');
		if (picomatch.isMatch(posix, collectionPattern(collection, true))) return { collection, inside: posix };
	}
	return undefined;
}

/** Reads one file of a collection (its path inside the collection's folder) as readContentFiles does. */
export function readContentFile(root: string, collection: CollectionName, inside: string, options: Omit<ReadOptions, 'root'>): ContentFile {
	return readOne(root, realContentRoot(root) ?? siteLayout(root).content, collection, inside, options);
}

function readOne(
	root: string,
	contentRoot: string,
	collection: CollectionName,
	inside: string,
	{ languages, defaultLanguage, mdx }: Omit<ReadOptions, 'root'>
): ContentFile {
	const others = new Set(languages.filter((l) => l !== defaultLanguage));
	const absolute = join(root, collectionFolder(collection), inside);
	const extension = /\.([^./]+)$/.exec(inside)?.[1] ?? '';
	const [head, ...rest] = inside.split('/');
	const language = others.has(head!) && rest.length > 0 ? head! : defaultLanguage;
	const key = (language === defaultLanguage ? inside : rest.join('/')).slice(0, -(extension.length + 1));
	const file: ContentFile = {
		path: relative(root, absolute),
		collection,
		language,
		key,
		data: undefined,
		fieldLines: new Map(),
		raw: '',
		body: '',
		bodyLine: 1,
		problems: [],
	};

	// 1. Names and places that cannot be trusted: the build would publish under an odd address,
	//    or read a file from outside the site (a link to another folder of the machine).
	if (!(collection === 'docs' ? guideKey : entryKey).test(key)) {
		file.problems.push({ id: 'invalid-file-name' });
		return file;
	}
	if (leavesContent(absolute, contentRoot)) {
		file.problems.push({ id: 'symlink-outside' });
		return file;
	}
	if (extension === 'mdx' && !mdx) {
		file.problems.push({ id: 'mdx-disabled' });
		return file;
	}

	// 2. Strict UTF-8: a file saved in another encoding would show broken accents.
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
	} catch {
		file.problems.push({ id: 'not-utf8' });
		return file;
	}
	file.raw = text;
	if (text.replace(/^\uFEFF/, '').trim() === '') {
		file.problems.push({ id: 'empty-file' });
		return file;
	}

	// 3. Frontmatter and data, parsed as the content loaders parse them.
	const parsed: ParsedData = parseContentData(text, collection === 'organisations' ? 'data' : 'markdown');
	if (parsed.problem) {
		file.problems.push(parsed.problem);
		return file;
	}
	Object.assign(file, parsed.file);
	return file;
}
