import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSiteConfig } from '../../config/parse-site-config';
import { CliProblem, UsageProblem } from '../cli-problem';
import type { Command, CommandContext } from '../command';
import { entryPath, kinds, languageName, listOrganisations, listThemes, pageAddress } from '../new-entry';
import { type NewOptions, newOptions } from '../new-options';
import { createPrompter } from '../new-prompter';
import { completeAnswers } from '../new-questions';
import { newText } from '../new-text';
import { translateEntry, translationPaths } from '../new-translate';
import { templates } from '../templates';

/**
 * `memoria new [<kind>] [--title … --lang … --project … --slug … --date …]` creates a new entry
 * from a template, in the right folder, with every field explained; it asks, in the writer's
 * language, for whatever the options leave out. `memoria translate <file> --lang <code>` starts
 * a translation. Neither ever overwrites a file.
 */

/** Writes a new file; `wx` refuses to replace one, even one that appeared after the checks. */
function writeNew(root: string, path: string, content: string, refusal: { message: string; hint: string }) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	try {
		writeFileSync(join(root, path), content, { flag: 'wx' });
	} catch (error) {
		if ((error as { code?: string }).code === 'EEXIST') throw new CliProblem(refusal);
		throw error;
	}
}

export const newEntry: Command = async (line, context) => createEntry(newOptions(line, newText[context.language].problems), context);

export const translate: Command = async (line, context) =>
	createEntry(
		{ ...newOptions({ values: line.values, positionals: [] }, newText[context.language].problems), command: 'translate', path: line.positionals[0] },
		context
	);

async function createEntry(options: NewOptions, { terminal, language: writer, root }: CommandContext): Promise<number> {
	const text = newText[writer];
	const say = (line: string) => terminal.output.write(`${line}\n`);
	const prompter = createPrompter(terminal.input, terminal.output);
	try {
		// 1. Read the site's languages from its configuration.
		const config = await loadSiteConfig(root);

		if (options.command === 'translate') {
			// 2a. Translate: find the counterpart's path, copy the entry with its text marked, write it.
			if (!options.path) throw new UsageProblem(text.problems.translatePath);
			if (!options.lang) throw new UsageProblem(text.problems.translateLanguage);
			const paths = translationPaths(root, options.path, options.lang, config, text);
			const help = options.lang === 'en' || options.lang === 'es' ? options.lang : writer;
			const source = readFileSync(join(root, paths.source), 'utf8');
			writeNew(
				root,
				paths.target,
				translateEntry(source, paths, languageName(options.lang, help), newText[help]),
				text.problems.translationExists(paths.target)
			);
			say(text.translated(paths.target, paths.source, languageName(options.lang, writer)));
			say(text.translateNext);
			return 0;
		}

		// 2b. Ask for what the options did not say: kind, title, language, projects, file name.
		const answers = await completeAnswers(options, { root, config, prompter, text });

		// 3. Fill the template, with its help in the language of the file when Memoria has one.
		const help = answers.language === 'en' || answers.language === 'es' ? answers.language : writer;
		const content = templates[answers.kind](
			{
				title: answers.title,
				date: answers.date,
				language: answers.language,
				projects: answers.projects,
				help,
				themes: listThemes(root),
				organisations: listOrganisations(root, config),
				defaultVisibility: config.defaultVisibility,
			},
			answers.slug
		);

		// 4. Write it, refusing to overwrite.
		const path = entryPath(answers.kind, answers.slug, answers.language, config);
		writeNew(root, path, content, text.problems.exists(path));

		// 5. Say where it is and what comes next; an original in another language than the default is
		//    shown untranslated to readers of the others until someone translates it.
		say(`\n${text.created(path)}`);
		if (answers.language !== config.defaultLanguage && kinds[answers.kind].collection !== 'docs') {
			const command = `npx memoria translate ${path} --lang ${config.defaultLanguage}`;
			say(text.originalElsewhere(languageName(answers.language, writer), languageName(config.defaultLanguage, writer), command));
		}
		say(text.nextSteps(pageAddress(answers.kind, answers.slug, answers.language, config)));
		return 0;
	} catch (error) {
		// 6. A problem meant for the writer is printed once, in their language; anything else is a bug.
		if (error instanceof Error && 'hint' in error) throw error;
		const { message, hint } = text.problems.unexpected(error instanceof Error ? error.message : String(error));
		throw new CliProblem({ message, hint });
	} finally {
		prompter.close();
	}
}
