import { posix } from 'node:path';
import { stringify } from 'yaml';
import { slugFromTitle } from '../cli/new-slug';
import type { SiteConfig } from '../config/site-config';
import { findUnconvertible } from './convert/unconvertible';
import { rewriteMarkdown } from './convert/rewrite-markdown';
import { lineAt } from './convert/text-edits';
import { convertDialect } from './convert-dialect';
import type { Destination } from './destination';
import type { FieldDecision, ImportNote } from './import-notes';
import { siteLanguageOf } from './language-codes';
import { mapFrontmatter, publishedDay, titleFromName, valueAt } from './map-frontmatter';
import type { SourcePage, SourceSite } from './source-site';
import { sourceTargets, type Target } from './source-targets';
import { baseName, languageFolder } from './tools/page-files';

/**
 * Everything an import will write, decided before the first file is written (so a dry run
 * prints exactly what a real one does, and a refusal leaves nothing half done): each page's
 * place and language, its translations paired, its frontmatter and body converted, the images
 * and files it uses, and a note for everything that needs a person.
 */

export interface PlannedPage {
	/** The source file, from the source folder. */
	from: string;
	/** The file to write, from the site's root. */
	to: string;
	/** Its place in the destination, the same for a page and its translations. */
	key: string;
	language: string;
	text: string;
}

export interface PlannedAsset {
	from: string;
	to: string;
	kind: 'image' | 'file';
}

export interface ImportPlan {
	pages: PlannedPage[];
	assets: PlannedAsset[];
	notes: ImportNote[];
	fields: FieldDecision[];
}

export interface PlanOptions {
	config: SiteConfig;
	destination: Destination;
	/** --lang: the language of pages that name none, over what the tool's settings say. */
	sourceLanguage?: string;
}

/** Images Astro optimises from Markdown; any other file is published from public/. */
const imageFile = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** A guide's file name as content-files.ts accepts it: each part starts with a letter or digit. */
const guidePart = /^[\p{L}\p{N}][^/\p{Cc}]*$/u;

/** A relative address from one page's address to another's ("/guides/a/" → "/guides/b/": "../b/"). */
export function relativeAddress(from: string, to: string): string {
	const a = from.split('/').filter(Boolean);
	const b = to.split('/').filter(Boolean);
	let same = 0;
	while (same < a.length && same < b.length && a[same] === b[same]) same++;
	const rest = b.slice(same).join('/');
	const path = `${'../'.repeat(a.length - same)}${rest}${rest && to.endsWith('/') ? '/' : ''}`;
	return path === '' ? './' : path;
}

export function planImport(site: SourceSite, { config, destination, sourceLanguage }: PlanOptions): ImportPlan {
	const notes: ImportNote[] = site.skipped.map((s) => ({ kind: 'skipped', file: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) }));
	const fieldCounts = new Map<string, FieldDecision>();
	const count = (field: string, reason: FieldDecision['reason']) => {
		const key = `${reason}\0${field}`;
		const decision = fieldCounts.get(key) ?? { field, reason, pages: 0 };
		decision.pages++;
		fieldCounts.set(key, decision);
	};

	// 1. Each page's language among the site's; pages in a language the site does not have are left out, and said.
	const defaultSourceLanguage = sourceLanguage ?? site.defaultLanguage ?? config.defaultLanguage;
	const outside = new Map<string, string[]>();
	const pages: { page: SourcePage; language: string }[] = [];
	for (const page of site.pages) {
		const written = page.language ?? defaultSourceLanguage;
		const language = siteLanguageOf(written, config.languages);
		if (language) pages.push({ page, language });
		else outside.set(written, [...(outside.get(written) ?? []), page.path]);
	}
	for (const [language, files] of outside) notes.push({ kind: 'language-not-in-site', language, files });

	// 2. Translations: pages that share a translationKey, else a place.
	const groupOfKey = new Map<string, string>();
	for (const { page } of pages) if (page.translationKey) groupOfKey.set(page.key, `key:${page.translationKey}`);
	const groups = new Map<string, { page: SourcePage; language: string }[]>();
	for (const entry of pages) {
		const group = entry.page.translationKey ? `key:${entry.page.translationKey}` : (groupOfKey.get(entry.page.key) ?? `path:${entry.page.key}`);
		groups.set(group, [...(groups.get(group) ?? []), entry]);
	}

	// 3. Each group's place in the site: its default-language page's path, made a valid name.
	const rank = (language: string) => config.languages.indexOf(language);
	const placeOf = new Map<SourcePage, { key: string; language: string }>();
	const taken = new Map<string, string>();
	for (const members of groups.values()) {
		members.sort((a, b) => rank(a.language) - rank(b.language) || a.page.path.localeCompare(b.page.path));
		const key = destinationKey(members[0]!.page.key, destination);
		const languages = new Set<string>();
		for (const { page, language } of members) {
			// A blog post without a date cannot be published: it gets no place, and links to it are reported.
			if (destination.kind === 'post' && !publishedDay(page, site)) {
				notes.push({ kind: 'no-date', file: page.path });
				continue;
			}
			const target = destination.pagePath(key, language, 'md');
			const other = taken.get(target);
			if (other !== undefined || languages.has(language)) {
				notes.push({ kind: 'same-place', file: page.path, other: other ?? members.find((m) => m.language === language)!.page.path, target });
				continue;
			}
			taken.set(target, page.path);
			languages.add(language);
			placeOf.set(page, { key, language });
		}
	}

	// 4. Images and files, each copied once, below the pages as it was below the source's pages.
	const folders = [...site.contentFolders, ...site.publicFolders.map((folder) => ({ folder, language: undefined }))].sort(
		(a, b) => b.folder.length - a.folder.length
	);
	/** An asset's path below the folder that held it, and the language of that folder. */
	const assetKey = (path: string): { key: string; language?: string } => {
		const holder = folders.find((f) => f.folder === '' || path.startsWith(`${f.folder}/`));
		let key = holder && holder.folder !== '' ? path.slice(holder.folder.length + 1) : path;
		let written = holder?.language;
		if (!written) {
			const split = languageFolder(key, config.languages);
			if (split.language) [key, written] = [split.path, split.language];
		}
		const language = written ? siteLanguageOf(written, config.languages) : undefined;
		return { key: withoutRepeatedFolder(key, destination), ...(language && language !== config.defaultLanguage ? { language } : {}) };
	};
	const assets = new Map<string, PlannedAsset>();
	/** The asset as an image shown in a page (beside the pages), or as a file to open or download (public/). */
	const useAsset = (path: string, as: 'image' | 'file'): { to: string; address: string } => {
		const { key, language } = assetKey(path);
		const file = destination.publicFile(language ? `${language}/${key}` : key);
		const to = as === 'image' ? destination.imagePath(key, language) : file.path;
		assets.set(`${as}\0${path}`, { from: path, to, kind: as });
		return { to, address: file.address };
	};

	// 5. Each page: body converted, links and images readdressed, frontmatter mapped, notes placed on the written file's lines.
	const targets = sourceTargets(site);
	const planned: PlannedPage[] = [];
	for (const members of groups.values()) {
		// A translation without an order of its own takes its original's (its label stays its own: it is in another language).
		const groupOrder = members.map(({ page }) => (page.nav ? { order: page.nav.order } : orderField(page, site))).find(Boolean);
		for (const { page: source, language } of members) {
			const place = placeOf.get(source);
			if (!place) continue;
			const page = source.nav || !groupOrder ? source : { ...source, nav: groupOrder };
			const to = destination.pagePath(place.key, language, page.mdx && config.mdx ? 'mdx' : 'md');
			const address = destination.address(place.key, language);
			const pending: { offset: number; target: string }[] = [];
			const notImported: { offset: number; target: string }[] = [];

			const converted = convertDialect(page.body, site.dialect, {
				page: (reference) => targets.reference(reference, page),
				post: (name) => targets.post(name, page),
			});
			const fieldTitle = site.fields.title.map((path) => valueAt(page.data, path)).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
			const rewritten = rewriteMarkdown(converted, {
				title: fieldTitle,
				rewrite(url, kind, offset) {
					const target = targets.resolve(url, page);
					if (target === 'outside') return undefined;
					if (target === undefined) {
						pending.push({ offset, target: url });
						return undefined;
					}
					return addressOf(target, kind, url, offset);
				},
			});

			function addressOf(target: Target, kind: 'link' | 'image', url: string, offset: number): string | undefined {
				if ('page' in target) {
					const other = placeOf.get(target.page);
					if (!other) {
						notImported.push({ offset, target: url });
						return undefined;
					}
					return `${relativeAddress(address, destination.address(other.key, language))}${target.suffix}`;
				}
				// An image shown in the page sits beside it, where Astro optimises it; a link to any file
				// (a PDF, or an image to open full size) needs the file published as it is, from public/.
				if (kind === 'image' && imageFile.test(target.asset)) {
					const path = posix.relative(posix.dirname(to), useAsset(target.asset, 'image').to);
					return `${path.startsWith('.') ? path : `./${path}`}${target.suffix}`;
				}
				return `${relativeAddress(address, useAsset(target.asset, 'file').address)}${target.suffix}`;
			}

			const title = fieldTitle ?? rewritten.headingTitle ?? titleFromName(page.key, baseName(site.root));
			const mapped = mapFrontmatter(page, site, title, destination.kind, config.allowRawHtml);
			for (const { field, reason } of mapped.dropped) count(field, reason);
			for (const field of mapped.kept) count(field, 'kept');

			const header = `---\n${stringify(mapped.data, { lineWidth: 0 })}---\n\n`;
			const body = rewritten.body.replace(/^\n+/, '');
			const removed = rewritten.body.length - body.length;
			const text = `${header}${body.replace(/\n*$/, '\n')}`;
			const lineOf = (bodyOffset: number) => lineAt(text, header.length + Math.max(0, bodyOffset - removed));
			const headerLines = header.split('\n').length - 1;

			for (const { offset, target } of pending) notes.push({ kind: 'missing-target', file: to, line: lineOf(rewritten.moved(offset)), target });
			for (const { offset, target } of notImported) notes.push({ kind: 'target-not-imported', file: to, line: lineOf(rewritten.moved(offset)), target });
			for (const image of rewritten.images) {
				notes.push({ kind: image.problem === 'html' ? 'html-image' : 'image-without-alt', file: to, line: lineOf(image.offset), image: image.url });
			}
			for (const found of findUnconvertible(body, site.dialect, page.mdx)) {
				notes.push({ kind: 'unconvertible', file: to, line: headerLines + found.line, construct: found.construct, text: found.text });
			}
			if (rewritten.demoted) notes.push({ kind: 'headings-demoted', file: to });
			if (mapped.draftMadeInternal) notes.push({ kind: 'draft-internal', file: to });
			if (destination.kind === 'post' && language !== config.defaultLanguage && !members.some((m) => m.language === config.defaultLanguage)) {
				notes.push({ kind: 'without-original', file: to, original: destination.pagePath(place.key, config.defaultLanguage, 'md') });
			}
			planned.push({ from: page.path, to, key: place.key, language, text });
		}
	}

	// Notes in the order of the files they are about, then of their lines.
	const where = (note: ImportNote) => ('file' in note ? note.file : '');
	notes.sort((a, b) => where(a).localeCompare(where(b)) || ('line' in a && 'line' in b ? a.line - b.line : 0));
	return {
		pages: planned.sort((a, b) => a.to.localeCompare(b.to)),
		assets: [...assets.values()].sort((a, b) => a.to.localeCompare(b.to)),
		notes,
		fields: [...fieldCounts.values()].sort((a, b) => a.reason.localeCompare(b.reason) || b.pages - a.pages || a.field.localeCompare(b.field)),
	};
}

/** The order a page's own field gives, as a navigation place its translations can share. */
function orderField(page: SourcePage, site: SourceSite): { order: number } | undefined {
	const value = site.fields.order.map((path) => valueAt(page.data, path)).find((v) => v !== undefined);
	const order = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
	return Number.isFinite(order) ? { order } : undefined;
}

/**
 * A path without a first folder named like the destination's own: a tool's pages (and their
 * images) kept in guides/ (Starlight's, Docusaurus's habit) go to guides/, not guides/guides/.
 */
export function withoutRepeatedFolder(path: string, destination: Pick<Destination, 'label'>): string {
	const parts = path.split('/').filter(Boolean);
	if (parts.length > 1 && parts[0]!.toLowerCase() === destination.label.split('/').at(-1)!.toLowerCase()) parts.shift();
	return parts.join('/');
}

/**
 * A page's path in the site. A guide keeps its path, each part a name a guide may have (a
 * leading "_" of Jekyll's collections and Hugo's sections taken off). A blog post is one name,
 * in lower-case words joined by hyphens, since its file name is its id.
 */
export function destinationKey(key: string, destination: Pick<Destination, 'kind' | 'label'>): string {
	const parts = withoutRepeatedFolder(key, destination).split('/');
	if (destination.kind === 'post') {
		const name = [...parts].reverse().find((p) => !['index', '_index', 'readme'].includes(p.toLowerCase())) ?? 'post';
		return slugFromTitle(name.replace(/^\d{4}-\d{2}-\d{2}-/, '')) || 'post';
	}
	return parts
		.map((part) => {
			const name = part.replace(/^_+/, '');
			return guidePart.test(name) ? name : slugFromTitle(name) || 'page';
		})
		.join('/');
}
