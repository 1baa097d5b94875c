import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import type { SiteConfig } from '../config/site-config';
import { CliProblem } from './cli-problem';
import type { NewText } from './new-text';
import { wrap } from './templates/frontmatter';
import { collectionRegistry, registryEntries, type CollectionName, type CollectionSpec } from '../model/registry';
import { parseContentData } from '../model/frontmatter';
import { chooseOriginal, translatedFromField } from '../model/original-language';
import { translateMark } from '../model/placeholders';

/**
 * The counterpart of an entry in another language. Memoria links translations by path alone
 * (content/learnings/foo.md and content/learnings/es/foo.md are one entry), so the new file sits
 * at the same path under the language's folder (at the root for the default language). When the
 * entry's original is not in the default language, the new file says so (`translatedFrom: es`),
 * or a default-language file would be taken for the original. Fields that do not depend on the language (dates,
 * ids, choices, numbers) are copied as they are; text is kept but marked, so a translator sees
 * what is left to do and a search for the mark finds every unfinished translation (and the
 * checks warn about every one left: src/checks/template-placeholders.ts).
 */

type Collection = CollectionName;
/** The collection whose folder under content/ this is. */
const collectionIn = (folder: string | undefined) => registryEntries().find(([, spec]) => spec.folder === folder)?.[0];

/** Lists whose items may be a bare sentence instead of an object (the schemas' shorthand). */
const bareTextItems = new Set(['recommendations', 'actions']);

/** Fields that belong to one file, not to the entry: its own address, and a translator's check date. */
const ownFields = ['slug', 'aliases', 'sourceChecked'];

export interface TranslationPaths {
	collection: Collection;
	source: string;
	sourceLanguage: string;
	target: string;
	/**
	 * The language of the entry's original when it is not the default one (original-language.ts):
	 * the translation names it (`translatedFrom`), or it would be taken for the original itself.
	 */
	originalLanguage?: string;
}

/** Where the translation of `path` into `language` goes; refuses a path that is not an entry, or a translation that exists. */
export function translationPaths(root: string, path: string, language: string, config: SiteConfig, text: NewText): TranslationPaths {
	const problems = text.problems;
	const source = relative(root, isAbsolute(path) ? path : resolve(root, path))
		.split(sep)
		.join('/');
	if (!existsSync(join(root, source))) throw new CliProblem(problems.notFound(source));
	const [content, folder, ...rest] = source.split('/');
	const collection = collectionIn(folder);
	const extension = /\.(md|mdx|ya?ml)$/.exec(source)?.[1];
	if (content !== 'content' || !collection || !extension || rest.length === 0) throw new CliProblem(problems.notAnEntry(source));
	if (!config.languages.includes(language)) throw new CliProblem(problems.unknownLanguage(language, config.languages));
	const others = config.languages.filter((l) => l !== config.defaultLanguage);
	const inFolder = others.includes(rest[0]!) && rest.length > 1;
	const sourceLanguage = inFolder ? rest[0]! : config.defaultLanguage;
	const inner = inFolder ? rest.slice(1) : rest;
	if (sourceLanguage === language) throw new CliProblem(problems.sameLanguage(source, language));
	const target = ['content', folder, ...(language === config.defaultLanguage ? [] : [language]), ...inner].join('/');
	// The same entry in another format (foo.yml beside foo.yaml) counts as the translation too.
	const stem = target.replace(/\.[^.]+$/, '');
	const existing = ['md', 'mdx', 'yaml', 'yml', 'json'].map((e) => `${stem}.${e}`).find((p) => existsSync(join(root, p)));
	if (existing) throw new CliProblem(problems.translationExists(existing));
	const original = originalOf(root, collection, folder!, inner.join('/'), config);
	return { collection, source, sourceLanguage, target, ...(original && original !== config.defaultLanguage ? { originalLanguage: original } : {}) };
}

/** The language of the original among the entry's files as they are now, if one is clear (the checks report the rest). */
function originalOf(root: string, collection: Collection, folder: string, inner: string, config: SiteConfig): string | undefined {
	const stem = inner.replace(/\.[^.]+$/, '');
	const versions = config.languages.flatMap((language) => {
		const base = ['content', folder, ...(language === config.defaultLanguage ? [] : [language]), stem].join('/');
		const path = ['md', 'mdx', 'yaml', 'yml', 'json'].map((e) => `${base}.${e}`).find((p) => existsSync(join(root, p)));
		if (!path) return [];
		const parsed = parseContentData(readFileSync(join(root, path), 'utf8'), /\.mdx?$/.test(path) ? 'markdown' : 'data');
		return [{ language, data: parsed.file?.data }];
	});
	const choice = chooseOriginal(collection, versions, config.defaultLanguage);
	return 'problem' in choice ? undefined : choice.language;
}

/** The translation's text: the same fields, text marked, the file's own fields left out, the body under a note. */
export function translateEntry(source: string, paths: TranslationPaths, languageName: string, text: NewText): string {
	const isMarkdown = /\.mdx?$/.test(paths.source);
	// A file saved by a Windows editor starts with a byte-order mark; its fields (visibility above all) must carry over.
	source = source.replace(/^\uFEFF/, '');
	const match = isMarkdown ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source) : null;
	const frontmatter = isMarkdown ? (match?.[1] ?? '') : source;
	const body = match?.[2] ?? (isMarkdown ? source : '');
	const doc = parseDocument(frontmatter);
	if (doc.errors.length > 0) throw new CliProblem(text.problems.unreadable(paths.source, doc.errors[0]!.message.split('\n')[0]!));
	if (isMap(doc.contents)) {
		for (const path of (collectionRegistry[paths.collection] as CollectionSpec).translatedFields) markText(doc.contents, path.split('.'));
		for (const key of ownFields) doc.contents.delete(key);
		// An original in another language than the default: the translation names it, first, with a word on why.
		if (paths.originalLanguage && !doc.contents.has(translatedFromField)) {
			const pair = doc.createPair(translatedFromField, paths.originalLanguage);
			(pair.key as Scalar).commentBefore = wrap(text.translatedFromNote(paths.originalLanguage))
				.map((line) => ` ${line}`)
				.join('\n');
			doc.contents.items.unshift(pair as (typeof doc.contents.items)[number]);
		}
	}
	const header = text.translationHeader(paths.source, languageName).flatMap((line) => wrap(line).map((l) => ` ${l}`));
	doc.commentBefore = [...header, ...(doc.commentBefore ? ['', doc.commentBefore] : [])].join('\n');
	const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
	if (!isMarkdown) return yaml;
	return `---\n${yaml}---\n\n<!-- ${text.translateBody(languageName)} -->\n\n${body.replace(/^\s*\n/, '')}`;
}

/** Marks the text at a path; a bare sentence where an object may stand (shorthand) is text too. */
function markText(node: Node | null | undefined, segments: string[], bareIsText = false): void {
	if (!node) return;
	if (isScalar(node)) {
		if ((segments.length === 0 || bareIsText) && typeof node.value === 'string' && node.value.trim() && !node.value.startsWith(translateMark)) {
			node.value = `${translateMark}${node.value}`;
		}
		return;
	}
	const [head, ...rest] = segments;
	if (head === undefined || !isMap(node)) return;
	const key = head.replace(/\[\]$/, '');
	const child = node.get(key, true) as Node | undefined;
	if (!head.endsWith('[]')) {
		markText(child, rest);
		return;
	}
	if (isSeq(child)) for (const item of child.items) markText(item as Node, rest, bareTextItems.has(key));
}
