import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { stringify } from 'csv-stringify/sync';
import type { ContentGraph } from './content-graph';
import { entryLink, entryPath } from '../site/entry-links';
import { isoDate } from '../lib/format';
import { sections, type Section } from './sections';
import { themeLabel } from './taxonomy';

/**
 * Machine-readable copies of the public memory, for partners who want the lessons in a
 * spreadsheet or another tool, and for a network's hub that keeps a copy of the memory (the JSON
 * is the format of src/network/format.ts: every record has its page's `path` and its Markdown
 * `body`). Field names are stable English identifiers; values are in the export's language where
 * a translation exists (`translated` says which).
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function plain(value: unknown): Json {
	if (value instanceof Date) return isoDate(value);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	return (value ?? null) as Json;
}

/**
 * One entry as a JSON record, with references expanded to id, title and URL, its page's path from
 * its language's home, and the Markdown body of the file shown in that language (an untranslated
 * entry's is its original's; a data entry, such as an organisation, has none).
 */
export function exportRecord(graph: ContentGraph, section: Section, key: string, language: string, site: URL | undefined, readBody: BodyReader = bodyOnEntry) {
	const entry = graph.get(section, key)!;
	const { file, isFallback } = graph.fileFor(entry, language);
	const { visibility: _visibility, ...data } = file.data as Record<string, unknown>;
	// A reference to an entry this build does not publish (an internal one) is left out entirely.
	const ref = (s: Section, k: string) => {
		const link = entryLink(graph, s, k, language);
		return link ? { id: k, title: link.title, url: absolute(link.href, site) } : null;
	};
	const refs = (s: Section, ids: unknown) => (Array.isArray(ids) ? ids.flatMap((k: string) => ref(s, k) ?? []) : []);
	const link = entryLink(graph, section, key, language)!;
	const path = entryPath(graph, section, key, language);
	const record: Record<string, Json> = {
		id: key,
		type: section,
		url: absolute(link.href, site),
		path,
		language: file.language,
		translated: !isFallback,
		// Every record has a title: an organisation's is its name.
		title: link.title,
		...(plain(data) as Record<string, Json>),
	};
	// Again after the file's fields (keeping their place in the record), so none of them stands in for these.
	record.path = path;
	record.body = readBody(file);
	if ('themes' in data) record.themes = (data.themes as string[]).map((t) => ({ id: t, label: themeLabel(graph, t, language) }));
	if ('organisations' in data) record.organisations = refs('organisations', data.organisations);
	if ('projects' in data) record.projects = refs('projects', data.projects);
	if ('learnings' in data) record.learnings = refs('learnings', data.learnings);
	if (section === 'learnings') record.project = ref('projects', data.project as string);
	// References inside other fields: follow-ups ("learning-id#2") and a project's assumptions.
	if (Array.isArray(data.followsUp)) {
		record.followsUp = (data.followsUp as string[]).filter((reference) => ref('learnings', String(reference).split('#')[0]!) !== null);
	}
	if (Array.isArray(data.assumptions)) {
		record.assumptions = (data.assumptions as Record<string, unknown>[]).map((a) => ({
			...(plain(a) as Record<string, Json>),
			learnings: refs('learnings', a.learnings),
			calls: refs('calls', a.calls),
		}));
	}
	if (section === 'posts' && data.cover) record.cover = { alt: (data.cover as { alt: string }).alt };
	return record;
}

/** How an export gets the Markdown body of an entry's file ("" for a data file, such as YAML). */
export type BodyReader = (file: { filePath: string; source?: unknown }) => string;

/** The body Astro's loader kept with the entry, where it keeps one. */
export const bodyOnEntry: BodyReader = ({ source }) => {
	const body = (source as { body?: unknown } | undefined)?.body;
	return typeof body === 'string' ? body : '';
};

/**
 * The body read again from the file, as Astro's loader reads it (the text after the frontmatter,
 * trimmed). A build keeps no body in Astro's content store (src/model/collections.ts): at 10,000
 * entries per language the bodies were a third of the store, which Astro holds twice in memory
 * for the whole build (issue 20); only the exports need them.
 */
export function bodyFromFile(root: string): BodyReader {
	return ({ filePath }) =>
		/\.mdx?$/i.test(filePath) ? parseFrontmatter(readFileSync(join(root, filePath), 'utf8'), { frontmatter: 'remove' }).content.trim() : '';
}

function absolute(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** Every public entry of every section, in reading order. */
export function exportMemory(graph: ContentGraph, language: string, site: URL | undefined, readBody: BodyReader = bodyOnEntry) {
	const bySection = Object.fromEntries(sections.map((s) => [s, graph.ordered[s].map((k) => exportRecord(graph, s, k, language, site, readBody))])) as Record<
		Section,
		Record<string, Json>[]
	>;
	return {
		language,
		generated: new Date().toISOString(),
		themes: [...graph.themes.keys()].map((id) => ({ id, label: themeLabel(graph, id, language) })),
		...bySection,
	};
}

type Reference = { id: string; title?: string };
/** A learning's export record, as far as the CSV reads it. */
interface LearningRecord {
	id: string;
	url: string;
	language: string;
	translated: boolean;
	title: string;
	date: string;
	project: Reference | null;
	phase: string;
	kind: string;
	confidence: string;
	status: string;
	lesson: string;
	expected?: string;
	happened?: string;
	why?: string;
	recommendations: { action: string; state: string; owner?: string; due?: string }[];
	evidence: { kind: string; reference: string }[];
	themes: { label: string }[];
	organisations: Reference[];
	authors: string[];
}

/** Learnings as CSV rows: one per learning, lists joined with " | " so a spreadsheet keeps one row each. */
export function learningsCsv(graph: ContentGraph, language: string, site: URL | undefined): string {
	const join = (items: string[]) => items.join(' | ');
	const rows = graph.ordered.learnings.map((key) => {
		// The record's JSON, read with the shape learningSchema gives every learning (defaults applied).
		const r = exportRecord(graph, 'learnings', key, language, site) as unknown as LearningRecord;
		return {
			id: r.id,
			url: r.url,
			language: r.language,
			translated: r.translated ? 'yes' : 'no',
			title: r.title,
			date: r.date,
			project: r.project?.title ?? '',
			phase: r.phase,
			kind: r.kind,
			confidence: r.confidence,
			status: r.status,
			lesson: r.lesson,
			expected: r.expected ?? '',
			happened: r.happened ?? '',
			why: r.why ?? '',
			recommendations: join(r.recommendations.map((x) => `${x.action} [${x.state}${x.owner ? `, ${x.owner}` : ''}${x.due ? `, ${x.due}` : ''}]`)),
			evidence: join(r.evidence.map((x) => `${x.kind}: ${x.reference}`)),
			themes: join(r.themes.map((x) => x.label)),
			organisations: join(r.organisations.map((x) => x.title ?? x.id)),
			authors: join(r.authors),
		};
	});
	// A byte-order mark so spreadsheet programs read the accents of Spanish text correctly.
	return `\uFEFF${stringify(rows, { header: true, columns: rows.length ? Object.keys(rows[0]!) : ['id'], cast: { string: inertCell } })}`;
}

/**
 * A cell a spreadsheet shows as text, never runs: one that begins with "=", "+", "-", "@", a tab
 * or a carriage return would be read as a formula, so it gets a leading apostrophe (OWASP, "CSV
 * Injection"). The apostrophe is hidden by spreadsheet programs and marks the cell as text.
 */
export function inertCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
