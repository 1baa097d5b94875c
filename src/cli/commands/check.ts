import { writeFileSync } from 'node:fs';
import { applyCheckLevels } from '../../checks/check-levels';
import { checkReportPath, writeCheckReport } from '../../checks/check-report';
import { type Finding, place } from '../../checks/findings';
import { checkImageMetadata } from '../../checks/image-metadata-files';
import { checkContent } from '../../checks/run-checks';
import { loadSiteConfig } from '../../config/parse-site-config';
import { translationReport } from '../../translation-status/translation-report';
import { checkText } from '../check-text';
import type { Command } from '../command';
import { translationsText } from '../translations-text';

/**
 * `memoria check [--internal]`: runs every content check and prints one report grouped by
 * severity, in the writer's language. Exits 0 only when the build would succeed. The build
 * runs it first with --for-build (a report only when there is something to say) and --facts
 * (where to write what a public build must leave out, src/checks/publication-facts.ts).
 */
/** Warnings of one check shown in the terminal; the rest are in the report file. */
const shownPerCheck = 5;

export const check: Command = async (line, { root, language, terminal }) => {
	const say = (text: string) => terminal.output.write(`${text}\n`);
	const audience = line.values.internal ? 'internal' : 'public';
	const forBuild = line.values['for-build'] === true;
	const factsFile = typeof line.values.facts === 'string' ? line.values.facts : undefined;
	const text = checkText[language];

	// 1. The configuration, then every check over content/.
	const config = await loadSiteConfig(root);
	const content = checkContent({ root, config, audience, language });
	const { facts } = content;
	// Images whose metadata the build cannot remove (src/checks/image-metadata-files.ts).
	if (audience === 'public') content.findings.push(...(await checkImageMetadata(root, language)));
	// The levels the site set for its checks (memoria.config.ts `checks`, src/checks/check-levels.ts).
	const { findings, silenced, keptStrict } = applyCheckLevels(content.findings, config.checks, audience);
	const errors = findings.filter((f) => f.severity === 'error');
	const warnings = findings.filter((f) => f.severity === 'warning');
	const report = writeCheckReport(root, warnings, language);

	// 2. One report: every error with place, message and fix; warnings grouped by check, the first
	//    few of each shown and all of them in the report file.
	if (!forBuild || findings.length > 0) say(text.title(audience));
	if (errors.length > 0) {
		say(`\n${text.sections.error}`);
		for (const f of errors) say(`✗ ${place(f)}\n  [memoria:${f.id}] ${f.message}\n  ${f.hint}`);
	}
	if (warnings.length > 0) {
		say(`\n${text.sections.warning}`);
		for (const [id, group] of Map.groupBy(warnings, (f: Finding) => f.id)) {
			say(text.warningGroup(id, group.length, new Set(group.map((f) => f.file)).size));
			for (const f of group.slice(0, shownPerCheck)) say(`  ${place(f)}: ${f.message}`);
			if (group.length > shownPerCheck) say(text.more(group.length - shownPerCheck, checkReportPath));
			say(`  ${group[0]!.hint}`);
		}
		if (report) say(`\n${text.report(checkReportPath)}`);
	}
	for (const id of keptStrict) say(`\n${text.keptStrict(id)}`);
	if (silenced > 0 && !forBuild) say(`\n${text.silenced(silenced)}`);

	// 3. A summary of translations (not for builds: it never stops one).
	if (!forBuild) {
		const report = translationReport(root, config.languages, config.defaultLanguage);
		say(`\n${text.translations}`);
		for (const [lang, totals] of Object.entries(report.totals)) say(`  ${translationsText[language].summary(lang, totals)}`);
	}

	if (!forBuild || findings.length > 0) {
		say(`\n${findings.length === 0 ? text.clean : text.result(errors.length, warnings.length)}`);
		say(errors.length > 0 ? (forBuild ? text.buildStopped : text.wouldFail) : forBuild ? '' : text.wouldPass);
	}
	if (factsFile && errors.length === 0) writeFileSync(factsFile, JSON.stringify(facts));
	return errors.length > 0 ? 1 : 0;
};
