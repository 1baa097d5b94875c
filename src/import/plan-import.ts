import type { SiteConfig } from '../config/site-config';
import { assetPlaces, type PlannedAsset } from './asset-places';
import { convertPage } from './convert-page';
import type { Destination } from './destination';
import type { FieldDecision, ImportNote } from './import-notes';
import { isDraft, valueAt } from './map-frontmatter';
import { pagePlaces } from './page-places';
import type { SourcePage, SourceSite } from './source-site';
import { sourceTargets } from './source-targets';

export type { PlannedAsset } from './asset-places';

/**
 * Everything an import will write, decided before the first file is written (so a dry run
 * prints exactly what a real one does, and a refusal leaves nothing half done): each page's
 * place and language with its translations beside it (page-places.ts), each page converted
 * (convert-page.ts), the images and files they use (asset-places.ts), the fields kept and
 * dropped, and a note for everything that needs a person.
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

export function planImport(site: SourceSite, { config, destination, sourceLanguage }: PlanOptions): ImportPlan {
	const { groups, placeOf, notes } = pagePlaces(site, config, destination, sourceLanguage);
	notes.push(...site.skipped.map((s): ImportNote => ({ kind: 'skipped', file: s.path, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) })));
	const targets = sourceTargets(site);
	const assets = assetPlaces(site, config, destination);
	const fields = new Map<string, FieldDecision>();
	const count = (field: string, reason: FieldDecision['reason']) => {
		const decision = fields.get(`${reason}\0${field}`) ?? { field, reason, pages: 0 };
		decision.pages++;
		fields.set(`${reason}\0${field}`, decision);
	};

	const pages: PlannedPage[] = [];
	for (const group of groups) {
		const placed = group.filter((member) => placeOf.has(member.page));
		const original = placed.find((member) => member.language === config.defaultLanguage);
		// A translation without an order of its own takes its original's (its label stays its own: it is in another language).
		const order = placed.map(({ page }) => page.nav?.order ?? orderField(page, site)).find((o) => o !== undefined);
		for (const { page: source, language } of placed) {
			const { key } = placeOf.get(source)!;
			const page = source.nav || order === undefined ? source : { ...source, nav: { order } };
			const to = destination.pagePath(key, language, page.mdx && config.mdx ? 'mdx' : 'md');
			const converted = convertPage({
				site,
				destination,
				page,
				language,
				to,
				key,
				placeOf,
				targets,
				assets,
				allowRawHtml: config.allowRawHtml,
				originalIsDraft: original !== undefined && original.page !== source && isDraft(original.page, site),
			});
			for (const { field, reason } of converted.frontmatter.dropped) count(field, reason);
			for (const field of converted.frontmatter.kept) count(field, 'kept');
			notes.push(...converted.notes);
			// Memoria builds a translation from its original: one without it is said, with the command that starts it.
			if (!original)
				notes.push({ kind: 'without-original', file: to, original: destination.pagePath(key, config.defaultLanguage, 'md'), language: config.defaultLanguage });
			pages.push({ from: page.path, to, key, language, text: converted.text });
		}
	}

	// Notes in the order of the files they are about, then of their lines.
	const where = (note: ImportNote) => ('file' in note ? note.file : '');
	notes.sort((a, b) => where(a).localeCompare(where(b)) || ('line' in a && 'line' in b ? a.line - b.line : 0));
	return {
		pages: pages.sort((a, b) => a.to.localeCompare(b.to)),
		assets: assets.planned(),
		notes,
		fields: [...fields.values()].sort((a, b) => a.reason.localeCompare(b.reason) || b.pages - a.pages || a.field.localeCompare(b.field)),
	};
}

/** The order a page's own field gives, which its translations can share. */
function orderField(page: SourcePage, site: SourceSite): number | undefined {
	const value = site.fields.order.map((path) => valueAt(page.data, path)).find((v) => v !== undefined);
	const order = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
	return Number.isFinite(order) ? order : undefined;
}
