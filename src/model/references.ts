import { closestId } from '../lib/closest-id';
import type { ErrorId } from '../errors/catalogue';
import { memoriaError, type MemoriaError } from '../errors/memoria-error';
import type { Entry, EntryFile } from './entry';
import { sections, type Section } from './sections';
import type { Locales } from '../site/locales';
import { collectionRegistry, type CollectionSpec } from './registry';
import { declaredOriginal, translatedFromField, type OriginalChoice } from './original-language';

/**
 * Checks that every reference between entries points at an existing entry, in every
 * language's file, and that every entry has one original. Returns all problems at once so a
 * writer can fix them in one pass.
 */

export interface ReferenceProblem {
	file: string;
	field: string;
	/** The whole message, as a build error shows it. */
	message: string;
	/** The same, in parts, for reports that show place and hint apart. */
	id?: ErrorId;
	text?: string;
	hint?: string;
}

/** A problem from a MemoriaError, with its parts kept. */
export function problemOf(error: MemoriaError, file: string, field: string): ReferenceProblem {
	return { file, field, message: `${error.message}\n  ${error.hint}`, id: error.id, text: error.text, hint: error.hint ?? '' };
}

type Entries = { [S in Section]: Map<string, Entry<S>> };

/** Which fields of which section refer to which section, as the registry declares them. */
const referenceFields = sections.flatMap((section) =>
	(collectionRegistry[section] as CollectionSpec).references.map(({ field, target }) => ({ section, field, target: target as Section }))
);

function filesOf(entry: Entry): EntryFile[] {
	return [entry.original, ...entry.translations.values()];
}

/** A file of an entry whose original cannot be chosen (original-language.ts), and why. */
export interface Unsettled {
	file: EntryFile;
	choice: Extract<OriginalChoice, { problem: string }>;
}

export function checkReferences(
	entries: Entries,
	unsettled: Unsettled[],
	themes: ReadonlySet<string>,
	internal: Partial<Record<Section, ReadonlySet<string>>>,
	languages: Languages
): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	for (const section of Object.keys(entries) as Section[]) {
		for (const entry of entries[section].values()) {
			for (const file of filesOf(entry as Entry)) {
				const used = (file.data as { themes?: string[] }).themes ?? [];
				for (const theme of used) {
					if (themes.has(theme)) continue;
					const error = memoriaError('unknown-theme', { theme, suggestion: closestId(theme, themes) }, { file: file.filePath, field: 'themes' });
					problems.push(problemOf(error, file.filePath, 'themes'));
				}
			}
		}
	}
	for (const { section, field, target } of referenceFields) {
		for (const entry of entries[section].values()) {
			for (const file of filesOf(entry as Entry)) {
				const value = (file.data as Record<string, unknown>)[field];
				const ids = Array.isArray(value) ? (value as string[]) : value ? [value as string] : [];
				for (const id of ids) {
					// An internal entry exists; a public build just leaves the link out.
					if (entries[target].has(id) || internal[target]?.has(id)) continue;
					const error = memoriaError(
						'unknown-reference',
						{ field, id, collection: target, suggestion: closestId(id, entries[target].keys()) },
						{ file: file.filePath, field }
					);
					problems.push(problemOf(error, file.filePath, field));
				}
			}
		}
	}
	// References inside a project's assumptions: the learnings and calls that are its evidence.
	for (const entry of entries.projects.values()) {
		for (const file of filesOf(entry as Entry)) {
			const assumptions = (file.data as { assumptions?: { learnings: string[]; calls: string[] }[] }).assumptions ?? [];
			assumptions.forEach((a, i) => {
				for (const [target, ids] of [
					['learnings', a.learnings],
					['calls', a.calls],
				] as const) {
					for (const id of ids) {
						if (entries[target].has(id) || internal[target]?.has(id)) continue;
						const field = `assumptions.${i}.${target}`;
						const error = memoriaError(
							'unknown-reference',
							{ field, id, collection: target, suggestion: closestId(id, entries[target].keys()) },
							{ file: file.filePath, field }
						);
						problems.push(problemOf(error, file.filePath, field));
					}
				}
			});
		}
	}
	// Follow-ups: "learning" or "learning#n" must name one recommendation of an existing learning.
	for (const section of ['learnings', 'outcomes'] as const) {
		for (const entry of entries[section].values()) {
			const file = entry.original;
			file.data.followsUp.forEach((reference, i) => {
				const field = `followsUp.${i}`;
				const learning = reference.split('#')[0]!;
				const target = entries.learnings.get(learning);
				if (!target) {
					if (internal.learnings?.has(learning)) return;
					const error = memoriaError(
						'unknown-reference',
						{ field, id: learning, collection: 'learnings', suggestion: closestId(learning, entries.learnings.keys()) },
						{ file: file.filePath, field }
					);
					problems.push(problemOf(error, file.filePath, field));
					return;
				}
				if (resolveFollowUp(reference, entries.learnings)) return;
				const count = target.original.data.recommendations.length;
				const error = memoriaError('unclear-follow-up', { field, reference, learning, count }, { file: file.filePath, field });
				problems.push(problemOf(error, file.filePath, field));
			});
		}
	}
	for (const { file, choice } of unsettled) {
		const problem = choice.problem === 'missing' ? missingOriginal(file, choice.language, languages) : unclearOriginal(file, unsettled);
		if (problem) problems.push(problem);
	}
	// Two posts claiming the same part of a series would make the series navigation lie.
	const parts = new Map<string, string>();
	for (const entry of entries.posts.values()) {
		const series = entry.original.data.series;
		if (!series) continue;
		const slot = `${series.id}#${series.part}`;
		const other = parts.get(slot);
		if (other) {
			const error = memoriaError(
				'duplicate-series-part',
				{ series: series.id, part: series.part, other },
				{ file: entry.original.filePath, field: 'series.part' }
			);
			problems.push(problemOf(error, entry.original.filePath, 'series.part'));
		} else parts.set(slot, entry.original.filePath);
	}
	return problems;
}

/**
 * The recommendation a follow-up names, as "learning-key#n": "key#n" when the learning has an
 * n-th recommendation, a bare "key" when it has exactly one; otherwise undefined.
 */
export function resolveFollowUp(reference: string, learnings: ReadonlyMap<string, Entry<'learnings'>>): string | undefined {
	const [key = '', number] = reference.split('#');
	const count = learnings.get(key)?.original.data.recommendations.length ?? 0;
	const n = number === undefined ? (count === 1 ? 1 : 0) : Number(number);
	return n >= 1 && n <= count ? `${key}#${n}` : undefined;
}

/** Where the entry's languages and the default one live, to say where a missing original belongs. */
type Languages = Pick<Locales, 'languages' | 'defaultLanguage'>;

/** A translation naming its original's language (`translatedFrom`) when the entry has no file in it. */
function missingOriginal(file: EntryFile, from: string, languages: Languages): ReferenceProblem | undefined {
	// Only the files that name it are at fault; the others of the entry are reported through them.
	if (declaredOriginal(file) === undefined) return undefined;
	const params = { language: file.language, from, expected: pathIn(file, from, languages), languages: languages.languages.join(', ') };
	return problemOf(memoriaError('translation-without-source', params, { file: file.filePath, field: translatedFromField }), file.filePath, translatedFromField);
}

/** Several files of one entry, none of which is clearly the original: reported once, at the first. */
function unclearOriginal(file: EntryFile, unsettled: readonly Unsettled[]): ReferenceProblem | undefined {
	const siblings = unsettled.filter((u) => u.file.section === file.section && u.file.key === file.key).map((u) => u.file);
	if (siblings[0] !== file) return undefined;
	const params = { files: siblings.map((f) => f.filePath).join(', '), named: [...new Set(siblings.flatMap((f) => declaredOriginal(f) ?? []))].join(', ') };
	return problemOf(memoriaError('original-unclear', params, { file: file.filePath, field: translatedFromField }), file.filePath, translatedFromField);
}

/** Where the same entry's file in another language goes: the default language's at the folder's root, the others in their folder. */
function pathIn(file: EntryFile, language: string, languages: Languages): string {
	const [content, folder, ...rest] = file.filePath.split('/');
	const inner = file.language !== languages.defaultLanguage && rest[0] === file.language ? rest.slice(1) : rest;
	return [content, folder, ...(language === languages.defaultLanguage ? [] : [language]), ...inner].join('/');
}
