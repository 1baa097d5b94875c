/**
 * npm run new [-- <project|learning|call|post|guide|organisation>] [-- --title "…" --lang es
 *   --project ID --slug NAME --date YYYY-MM-DD --root DIR]
 * npm run new -- translate <path> --lang es
 * Creates a new entry from a template, in the right folder, with every field explained; asks, in
 * the writer's language, for whatever the flags leave out. Never overwrites a file.
 * Tests run it in-process through runNew(); `tsx scripts/new.ts` runs it on the terminal.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { loadSiteConfig } from '../src/config/parse-site-config';
import { entryPath, kinds, languageName, listOrganisations, listThemes, pageAddress } from '../src/cli/new-entry';
import { parseNewOptions } from '../src/cli/new-options';
import { CliProblem } from '../src/cli/new-problem';
import { createPrompter } from '../src/cli/new-prompter';
import { completeAnswers } from '../src/cli/new-questions';
import { newText } from '../src/cli/new-text';
import { translateEntry, translationPaths } from '../src/cli/new-translate';
import { templates } from '../src/cli/templates';
import { writerLanguage } from '../src/errors/writer-language';

export interface Terminal {
	input: Readable;
	output: Writable;
	errors: Writable;
	env: Record<string, string | undefined>;
}

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

/** The command; resolves with its exit code. */
export async function runNew(args: readonly string[], terminal: Terminal): Promise<number> {
	const writer = writerLanguage(terminal.env);
	const text = newText[writer];
	const say = (line: string) => terminal.output.write(`${line}\n`);
	const prompter = createPrompter(terminal.input, terminal.output);
	try {
		// 1. Read the command line; --help prints the usage and stops.
		const options = parseNewOptions(args, text.problems);
		if (options.help) {
			say(text.usage);
			return 0;
		}
		const root = resolve(options.root ?? '.');

		// 2. Read the site's languages from its configuration.
		if (!existsSync(join(root, 'memoria.config.ts'))) throw new CliProblem(text.problems.noConfig(root));
		const config = await loadSiteConfig(root);

		if (options.command === 'translate') {
			// 3a. Translate: find the counterpart's path, copy the entry with its text marked, write it.
			if (!options.path) throw new CliProblem(text.problems.translatePath);
			if (!options.lang) throw new CliProblem(text.problems.translateLanguage);
			const paths = translationPaths(root, options.path, options.lang, config, text);
			const help = options.lang === 'en' || options.lang === 'es' ? options.lang : writer;
			const source = readFileSync(join(root, paths.source), 'utf8');
			writeNew(root, paths.target, translateEntry(source, paths, languageName(options.lang, help), newText[help]), text.problems.translationExists(paths.target));
			say(text.translated(paths.target, paths.source, languageName(options.lang, writer)));
			say(text.translateNext);
			return 0;
		}

		// 3b. Ask for what the flags did not say: kind, title, language, projects, file name.
		const answers = await completeAnswers(options, { root, config, prompter, text });

		// 4. Fill the template, with its help in the language of the file when Memoria has one.
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
				defaultVisibility: (config as { defaultVisibility?: string }).defaultVisibility ?? 'public',
			},
			answers.slug
		);

		// 5. Write it, refusing to overwrite.
		const path = entryPath(answers.kind, answers.slug, answers.language, config);
		writeNew(root, path, content, text.problems.exists(path));

		// 6. Say where it is and what comes next; a translation without its original cannot be built.
		say(`\n${text.created(path)}`);
		if (answers.language !== config.defaultLanguage && kinds[answers.kind].collection !== 'docs') {
			const original = entryPath(answers.kind, answers.slug, config.defaultLanguage, config);
			say(text.needsOriginal(languageName(answers.language, writer), original, `npm run new -- translate ${path} --lang ${config.defaultLanguage}`));
		}
		say(text.nextSteps(pageAddress(answers.kind, answers.slug, answers.language, config)));
		return 0;
	} catch (error) {
		// 7. One message, in the writer's language: what is wrong, where, and what to do. No stack trace.
		const { message, hint } =
			error instanceof Error && 'hint' in error && typeof error.hint === 'string'
				? { message: error.message, hint: error.hint }
				: text.problems.unexpected(error instanceof Error ? error.message : String(error));
		terminal.errors.write(`\n${message}\n${hint}\n`);
		return 1;
	} finally {
		prompter.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = await runNew(process.argv.slice(2), { input: process.stdin, output: process.stdout, errors: process.stderr, env: process.env });
}
