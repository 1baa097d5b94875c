/**
 * npm run translations [-- --json] [-- --strict] [-- --root DIR]
 * Lists every entry of every collection in every configured language: up to date, missing,
 * stale (the original changed after the translation) or unknown, with a summary per language.
 */
import { loadSiteConfig } from '../src/config/parse-site-config';
import { translationsText } from '../src/cli/translations-text';
import { writerLanguage } from '../src/errors/writer-language';
import { translationReport } from '../src/translation-status/translation-report';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const strict = args.includes('--strict');
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? '.' : args[rootAt + 1]!);
const text = translationsText[writerLanguage()];

// 1. Read the configuration and the status of every file.
const config = await loadSiteConfig(root);
const report = translationReport(root, config.languages, config.defaultLanguage);
const targets = report.languages.filter((l) => l !== report.defaultLanguage);
const failing = targets.some((l) => report.totals[l]!.missing! + report.totals[l]!.stale! > 0);

// 2. Machines get JSON; people get a table per collection.
if (json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const day = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000).toISOString().slice(0, 10) : '?');
	const mark = { 'up-to-date': '✓', missing: '✗', stale: '!', unknown: '?', original: '·' } as const;
	console.log(text.title(report.defaultLanguage, targets.join(', ')));
	if (!report.gitAvailable) console.log(`\n${text.noGitWarning}`);
	else if (report.shallow) console.log(`\n${text.shallowWarning}`);
	for (const collection of [...new Set(report.rows.map((r) => r.collection))]) {
		const rows = report.rows.filter((r) => r.collection === collection);
		const width = Math.max(...rows.map((r) => r.key.length), 10);
		console.log(`\n${text.collection(collection, rows.length)}`);
		for (const row of rows) {
			const cells = targets.map((language) => {
				const status = row.languages[language]!;
				const detail =
					status.state === 'stale'
						? ` (${text.staleSince(day(status.sourceTime), day(status.translationTime))})`
						: status.note
							? ` (${text.note[status.note]})`
							: '';
				return `${targets.length > 1 ? `${language}: ` : ''}${mark[status.state]} ${text.state[status.state]}${detail}`;
			});
			console.log(`  ${row.key.padEnd(width)}  ${cells.join('   ')}`);
		}
	}
	console.log('');
	for (const language of targets) console.log(text.summary(language, report.totals[language]!));
	if (failing) console.log(`\n${text.howToFix}`);
}

// 3. --strict turns missing or stale translations into a failing exit code, for CI.
if (strict && failing) {
	if (!json) console.error(`\n${text.strictFailed}`);
	process.exit(1);
}
