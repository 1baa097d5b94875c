/**
 * npm run check [-- --internal] [-- --for-build] [-- --root DIR]
 * Runs every content check and prints one report grouped by severity, in the writer's
 * language. Exits 0 only when the public build would succeed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { place } from '../src/checks/findings';
import { checkImageMetadata } from '../src/checks/image-metadata-files';
import { checkContent } from '../src/checks/run-checks';
import { checkText } from '../src/cli/check-text';
import { translationsText } from '../src/cli/translations-text';
import { loadSiteConfig } from '../src/config/parse-site-config';
import { MemoriaError } from '../src/errors/memoria-error';
import { writerLanguage } from '../src/errors/writer-language';
import { translationReport } from '../src/translation-status/translation-report';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? '.' : args[rootAt + 1]!);
const audience = args.includes('--internal') ? 'internal' : 'public';
const forBuild = args.includes('--for-build');
// Where a build wants what it must leave out of the output (src/checks/publication-facts.ts).
const factsAt = args.indexOf('--facts');
const factsFile = factsAt === -1 ? undefined : args[factsAt + 1];
const language = writerLanguage();
const text = checkText[language];

try {
	// 1. The configuration, then every check over content/.
	const config = await loadSiteConfig(root);
	const { findings, facts } = checkContent({ root, config, audience, language });
	// Images whose metadata the build cannot remove (src/checks/image-metadata-files.ts).
	if (audience === 'public') findings.push(...(await checkImageMetadata(root, language)));
	const errors = findings.filter((f) => f.severity === 'error');
	const warnings = findings.filter((f) => f.severity === 'warning');

	// 2. One report: errors first, then warnings, each with place, message and fix.
	if (!forBuild || findings.length > 0) console.log(text.title(audience));
	for (const [severity, list] of [['error', errors], ['warning', warnings]] as const) {
		if (list.length === 0) continue;
		console.log(`\n${text.sections[severity]}`);
		for (const f of list) console.log(`${severity === 'error' ? '✗' : '⚠'} ${place(f)}\n  [memoria:${f.id}] ${f.message}\n  ${f.hint}`);
	}

	// 3. A summary of translations (not for builds: it never stops one).
	if (!forBuild) {
		const report = translationReport(root, config.languages, config.defaultLanguage);
		console.log(`\n${text.translations}`);
		for (const [lang, totals] of Object.entries(report.totals)) console.log(`  ${translationsText[language].summary(lang, totals)}`);
	}

	if (!forBuild || findings.length > 0) {
		console.log(`\n${findings.length === 0 ? text.clean : text.result(errors.length, warnings.length)}`);
		console.log(errors.length > 0 ? (forBuild ? text.buildStopped : text.wouldFail) : forBuild ? '' : text.wouldPass);
	}
	if (factsFile && errors.length === 0) writeFileSync(factsFile, JSON.stringify(facts));
	process.exit(errors.length > 0 ? 1 : 0);
} catch (error) {
	// A broken memoria.config.ts: its message already says what and where.
	if (error instanceof MemoriaError) {
		console.error(`✗ ${error.message}\n  ${error.hint}`);
		process.exit(1);
	}
	throw error;
}
