import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { isLanguageCode } from '../language-codes';
import { readFrontMatter } from '../read-front-matter';
import type { SkippedFile, SourcePage } from '../source-site';

/**
 * What every reader of src/import/tools/ does the same way: list a tool's Markdown files, read
 * one strictly as UTF-8 with its front matter, and take a language off a file's name or folder.
 */

/** The Markdown extensions the tools write; .mdx is read too, and reported for what it cannot keep. */
export const markdownFile = /\.(md|markdown|mdown|mkdn|mkd|mdwn|mdx)$/i;

/** Folders no tool publishes from: dependencies, version control, and each tool's own output. */
const neverRead = ['**/node_modules/**', '**/.git/**'];

/** Every file under `folder` (from the source root, "" for the root itself), as paths from the source root with "/". */
export function filesUnder(root: string, folder: string, ignore: readonly string[] = []): string[] {
	const base = join(root, folder);
	if (!existsSync(base) || !statSync(base).isDirectory()) return [];
	const prefix = folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
	return globSync('**/*', { cwd: base, ignore: [...neverRead, ...ignore], dot: false, expandDirectories: false })
		.map((path) => `${prefix}${path}`)
		.sort();
}

/** The Markdown files under a folder. */
export const markdownUnder = (root: string, folder: string, ignore: readonly string[] = []) =>
	filesUnder(root, folder, ignore).filter((p) => markdownFile.test(p));

/** A path without its Markdown extension. */
export const withoutExtension = (path: string) => path.replace(markdownFile, '');

/** "setup.es" → setup in es (mkdocs-static-i18n, Hugo, plain folders); a name with no language suffix is left as it is. */
export function languageSuffix(name: string, siteLanguages: readonly string[]): { name: string; language?: string } {
	const match = /^(.+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?)$/.exec(name);
	if (match && isLanguageCode(match[2]!, siteLanguages)) return { name: match[1]!, language: match[2]! };
	return { name };
}

/** "es/guide/setup" → guide/setup in es, when the first folder is a language code. */
export function languageFolder(path: string, siteLanguages: readonly string[]): { path: string; language?: string } {
	const slash = path.indexOf('/');
	if (slash > 0 && isLanguageCode(path.slice(0, slash), siteLanguages)) return { path: path.slice(slash + 1), language: path.slice(0, slash) };
	return { path };
}

export interface ReadPage {
	page?: Omit<SourcePage, 'key' | 'addresses' | 'language'>;
	skipped?: SkippedFile;
}

/**
 * Whether a file of the source folder really is in it: a link to a file elsewhere on the machine
 * (a key, a password file) must never be copied into a site that gets published.
 */
export function insideFolder(root: string, path: string): boolean {
	try {
		const real = realpathSync(join(root, path));
		const base = realpathSync(root);
		return real.startsWith(base + sep);
	} catch {
		return false;
	}
}

/** Reads one Markdown file: strict UTF-8 (a file saved in another encoding would show broken accents), then its front matter. */
export function readPage(root: string, path: string): ReadPage {
	if (!insideFolder(root, path)) return { skipped: { path, reason: 'outside-source' } };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(root, path)));
	} catch {
		return { skipped: { path, reason: 'not-utf8' } };
	}
	const front = readFrontMatter(text);
	if (front.problem) return { skipped: { path, reason: 'invalid-front-matter', detail: front.problem } };
	return { page: { path, data: front.data ?? {}, body: front.body, mdx: /\.mdx$/i.test(path) } };
}

/**
 * A page of a tool's folder, read; or undefined, with the reason written to `skipped`: a partial
 * (a file or folder whose name starts with "_" in `inside`, which Astro's and Docusaurus's loaders
 * leave out because other pages import it) or a file `readPage` refuses.
 */
export function pageOrSkipped(root: string, path: string, inside: string, skipped: SkippedFile[]): ReadPage['page'] {
	if (inside.split('/').some((part) => part.startsWith('_'))) {
		skipped.push({ path, reason: 'partial' });
		return undefined;
	}
	const read = readPage(root, path);
	if (read.skipped) skipped.push(read.skipped);
	return read.page;
}

/** A file's name without folders. */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** A path's folder ("" at the top). */
export const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
/** Joins path parts with "/", leaving out empty ones. */
export const joinPath = (...parts: string[]) => parts.filter((p) => p !== '').join('/');

/** An address as tools print it, normalised for comparison: "/docs/setup/" and "/docs/setup.html" are "/docs/setup". */
export function normalAddress(address: string): string {
	let path = address.split(/[?#]/)[0]!;
	try {
		path = decodeURI(path);
	} catch {
		// Kept as written.
	}
	path = path.replace(/\/index\.html?$/, '/').replace(/\.html?$/, '');
	path = `/${path.replace(/^\/+|\/+$/g, '')}`;
	return path.toLowerCase();
}
