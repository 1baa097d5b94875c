import { writeFileSync } from 'node:fs';
import { place } from '../../checks/findings';
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
export const check: Command = async (line, { root, language }) => {
	const audience = line.values.internal ? 'internal' : 'public';
	const forBuild = line.values['for-build'] === true;
	const factsFile = typeof line.values.facts === 'string' ? line.values.facts : undefined;
	const text = checkText[language];

	// 1. The configuration, then every check over content/.
	const config = await loadSiteConfig(root);
	const { findings, facts } = checkContent({ root, config, audience, language });
	// Images whose metadata the build cannot remove (src/checks/image-metadata-files.ts).
	if (audience === 'public') findings.push(...(await checkImageMetadata(root, language)));
	const errors = findings.filter((f) => f.severity === 'error');
	const warnings = findings.filter((f) => f.severity === 'warning');

	// 2. One report: errors first, then warnings, each with place, message and fix.
	if (!forBuild || findings.length > 0) console.log(text.title(audience));
	for (const [severity, list] of [
		['error', errors],
		['warning', warnings],
	] as const) {
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
	return errors.length > 0 ? 1 : 0;
};
