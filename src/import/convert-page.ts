import { posix } from 'node:path';
import { stringify } from 'yaml';
import type { AssetPlaces } from './asset-places';
import { rewriteMarkdown } from './convert/rewrite-markdown';
import { lineAt } from './convert/text-edits';
import { findUnconvertible } from './convert/unconvertible';
import { convertDialect } from './convert-dialect';
import { type Destination, relativeAddress } from './destination';
import type { ImportNote } from './import-notes';
import { type MappedFrontmatter, mapFrontmatter, titleFromName, valueAt } from './map-frontmatter';
import type { SourcePage, SourceSite } from './source-site';
import type { SourceTargets } from './source-targets';
import { baseName } from './tools/page-files';

/**
 * One page, from its tool's file to the file Memoria reads: the body converted, every link and
 * image given its new address, the title found, the frontmatter mapped, and a note at its line
 * in the written file for everything that needs a person.
 */

/** Images Astro optimises from Markdown; any other file is published from public/. */
const imageFile = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export interface PageInput {
	site: SourceSite;
	destination: Destination;
	page: SourcePage;
	language: string;
	/** The file to write, from the site's root. */
	to: string;
	/** Its place in the destination. */
	key: string;
	/** Where every other page went. */
	placeOf: ReadonlyMap<SourcePage, { key: string }>;
	targets: SourceTargets;
	assets: AssetPlaces;
	allowRawHtml: boolean;
	/**
	 * The page in the site's default language is a draft: a guide's translation is one too, since
	 * the site publishes no translation of a page it does not publish (a broken language link).
	 */
	originalIsDraft: boolean;
}

export interface ConvertedPage {
	text: string;
	notes: ImportNote[];
	frontmatter: MappedFrontmatter;
}

export function convertPage(input: PageInput): ConvertedPage {
	const { site, destination, page, language, to, key, placeOf, targets, assets, allowRawHtml, originalIsDraft } = input;
	const address = destination.address(key, language);
	const broken: { offset: number; target: string; kind: 'missing-target' | 'target-not-imported' }[] = [];

	/** A link's or image's new address: relative to this page, to another page's new place or a copied file. */
	const readdress = (url: string, kind: 'link' | 'image', offset: number): string | undefined => {
		const target = targets.resolve(url, page);
		if (target === 'outside') return undefined;
		if (target === undefined) {
			broken.push({ offset, target: url, kind: 'missing-target' });
			return undefined;
		}
		if ('page' in target) {
			const other = placeOf.get(target.page);
			if (!other) {
				broken.push({ offset, target: url, kind: 'target-not-imported' });
				return undefined;
			}
			return `${relativeAddress(address, destination.address(other.key, language))}${target.suffix}`;
		}
		if (kind === 'image' && imageFile.test(target.asset)) {
			const path = posix.relative(posix.dirname(to), assets.use(target.asset, 'image').to);
			return `${path.startsWith('.') ? path : `./${path}`}${target.suffix}`;
		}
		return `${relativeAddress(address, assets.use(target.asset, 'file').address)}${target.suffix}`;
	};

	// 1. The body: the tool's syntax, then links, images, title and headings.
	const converted = convertDialect(page.body, site.dialect, {
		page: (reference) => targets.reference(reference, page),
		post: (name) => targets.post(name, page),
	});
	const fieldTitle = site.fields.title.map((path) => valueAt(page.data, path)).find((v): v is string => typeof v === 'string' && v.trim() !== '');
	const rewritten = rewriteMarkdown(converted, { title: fieldTitle, rewrite: readdress });

	// 2. The frontmatter, with the title from a field, the first heading or the file's name.
	const title = fieldTitle ?? rewritten.headingTitle ?? titleFromName(page.key, baseName(site.root));
	const frontmatter = mapFrontmatter(page, site, title, destination.kind, allowRawHtml);
	const draftLikeOriginal = destination.kind === 'guide' && originalIsDraft && frontmatter.data.draft !== true;
	if (draftLikeOriginal) frontmatter.data.draft = true;

	// 3. The file, and each note at its line in it.
	const header = `---\n${stringify(frontmatter.data, { lineWidth: 0 })}---\n\n`;
	const body = rewritten.body.replace(/^\n+/, '');
	const removed = rewritten.body.length - body.length;
	const text = `${header}${body.replace(/\n*$/, '\n')}`;
	const lineOf = (offset: number) => lineAt(text, header.length + Math.max(0, offset - removed));
	const notes: ImportNote[] = [];
	for (const { offset, target, kind } of broken) notes.push({ kind, file: to, line: lineOf(rewritten.moved(offset)), target });
	for (const image of rewritten.images) {
		notes.push({ kind: image.problem === 'html' ? 'html-image' : 'image-without-alt', file: to, line: lineOf(image.offset), image: image.url });
	}
	const headerLines = header.split('\n').length - 1;
	for (const found of findUnconvertible(body, site.dialect, page.mdx)) {
		notes.push({ kind: 'unconvertible', file: to, line: headerLines + found.line, construct: found.construct, text: found.text });
	}
	if (rewritten.demoted) notes.push({ kind: 'headings-demoted', file: to });
	if (frontmatter.draftMadeInternal) notes.push({ kind: 'draft-internal', file: to });
	if (draftLikeOriginal) notes.push({ kind: 'draft-like-original', file: to });
	return { text, notes, frontmatter };
}
