import { readFileSync } from 'node:fs';
import { toString as textOf } from 'mdast-util-to-string';
import type { Node } from 'mdast';
import type { SiteConfig } from '../config/site-config';
import type { Locales } from '../site/locales';
import { sections, type Section } from '../model/sections';
import { createUrlBuilder } from '../site/urls';
import { guidePath } from '../lib/guide-path';
import { filesUnder } from '../lib/files-under';
import type { ContentFile } from './content-files';
import { publication, type Publication } from './publication';
import { textRuns, titleRun } from './fingerprint';
import { siteLayout } from '../config/site-layout';
import { bodyTree } from '../markdown/body-tree';

/**
 * What a public build must not contain, decided by the checks from the same parse as the pages,
 * for the steps after Astro (src/cli/commands/build.ts): the files of public/ that only internal entries
 * use (left out of the output), and each internal entry's fingerprints for the leak gate
 * (src/checks/leak-gate.ts): its addresses, its title when distinctive, runs of its text.
 * Only hashes and addresses are written down, never the internal text.
 */
export interface InternalFingerprint {
	/** The entry's file, as messages name it. */
	file: string;
	/** Addresses of its pages in every language (without the site's base path). */
	addresses: string[];
	title?: { words: number; key: number; head: number } | undefined;
	runs: number[];
}

export interface PublicationFacts {
	internal: InternalFingerprint[];
	/** Files of public/ (paths from public/, with "/") that only internal entries name: never published. */
	withheld: string[];
}

/** The text of each block of a Markdown tree, apart: headings and list items are separate lines on a page too. */
function blockTexts(node: Node): string[] {
	if (['paragraph', 'heading', 'tableCell', 'code', 'html', 'inlineCode'].includes(node.type)) return [textOf(node)];
	return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]).flatMap(blockTexts) : [];
}

/** Every string in an entry's fields (lessons, summaries, recommendations…): they are on its page too. */
function fieldTexts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(fieldTexts);
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(fieldTexts);
	return [];
}

/**
 * The addresses of an entry's pages in every language (without the site's base path), by its file
 * name, `slug` and `aliases`; a project's printable report too. None for a collection without pages.
 */
export function entryAddresses(file: ContentFile, locales: Locales): string[] {
	const urls = createUrlBuilder(locales, '/');
	const data = file.data ?? {};
	const section = file.collection as Section;
	const addresses: string[] = [];
	if (sections.includes(section)) {
		const slugs = [file.key, ...(typeof data.slug === 'string' ? [data.slug] : []), ...(Array.isArray(data.aliases) ? data.aliases.map(String) : [])];
		for (const language of locales.languages) {
			for (const s of slugs) addresses.push(urls.entry(section, s, language));
			if (section === 'projects') addresses.push(urls.report(slugs[1] ?? file.key, language));
		}
	} else if (file.collection === 'docs') {
		for (const language of locales.languages) addresses.push(urls.page(guidePath(file.key), language));
	}
	return addresses;
}

/**
 * The addresses of what a public build leaves out, by file: each page address of an entry none of
 * whose files is published, in every language, and each file's own path ("/learnings/x.md" of
 * content/…, which a status or edit page could name). A public original's addresses in every
 * language are its own, even where its translation is internal (that language then shows the
 * original), so an internal translation of a public entry has only its file's path.
 */
export function withheldAddresses(files: readonly ContentFile[], locales: Locales, what: Publication): Map<ContentFile, string[]> {
	const publicOriginals = new Set(files.filter((f) => f.data !== undefined && what.published(f) && what.isOriginal(f)).map((f) => `${f.collection}/${f.key}`));
	const withheld = new Map<ContentFile, string[]>();
	for (const file of files) {
		if (file.data === undefined || what.published(file)) continue;
		const addresses = new Set(!what.isOriginal(file) && publicOriginals.has(`${file.collection}/${file.key}`) ? [] : entryAddresses(file, locales));
		addresses.add(`/${file.path.replace(/^content\//, '')}`);
		withheld.set(file, [...addresses]);
	}
	return withheld;
}

/**
 * `what` says which files are published (publication.ts: a file that says so, when its original,
 * in whatever language, says so too); run-checks.ts passes the one it decided with.
 */
export function publicationFacts(
	files: readonly ContentFile[],
	config: SiteConfig,
	locales: Locales,
	root: string,
	what: Publication = publication(files, config)
): PublicationFacts {
	const hidden = files.filter((file) => file.data !== undefined && !what.published(file));
	const shown = files.filter((file) => file.data !== undefined && what.published(file));
	const addressesOf = withheldAddresses(files, locales, what);
	const internal = hidden.map((file): InternalFingerprint => {
		const data = file.data!;
		const addresses = addressesOf.get(file)!;
		let body = file.body;
		try {
			body = blockTexts(bodyTree(file.body, 'md')!).join('\n');
		} catch {
			// An unreadable body is checked as it is written.
		}
		const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : '';
		return {
			file: file.path,
			addresses,
			title: titleRun(title),
			runs: [...new Set([...textRuns(body), ...fieldTexts(data).flatMap((text) => textRuns(text))])],
		};
	});

	// public/ files an internal entry names and no public entry, nor the site's configuration, does.
	const publicFolder = siteLayout(root).public;
	const configText = (() => {
		try {
			return readFileSync(siteLayout(root).config, 'utf8');
		} catch {
			return '';
		}
	})();
	const names = (file: ContentFile, path: string) => file.raw.includes(path) || file.raw.includes(encodeURI(path));
	const withheld = filesUnder(publicFolder).filter((path) => {
		const address = `/${path}`;
		return hidden.some((file) => names(file, address)) && !shown.some((file) => names(file, address)) && !configText.includes(address);
	});
	return { internal, withheld };
}
