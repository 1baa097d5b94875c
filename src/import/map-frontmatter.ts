import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { nearestField, schemaFields } from '../checks/field-names';
import { postSchema } from '../schemas/post';
import type { SourcePage, SourceSite } from './source-site';

/**
 * A page's frontmatter in Memoria's terms. What the tool's fields mean becomes Starlight's
 * fields for a guide (title, description, sidebar order and label, draft, lastUpdated) or a
 * blog post's (title, summary, date, authors; a draft stays internal). Every other field is
 * decided once, and the report names each decision:
 * - the tool's own machinery (layout, hide, slug…) is dropped: it means nothing here;
 * - a guide keeps any other field, so nothing the writers wrote is lost (`memoria check` lists
 *   each name once, and guideFields.allow in memoria.config.ts quiets it), unless the name is
 *   a near miss of one of Starlight's, which would stop the build, or one of Starlight's own with
 *   a value Starlight refuses;
 * - a blog post has a strict schema: a field it does not know is dropped.
 */

export type TargetKind = 'guide' | 'post';

export type DropReason = 'tool-only' | 'address' | 'raw-html' | 'near-miss' | 'invalid' | 'not-in-posts';

export interface MappedFrontmatter {
	data: Record<string, unknown>;
	dropped: { field: string; reason: DropReason }[];
	/** Fields a guide keeps that Memoria does not know. */
	kept: string[];
	/** A draft post, kept out of the public build as an internal entry. */
	draftMadeInternal?: true;
}

/** A guide's known fields, as the checks know them (src/checks/run-checks.ts): Starlight's and Memoria's two. */
const guideSchema = docsSchema()({ image: () => z.any() } as never) as z.ZodType;
const guideFields = [...schemaFields(guideSchema), 'sourceChecked', 'visibility'];
const postFields = schemaFields(postSchema());

/** A value at a dotted path ("sidebar.order", "last_update.date"). */
export function valueAt(data: Record<string, unknown>, path: string): unknown {
	let value: unknown = data;
	for (const part of path.split('.')) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
		value = (value as Record<string, unknown>)[part];
	}
	return value;
}

const firstOf = (data: Record<string, unknown>, paths: readonly string[], accept: (v: unknown) => boolean) =>
	paths.map((path) => valueAt(data, path)).find((v) => v !== undefined && v !== null && accept(v));
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A date as YYYY-MM-DD, from what the tools write ("2024-03-15", "2024-03-15 10:00:00 +0100", a TOML date). */
export function calendarDay(value: unknown): string | undefined {
	const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : typeof value === 'string' ? value.trim() : '';
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (!match) return undefined;
	const [, y, m, d] = match.map(Number);
	const day = new Date(Date.UTC(y!, m! - 1, d!));
	return day.getUTCMonth() === m! - 1 && day.getUTCDate() === d! ? match[0] : undefined;
}

/** A number for the navigation's order ("3" and 3 alike). */
const orderNumber = (value: unknown) => {
	const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
	return Number.isFinite(n) ? n : undefined;
};

export function mapFrontmatter(page: SourcePage, site: SourceSite, title: string, target: TargetKind, allowRawHtml = false): MappedFrontmatter {
	const { fields } = site;
	const data = page.data;
	const description = firstOf(data, fields.description, isText) as string | undefined;
	const draft = isDraft(page, site);
	const dropped: MappedFrontmatter['dropped'] = [];
	const kept: string[] = [];
	const mapped: Record<string, unknown> = { title };

	// Fields read above leave the page; for a guide, a post's date and authors stay as the writers' own.
	const read = [fields.title, fields.description, fields.order, fields.label, fields.updated, fields.draft.map((d) => d.field)];
	if (target === 'post') read.push(fields.published, fields.authors);
	const used = new Set(read.flat().map((path) => path.split('.')[0]!));

	if (target === 'guide') {
		if (description) mapped.description = description;
		const order = orderNumber(firstOf(data, fields.order, (v) => orderNumber(v) !== undefined)) ?? page.nav?.order;
		const label = (firstOf(data, fields.label, isText) as string | undefined) ?? page.nav?.label;
		// Starlight's own sidebar settings (hidden, badge) come along with the order and label.
		const own = data.sidebar && typeof data.sidebar === 'object' && !Array.isArray(data.sidebar) ? (data.sidebar as Record<string, unknown>) : {};
		const sidebar: Record<string, unknown> = { ...own };
		if (order !== undefined) sidebar.order = order;
		// A label that says the same as the title says nothing.
		if (label && label !== title) sidebar.label = label;
		else delete sidebar.label;
		if (Object.keys(sidebar).length > 0) mapped.sidebar = sidebar;
		used.add('sidebar');
		if (draft) mapped.draft = true;
		const updated = fields.updated.map((path) => calendarDay(valueAt(data, path))).find(Boolean);
		if (updated) mapped.lastUpdated = updated;
	} else {
		if (description) mapped.summary = description;
		const date = publishedDay(page, site);
		if (date) mapped.date = date;
		const authors = fields.authors
			.map((path) => valueAt(data, path))
			.map((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : []))
			.find((list) => list.length > 0);
		if (authors) mapped.authors = authors;
		if (draft) mapped.visibility = 'internal';
	}

	// Every other field: dropped with a reason, or kept.
	const known = target === 'guide' ? guideFields : postFields;
	const candidates: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(data)) {
		if (used.has(field) || field in mapped) continue;
		if (site.toolOnlyFields.includes(field)) dropped.push({ field, reason: 'tool-only' });
		else if (site.addressFields.includes(field)) dropped.push({ field, reason: 'address' });
		// Starlight's `head` adds any element to the page, scripts too: Memoria refuses it (src/checks/guide-frontmatter.ts).
		else if (field === 'head' && target === 'guide' && !allowRawHtml) dropped.push({ field, reason: 'raw-html' });
		else if (known.includes(field)) candidates[field] = value;
		else if (target === 'post') dropped.push({ field, reason: 'not-in-posts' });
		else if (nearestField(field, guideFields)) dropped.push({ field, reason: 'near-miss' });
		else {
			candidates[field] = value;
			kept.push(field);
		}
	}
	// A field Starlight or the post schema knows, with a value it refuses (MkDocs's `template: page.html`), cannot come along.
	const schema = target === 'guide' ? guideSchema : postSchema();
	const result = schema.safeParse({ ...candidates, title, ...(target === 'post' ? { date: new Date(0) } : {}) });
	const refused = new Set(result.success ? [] : result.error.issues.map((issue) => String(issue.path[0])));
	for (const [field, value] of Object.entries(candidates)) {
		if (refused.has(field) && !kept.includes(field)) dropped.push({ field, reason: 'invalid' });
		else mapped[field] = value;
	}
	return {
		data: mapped,
		dropped,
		kept,
		...(target === 'post' && draft ? { draftMadeInternal: true as const } : {}),
	};
}

/** Whether the tool keeps a page unpublished (draft: true, published: false). */
export const isDraft = (page: SourcePage, site: SourceSite) => site.fields.draft.some(({ field, value }) => valueAt(page.data, field) === value);

/** The day a page was published, by the tool's fields: what a blog post cannot be without. */
export const publishedDay = (page: SourcePage, site: SourceSite) => site.fields.published.map((path) => calendarDay(valueAt(page.data, path))).find(Boolean);

/** A title from a file's name, when the page has neither a title field nor a first heading: "getting-started" → "Getting started". */
export function titleFromName(key: string, sourceFolder: string): string {
	const parts = key.split('/').filter((p) => p.toLowerCase() !== 'index');
	const name = parts.at(-1) ?? sourceFolder;
	const words = name.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
