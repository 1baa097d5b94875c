import { readGitHistory } from './git-history';
import { listEntryFiles } from './translation-files';
import { isDraft, isPublic } from '../model/visibility';
import { chooseOriginal } from '../model/original-language';
import type { CollectionName } from '../model/registry';
import { translationStatus, type TranslationStatus } from './translation-status';

/**
 * The translation status of a whole project: every entry, every configured language. Shared by
 * `memoria translations`, the status page and the stale-translation notice, so all three agree.
 */
export interface ReportRow {
	collection: string;
	key: string;
	/** The original's title, in its language. */
	title: string | undefined;
	/** The original's file, and its language: any of the site's languages (original-language.ts). */
	source: string;
	sourceLanguage: string;
	/** Every other language of the site: the translation's status, and its file when there is one. */
	languages: Record<string, TranslationStatus & { path?: string | undefined }>;
}

export interface TranslationReport {
	defaultLanguage: string;
	languages: string[];
	/** The languages some entry is to be translated into (every language but an original's own), in the site's order. */
	targets: string[];
	gitAvailable: boolean;
	shallow: boolean;
	rows: ReportRow[];
	/** Target language → state → count. */
	totals: Record<string, Record<string, number>>;
}

/** Which entries to report: all of them (the default), or only what a public build publishes. */
export interface ReportScope {
	audience: 'public' | 'internal';
	defaultVisibility: 'public' | 'internal';
	/**
	 * Whether drafts count (the default, for `memoria translations`). A build's status page, which
	 * has no drafts, leaves out entries whose original is one, and counts a draft translation as missing.
	 */
	drafts?: boolean;
}

export function translationReport(
	root: string,
	languages: readonly string[],
	defaultLanguage: string,
	scope: ReportScope = { audience: 'internal', defaultVisibility: 'public' }
): TranslationReport {
	const history = readGitHistory(root);
	const rows: ReportRow[] = [];
	for (const entry of listEntryFiles(root, languages, defaultLanguage)) {
		// The public status page names no entry that is not provably public, in any of its files.
		if (scope.audience === 'public' && [...entry.files.values()].some((f) => !isPublic(f.data, scope.defaultVisibility))) continue;
		// An entry whose original cannot be told is reported by the content checks, not here.
		const versions = [...entry.files].map(([language, file]) => ({ language, data: file.data }));
		const choice = chooseOriginal(entry.collection as CollectionName, versions, defaultLanguage);
		if ('problem' in choice) continue;
		const source = entry.files.get(choice.language)!;
		const hidden = (file: { data: unknown } | undefined) => scope.drafts === false && file !== undefined && isDraft(file.data);
		if (hidden(source)) continue;
		const row: ReportRow = {
			collection: entry.collection,
			key: entry.key,
			title: source.title,
			source: source.path,
			sourceLanguage: choice.language,
			languages: {},
		};
		for (const language of languages.filter((l) => l !== choice.language)) {
			const found = entry.files.get(language);
			const file = hidden(found) ? undefined : found;
			const status = translationStatus(history.timeOf(source.path), file ? history.timeOf(file.path) : undefined, file?.sourceChecked);
			row.languages[language] = { ...status, path: file?.path };
		}
		rows.push(row);
	}
	const targets = languages.filter((l) => rows.some((r) => r.languages[l]));
	const totals: TranslationReport['totals'] = Object.fromEntries(targets.map((l) => [l, { 'up-to-date': 0, missing: 0, stale: 0, unknown: 0 }]));
	for (const row of rows) {
		for (const [language, status] of Object.entries(row.languages)) totals[language]![status.state] = (totals[language]![status.state] ?? 0) + 1;
	}
	return { defaultLanguage, languages: [...languages], targets, gitAvailable: history.available, shallow: history.shallow, rows, totals };
}
