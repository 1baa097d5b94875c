import { readGitHistory } from './git-history';
import { listEntryFiles } from './translation-files';
import { isPublic } from '../model/visibility';
import { translationStatus, type TranslationStatus } from './translation-status';

/**
 * The translation status of a whole project: every entry, every configured language. Shared by
 * `memoria translations`, the status page and the stale-translation notice, so all three agree.
 */
export interface ReportRow {
	collection: string;
	key: string;
	title: string | undefined;
	source: string | undefined;
	languages: Record<string, TranslationStatus & { path?: string | undefined }>;
}

export interface TranslationReport {
	defaultLanguage: string;
	languages: string[];
	gitAvailable: boolean;
	shallow: boolean;
	rows: ReportRow[];
	/** Language → state → count. */
	totals: Record<string, Record<string, number>>;
}

/** Which entries to report: all of them (the default), or only what a public build publishes. */
export interface ReportScope {
	audience: 'public' | 'internal';
	defaultVisibility: 'public' | 'internal';
}

export function translationReport(
	root: string,
	languages: readonly string[],
	defaultLanguage: string,
	scope: ReportScope = { audience: 'internal', defaultVisibility: 'public' }
): TranslationReport {
	const history = readGitHistory(root);
	const targets = languages.filter((l) => l !== defaultLanguage);
	const totals: TranslationReport['totals'] = Object.fromEntries(targets.map((l) => [l, { 'up-to-date': 0, missing: 0, stale: 0, unknown: 0 }]));
	const rows: ReportRow[] = [];
	for (const entry of listEntryFiles(root, languages, defaultLanguage)) {
		const source = entry.files.get(defaultLanguage);
		// The public status page names no entry that is not provably public, in any of its files.
		if (scope.audience === 'public' && [...entry.files.values()].some((f) => !isPublic(f.data, scope.defaultVisibility))) continue;
		const row: ReportRow = { collection: entry.collection, key: entry.key, title: source?.title, source: source?.path, languages: {} };
		for (const language of targets) {
			const file = entry.files.get(language);
			// A translation without original is reported by the content checks, not here.
			if (!source) continue;
			const status = translationStatus(history.timeOf(source.path), file ? history.timeOf(file.path) : undefined, file?.sourceChecked);
			row.languages[language] = { ...status, path: file?.path };
			totals[language]![status.state] = (totals[language]![status.state] ?? 0) + 1;
		}
		if (source) rows.push(row);
	}
	return { defaultLanguage, languages: [...languages], gitAvailable: history.available, shallow: history.shallow, rows, totals };
}
