import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { loadSiteConfig } from '../../config/parse-site-config';
import { siteLayout } from '../../config/site-layout';
import { detectTool } from '../../import/detect-tool';
import { chooseDestination } from '../../import/destination';
import { siteLanguageOf } from '../../import/language-codes';
import { planImport } from '../../import/plan-import';
import { placement, writeImport } from '../../import/write-import';
import { CliProblem } from '../cli-problem';
import type { Command } from '../command';
import { importReport } from '../import-report';
import { importText } from '../import-text';

/**
 * `memoria import <folder> [--into …] [--lang …] [--dry-run] [--force]` brings in the pages of
 * another tool (src/import/): it recognises the tool, plans every file before writing any,
 * refuses to replace a file without --force, writes (unless --dry-run), and prints one report.
 * Exit codes: 0 imported (or would be); 1 a folder it does not recognise, a destination or
 * language it cannot use, files in the way, or no page to import.
 */
export const importPages: Command = async (line, { terminal, language, root }) => {
	const text = importText[language];
	const given = line.positionals[0]!;
	const dryRun = line.values['dry-run'] === true;
	const force = line.values.force === true;

	// 1. The source: a folder, outside this site's own.
	const source = resolve(given);
	if (!existsSync(source)) throw new CliProblem(text.problems.missingFolder(given));
	if (!statSync(source).isDirectory()) throw new CliProblem(text.problems.notAFolder(given));
	const real = realpathSync(source);
	const content = siteLayout(root).content;
	if (existsSync(content) && (real === realpathSync(content) || real.startsWith(realpathSync(content) + sep)))
		throw new CliProblem(text.problems.insideSite(given));

	// 2. The site: its languages, where the pages go, and the source's language if given.
	const config = await loadSiteConfig(root);
	const into = typeof line.values.into === 'string' ? line.values.into : undefined;
	const choice = chooseDestination(into, config);
	if ('refused' in choice)
		throw new CliProblem(choice.refused === 'collection' ? text.problems.collection(choice.collection) : text.problems.folder(choice.folder));
	const languageGiven = typeof line.values.lang === 'string' ? line.values.lang : undefined;
	const sourceLanguage = languageGiven === undefined ? undefined : siteLanguageOf(languageGiven, config.languages);
	if (languageGiven !== undefined && sourceLanguage === undefined) throw new CliProblem(text.problems.language(languageGiven, config.languages));

	// 3. The tool, recognised by its own files, never guessed.
	const detected = detectTool(source);
	if ('nothing' in detected) throw new CliProblem(text.problems.notRecognised(given, language));
	if ('other' in detected) throw new CliProblem(text.problems.otherTool(detected.other.name, detected.other.marker));
	const site = detected.reader.read(source, detected.evidence, { siteLanguages: config.languages });

	// 4. Every file planned, then checked against what the site already has, then written.
	const plan = planImport(site, { config, destination: choice.destination, ...(sourceLanguage ? { sourceLanguage } : {}) });
	const place = placement(plan, root, source);
	const blocked = place.existing.length > 0 && !force;
	if (!dryRun && !blocked) writeImport(plan, root, source, { force, unchanged: place.unchanged });

	terminal.output.write(
		`${importReport({ language, site, source: given, plan, into: choice.destination.label, languages: [config.defaultLanguage, ...config.languages.filter((l) => l !== config.defaultLanguage)], placement: place, dryRun, force })}\n`
	);
	if (blocked) throw new CliProblem(text.problems.existing(place.existing.length));
	return plan.pages.length > 0 ? 0 : 1;
};
