import { audience, config, projectRoot, showsDrafts } from '../site/site';
import { translationReport, type TranslationReport } from './translation-report';

let report: TranslationReport | undefined;

/** The translation report of this build, read from git once and shared by every page. */
export function buildTranslationReport(): TranslationReport {
	report ??= translationReport(projectRoot, config.languages, config.defaultLanguage, {
		audience,
		defaultVisibility: config.defaultVisibility,
		drafts: showsDrafts,
	});
	return report;
}

/** The status of one file's translation into `language`, found by the original's path. */
export function statusOfTranslation(sourcePath: string, language: string) {
	const row = byPath().get(sourcePath);
	return row?.languages[language];
}

let index: Map<string, TranslationReport['rows'][number]> | undefined;
function byPath() {
	index ??= new Map(buildTranslationReport().rows.map((r) => [r.source!, r]));
	return index;
}
