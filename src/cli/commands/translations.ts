import { loadSiteConfig } from '../../config/parse-site-config';
import { translationReport } from '../../translation-status/translation-report';
import type { Command } from '../command';
import { translationsText } from '../translations-text';

/**
 * `memoria translations [--json] [--strict]`: lists every entry of every collection in every
 * configured language: up to date, missing, stale (the original changed after the translation)
 * or unknown, with a summary per language.
 */
export const translations: Command = async (line, { root, language }) => {
	const text = translationsText[language];

	// 1. Read the configuration and the status of every file.
	const config = await loadSiteConfig(root);
	const report = translationReport(root, config.languages, config.defaultLanguage);
	// Originals may be in any of the site's languages: each entry is to be translated into the others.
	const targets = report.targets;
	const sources = report.languages.filter((l) => report.rows.some((r) => r.sourceLanguage === l));
	const failing = targets.some((l) => report.totals[l]!.missing! + report.totals[l]!.stale! > 0);

	// 2. Machines get JSON; people get a table per collection.
	if (line.values.json) {
		console.log(JSON.stringify(report, null, 2));
	} else {
		const day = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString().slice(0, 10) : '?');
		const mark = { 'up-to-date': '✓', missing: '✗', stale: '!', unknown: '?', original: '·' } as const;
		console.log(text.title(sources.join(', ') || report.defaultLanguage, targets.join(', ')));
		if (!report.gitAvailable) console.log(`\n${text.noGitWarning}`);
		else if (report.shallow) console.log(`\n${text.shallowWarning}`);
		for (const collection of [...new Set(report.rows.map((r) => r.collection))]) {
			const rows = report.rows.filter((r) => r.collection === collection);
			const width = Math.max(...rows.map((r) => r.key.length), 10);
			console.log(`\n${text.collection(collection, rows.length)}`);
			for (const row of rows) {
				const cells = targets.map((target) => {
					const status = row.languages[target] ?? { state: 'original' as const };
					const detail =
						status.state === 'stale'
							? ` (${text.staleSince(day(status.sourceTime), day(status.translationTime))})`
							: status.note
								? ` (${text.note[status.note]})`
								: '';
					return `${targets.length > 1 ? `${target}: ` : ''}${mark[status.state]} ${text.state[status.state]}${detail}`;
				});
				console.log(`  ${row.key.padEnd(width)}  ${cells.join('   ')}`);
			}
		}
		console.log('');
		for (const target of targets) console.log(text.summary(target, report.totals[target]!));
		if (failing) console.log(`\n${text.howToFix}`);
	}

	// 3. --strict turns missing or stale translations into a failing exit code, for CI.
	if (line.values.strict && failing) {
		if (!line.values.json) console.error(`\n${text.strictFailed}`);
		return 1;
	}
	return 0;
};
