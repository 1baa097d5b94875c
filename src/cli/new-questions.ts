import type { SiteConfig } from '../config/site-config';
import { languageLabel } from '../site/locales';
import { closestId } from '../lib/closest-id';
import { filesWithId, isCalendarDate, kinds, listProjects, today } from './new-entry';
import { kindNames, type NewOptions } from './new-options';
import { CliProblem } from './cli-problem';
import type { Prompter } from './new-prompter';
import { isSlug, slugFromTitle } from './new-slug';
import type { KindName, NewText } from './new-text';

/** Everything a new entry needs, from the flags or, for what they leave out, from questions. */
export interface NewAnswers {
	kind: KindName;
	title: string;
	language: string;
	projects: string[];
	slug: string;
	date: string;
}

interface Context {
	root: string;
	config: SiteConfig;
	prompter: Prompter;
	text: NewText;
}

/**
 * Completes the answers. A question is asked only when its flag is missing; optional ones
 * (language, the projects of a call or post, the file name) only in a conversation, that is when
 * the writer did not give both what to create and its title. A wrong flag stops the command with
 * its message; a wrong typed answer is explained and asked again.
 */
export async function completeAnswers(options: NewOptions, context: Context): Promise<NewAnswers> {
	const { text } = context;
	// Flags first, so a wrong one stops the command before any question is asked.
	const date = options.date ?? today();
	if (!isCalendarDate(date)) throw new CliProblem(text.problems.badDate(date));
	if (options.lang !== undefined) checkLanguage(options.lang, context);
	if (options.title !== undefined) checkTitle(options.title, text);
	const conversation = options.command === undefined || options.title === undefined;
	const kind = options.command && options.command !== 'translate' ? options.command : await askKind(context);
	const title = options.title?.trim() ?? (await askTitle(kind, context));
	const language = options.lang ?? (conversation ? await askLanguage(context) : context.config.defaultLanguage);
	const projects = await chooseProjects(kind, language, options.projects, conversation, context);
	const slug = await chooseSlug(kind, title, language, options.slug, conversation, context);
	return { kind, title, language, projects, slug, date };
}

/** Asks until the answer passes `check`, which returns the value or a reason to ask again. */
async function askUntil<T>(context: Context, question: string, flag: string, check: (answer: string) => { value: T } | { again: string }): Promise<T> {
	for (;;) {
		const answer = await context.prompter.ask(question);
		if (answer === undefined) throw new CliProblem(context.text.problems.noAnswer(question, flag));
		const result = check(answer);
		if ('value' in result) return result.value;
		context.prompter.say(result.again);
	}
}

async function askKind(context: Context): Promise<KindName> {
	const { text, prompter } = context;
	prompter.say(text.askKind);
	for (const [i, kind] of kindNames.entries()) prompter.say(`  ${i + 1}. ${text.kindLabel[kind]}`);
	return askUntil(context, text.askNumber, `"npx memoria new <${kindNames.join('|')}>"`, (answer) => {
		const kind = kindNames[Number(answer) - 1] ?? kindNames.find((k) => k === answer.toLowerCase());
		return kind ? { value: kind } : { again: text.notAChoice(answer, kindNames.length) };
	});
}

function checkTitle(title: string, text: NewText): string {
	if (!title.trim()) throw new CliProblem(text.problems.emptyTitle);
	return title.trim();
}

function askTitle(kind: KindName, context: Context): Promise<string> {
	const question = kind === 'organisation' ? context.text.askName : context.text.askTitle;
	return askUntil(context, question, '--title "…"', (answer) => (answer ? { value: answer } : { again: context.text.emptyTitle }));
}

function checkLanguage(language: string, { config, text }: Context): string {
	if (!config.languages.includes(language)) throw new CliProblem(text.problems.unknownLanguage(language, config.languages));
	return language;
}

async function askLanguage(context: Context): Promise<string> {
	const { config, text } = context;
	if (config.languages.length === 1) return config.defaultLanguage;
	const choices = config.languages.map((l) => `${l}: ${languageLabel(l)}`).join(', ');
	return askUntil(context, text.askLanguage(choices, config.defaultLanguage), '--lang', (answer) => {
		const language = answer || config.defaultLanguage;
		return config.languages.includes(language) ? { value: language } : { again: text.problems.unknownLanguage(language, config.languages).hint };
	});
}

async function chooseProjects(kind: KindName, language: string, given: string[], conversation: boolean, context: Context): Promise<string[]> {
	const { root, config, text, prompter } = context;
	const rule = kinds[kind].projects;
	if (rule === 'none') {
		if (given.length > 0) throw new CliProblem(text.problems.projectsNotUsed(kind));
		return [];
	}
	const projects = listProjects(root, config, language);
	const ids = projects.map((p) => p.id);
	if (given.length > 0) {
		for (const id of given) if (!ids.includes(id)) throw new CliProblem(text.problems.unknownProject(id, closestId(id, ids)));
		if (rule === 'one' && given.length > 1) throw new CliProblem(text.problems.oneProject(given));
		return given;
	}
	if (rule === 'one' && projects.length === 0) throw new CliProblem(text.problems.noProjects);
	if (projects.length === 0 || (rule === 'many' && !conversation)) return [];
	// A numbered list: a number is quicker to type than an id, and an id still works.
	prompter.say(rule === 'one' ? text.askProject : text.askProjects(kind));
	const width = String(projects.length).length;
	for (const [i, p] of projects.entries()) prompter.say(`  ${String(i + 1).padStart(width)}. ${p.id}  (${p.title})`);
	const pick = (answer: string) => ids[Number(answer) - 1] ?? (ids.includes(answer) ? answer : undefined);
	if (rule === 'one') {
		return [
			await askUntil(context, text.askProjectNumber, '--project', (answer) => {
				const id = pick(answer);
				return id ? { value: id } : { again: text.problems.unknownProject(answer, closestId(answer, ids)).message };
			}),
		];
	}
	return askUntil(context, text.askProjectNumbers, '--project', (answer) => {
		const parts = answer.split(/[,\s]+/).filter(Boolean);
		const wrong = parts.find((part) => !pick(part));
		return wrong === undefined
			? { value: [...new Set(parts.map((part) => pick(part)!))] }
			: { again: text.problems.unknownProject(wrong, closestId(wrong, ids)).message };
	});
}

/** Why a file name cannot be used, or undefined when it can. */
function slugProblem(kind: KindName, slug: string, language: string, context: Context): { message: string; hint: string } | undefined {
	const { root, config, text } = context;
	if (!isSlug(slug)) return text.problems.badSlug(slug);
	const taken = filesWithId(root, kind, slug, config);
	const same = taken.find((f) => f.language === language);
	if (same) return text.problems.exists(same.path);
	const other = taken[0];
	if (other) return text.problems.existsInOtherLanguage(other.path, other.language, `npx memoria translate ${other.path} --lang ${language}`);
	return undefined;
}

async function chooseSlug(
	kind: KindName,
	title: string,
	language: string,
	given: string | undefined,
	conversation: boolean,
	context: Context
): Promise<string> {
	const { text, prompter } = context;
	if (given !== undefined) {
		const problem = slugProblem(kind, given, language, context);
		if (problem) throw new CliProblem(problem);
		return given;
	}
	const suggested = slugFromTitle(title);
	if (!conversation) {
		if (!suggested) throw new CliProblem(text.problems.noSlug(title));
		const problem = slugProblem(kind, suggested, language, context);
		if (problem) throw new CliProblem(problem);
		return suggested;
	}
	// In a conversation the suggestion is the default answer; a taken name is explained and another asked for.
	const taken = suggested ? slugProblem(kind, suggested, language, context) : text.problems.noSlug(title);
	if (taken) prompter.say(`${taken.message}\n${taken.hint}`);
	const question = taken ? text.askSlugAgain : text.askSlug(suggested);
	return askUntil(context, question, '--slug', (answer) => {
		const slug = answer || (taken ? '' : suggested);
		const problem = slug ? slugProblem(kind, slug, language, context) : text.problems.badSlug(answer);
		return problem ? { again: `${problem.message} ${problem.hint}` } : { value: slug };
	});
}
