import { countryName, formatDate } from '../lib/format';
import { en } from '../translations/en';
import type { MemberView } from './network';

/**
 * The fields of a member's entry as the copy page shows them: every field the export carries
 * besides those the page shows elsewhere (title, summary, body, themes) and the format's own
 * (id, path, url…), each as text. A member's fields are not the hub's: a member on another
 * version of Memoria may have fields this one does not know, so none is interpreted beyond
 * dates, countries and references to the member's other entries (linked to their copies).
 * Nothing a member wrote becomes markup: the page renders these strings as text.
 */

export interface CopyField {
	key: string;
	label: string;
	/** One line of text. */
	value?: string;
	/** A list of lines (an array of objects: recommendations, evidence…). */
	items?: string[];
	/** Links to the copies of the member's other entries, or their titles alone. */
	links?: { text: string; href?: string | undefined }[];
}

/** Fields of the format and the ones the page shows in its own place. */
const shownElsewhere = new Set([
	'id',
	'type',
	'url',
	'path',
	'language',
	'translated',
	'title',
	'body',
	'summary',
	'description',
	'themes',
	'cover',
	'draft',
	'visibility',
	'slug',
	'translatedFrom',
	'sourceChecked',
]);
/** Fields that name other entries of the member, and the section they are in. */
const references: Record<string, string> = { project: 'projects', projects: 'projects', organisations: 'organisations', learnings: 'learnings' };

/** The site's own label of a field where it has one (a learning's lesson is "The lesson"), else none: the field's name is shown. */
function labelKey(key: string): string | undefined {
	return [`memoria.field.${key}`, `memoria.learning.${key}`].find((candidate) => candidate in en && !candidate.startsWith('memoria.learning.related'));
}

/** The site's word for a value of one of its lists, where it has one: a learning's "reviewed" is memoria.review.reviewed. */
function valueKey(type: unknown, field: string, value: string): string | undefined {
	const group = type === 'learnings' && field === 'status' ? 'review' : field;
	const key = `memoria.${group}.${value}`;
	return key in en ? key : undefined;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DEPTH = 3;

function asText(value: unknown, language: string, depth = 0): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return isoDay.test(value) && !Number.isNaN(Date.parse(value)) ? formatDate(new Date(value), language) : value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (depth >= MAX_DEPTH) return '…';
	if (Array.isArray(value))
		return value
			.map((item) => asText(item, language, depth + 1))
			.filter(Boolean)
			.join(', ');
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>)
			.map(([key, item]) => {
				const text = asText(item, language, depth + 1);
				return text ? `${key}: ${text}` : '';
			})
			.filter(Boolean)
			.join(' · ');
	}
	return '';
}

export function copyFields(data: Record<string, unknown>, view: MemberView, language: string, label: (key: string) => string): CopyField[] {
	const fields: CopyField[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (shownElsewhere.has(key) || value === null || value === undefined || value === '') continue;
		const known = labelKey(key) ? label(labelKey(key)!) : key;
		const section = references[key];
		if (section) {
			const refs = (Array.isArray(value) ? value : [value]).filter(
				(r): r is { id: string; title?: string } => typeof r === 'object' && r !== null && 'id' in r
			);
			const links = refs.map((ref) => ({
				text: typeof ref.title === 'string' ? ref.title : String(ref.id),
				href: view.byRef.get(`${section}/${ref.id}`)?.href,
			}));
			if (links.length > 0) fields.push({ key, label: known, links });
			continue;
		}
		if (key === 'countries' && Array.isArray(value)) {
			fields.push({
				key,
				label: known,
				value: value
					.filter((c): c is string => typeof c === 'string' && /^[A-Z]{2}$/.test(c))
					.map((c) => countryName(c, language))
					.join(', '),
			});
			continue;
		}
		if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
			const items = value.map((item) => asText(item, language, 1)).filter(Boolean);
			if (items.length > 0) fields.push({ key, label: known, items });
			continue;
		}
		// A value of one of Memoria's own lists (a phase, a kind of lesson, a level of confidence…) in the page's words.
		const word = typeof value === 'string' ? valueKey(data.type, key, value) : undefined;
		const text = word ? label(word) : asText(value, language);
		if (text) fields.push({ key, label: known, value: text });
	}
	return fields;
}
