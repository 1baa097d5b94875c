import type { WriterLanguage } from '../errors/writer-language';
import type { AdjustableCheck } from '../checks/adjustable-checks';
import type { ImportNote } from '../import/import-notes';
import type { ImportPlan } from '../import/plan-import';
import type { SourceSite } from '../import/source-site';
import type { Placement } from '../import/write-import';
import { importText } from './import-text';

/**
 * The report `memoria import` ends with, the same for a dry run and a real one: where the pages
 * came from, every file written (or that would be) beside the file it came from, the languages,
 * then what needs a person, each with its file and line, and what became of the frontmatter's
 * fields. In the writer's language.
 */

export interface ReportInput {
	language: WriterLanguage;
	site: SourceSite;
	/** The source folder as the writer gave it. */
	source: string;
	plan: ImportPlan;
	/** Where the pages go ("content/docs/guides"). */
	into: string;
	/** The site's languages, its default first: the order the report counts pages in. */
	languages: readonly string[];
	placement: Placement;
	dryRun: boolean;
	/** Whether files were replaced (--force), or would have to be. */
	force: boolean;
}

export function importReport({ language, site, source, plan, into, languages, placement, dryRun, force }: ReportInput): string {
	const text = importText[language];
	const lines: string[] = [text.title(text.tool[site.tool], site.evidence, source, into), ''];
	if (dryRun) lines.push(text.dryRun, '');

	// 1. The files, each beside what it came from.
	const files = [...plan.pages.map((p) => ({ to: p.to, from: p.from })), ...plan.assets.map((a) => ({ to: a.to, from: a.from }))].filter(
		(f) => !placement.unchanged.has(f.to)
	);
	if (plan.pages.length === 0) lines.push(text.nothing);
	else {
		const width = Math.min(60, Math.max(...files.map((f) => f.to.length)));
		lines.push(dryRun || (placement.existing.length > 0 && !force) ? text.wouldWrite(files.length) : text.wrote(files.length));
		for (const file of files) lines.push(`  ${file.to.padEnd(width)}  ← ${file.from}`);
		if (placement.unchanged.size > 0) lines.push(text.unchanged(placement.unchanged.size));
		if (placement.existing.length > 0 && force) lines.push(text.replaced(placement.existing.length));
		lines.push('', text.languages(languageSummary(plan, language, languages)));
	}
	if (placement.existing.length > 0 && !force) lines.push('', text.existing, ...placement.existing.map((path) => `  ${path}`));

	// 2. What needs a person, by file and line; and, where the checks would stop the build for it,
	//    the setting that lets the site build meanwhile.
	const notes = plan.notes.map((note) => noteLine(note, language));
	if (notes.length > 0) lines.push('', text.notesTitle(notes.length), ...notes.map((line) => `  ⚠ ${line}`));
	const relax = relaxedChecks(plan);
	if (relax) lines.push('', text.relax, ...relax.map((line) => `  ${line}`));

	// 3. The frontmatter's fields: what was kept, and what was dropped, and why.
	if (plan.fields.length > 0) {
		lines.push('', text.fieldsTitle);
		const named = (reason: string) =>
			plan.fields
				.filter((f) => f.reason === reason)
				.map((f) => text.fieldCount(f.field, f.pages))
				.join(', ');
		if (named('kept')) lines.push(text.kept(named('kept')));
		for (const reason of ['tool-only', 'address', 'raw-html', 'near-miss', 'invalid', 'not-in-posts'] as const) {
			if (named(reason)) lines.push(text.dropped(reason, named(reason), text.tool[site.tool]));
		}
	}
	if (plan.pages.length > 0 && !(placement.existing.length > 0 && !force)) lines.push('', text.next);
	return lines.join('\n');
}

/**
 * What the checks will stop the build for among the notes, and which checks a site may relax for
 * a folder (src/checks/adjustable-checks.ts), as the `checks` of memoria.config.ts to copy: one
 * entry per language's folder of the imported pages, so the site's own pages keep their checks.
 */
function relaxedChecks(plan: ImportPlan): string[] | undefined {
	const checkOf: Partial<Record<ImportNote['kind'], AdjustableCheck>> = {
		'image-without-alt': 'image-without-alt',
		'missing-target': 'broken-link',
		'target-not-imported': 'broken-link',
	};
	const ids = [...new Set(plan.notes.flatMap((note) => checkOf[note.kind] ?? []))];
	if (ids.length === 0 || plan.pages.length === 0) return undefined;
	const folders = [...Map.groupBy(plan.pages, (page) => page.language).values()].map((pages) => commonFolder(pages.map((page) => page.to)));
	const levels = `{ ${ids.map((id) => `'${id}': 'warn'`).join(', ')} }`;
	return ['checks: {', '  folders: {', ...folders.sort().map((folder) => `    '${folder}/': ${levels},`), '  },', '},'];
}

/** The deepest folder that holds every one of these files. */
function commonFolder(files: string[]): string {
	const parts = files.map((file) => file.split('/').slice(0, -1));
	const shared: string[] = [];
	for (const [i, part] of parts[0]!.entries()) {
		if (!parts.every((p) => p[i] === part)) break;
		shared.push(part);
	}
	return shared.join('/');
}

/** "3 in English (en), 2 in Spanish (es); 2 pages have a translation". */
function languageSummary(plan: ImportPlan, language: WriterLanguage, languages: readonly string[]): string[] {
	const text = importText[language];
	const names = new Intl.DisplayNames([language], { type: 'language' });
	const counts = new Map<string, number>();
	for (const page of plan.pages) counts.set(page.language, (counts.get(page.language) ?? 0) + 1);
	const parts = [...counts]
		.sort(([a], [b]) => languages.indexOf(a) - languages.indexOf(b))
		.map(([code, count]) => text.inLanguage(count, names.of(code) ?? code, code));
	// A page has a translation when a page of another language went to the same place.
	const keys = new Map<string, Set<string>>();
	for (const page of plan.pages) keys.set(page.key, (keys.get(page.key) ?? new Set()).add(page.language));
	const translated = [...keys.values()].filter((languages) => languages.size > 1).length;
	if (translated > 0) parts.push(text.translated(translated));
	return parts;
}

function noteLine(note: ImportNote, language: WriterLanguage): string {
	const text = importText[language];
	const at = 'line' in note ? `${note.file}:${note.line}` : 'file' in note ? note.file : '';
	switch (note.kind) {
		case 'unconvertible':
			return `${at}  ${text.note.unconvertible(text.construct[note.construct], note.text)}`;
		case 'image-without-alt':
			return `${at}  ${text.note.imageWithoutAlt(note.image)}`;
		case 'html-image':
			return `${at}  ${text.note.htmlImage(note.image)}`;
		case 'missing-target':
			return `${at}  ${text.note.missingTarget(note.target)}`;
		case 'target-not-imported':
			return `${at}  ${text.note.targetNotImported(note.target)}`;
		case 'headings-demoted':
			return `${at}  ${text.note.headingsDemoted}`;
		case 'skipped':
			return `${at}  ${text.note.skipped(text.skipped[note.reason], note.detail)}`;
		case 'language-not-in-site': {
			const shown = note.files.length > 3 ? `${note.files.slice(0, 3).join(', ')}, …` : note.files.join(', ');
			return text.note.languageNotInSite(note.language, note.files.length, shown);
		}
		case 'same-place':
			return `${at}  ${text.note.samePlace(note.other, note.target)}`;
		case 'no-date':
			return `${at}  ${text.note.noDate}`;
		case 'draft-internal':
			return `${at}  ${text.note.draftInternal}`;
		case 'draft-like-original':
			return `${at}  ${text.note.draftLikeOriginal}`;
		case 'without-original':
			return `${at}  ${text.note.withoutOriginal(note.original, `memoria translate ${note.file} --lang ${note.language}`)}`;
		default:
			return note satisfies never;
	}
}
