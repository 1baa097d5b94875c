import { basename } from 'node:path';
import { CliProblem, UsageProblem } from './cli-problem';
import type { InitText } from './init-text';
import type { Prompter } from './new-prompter';
import type { OptionValues } from './parse-command-line';

/**
 * The answers of `memoria init`: each from its flag, else the default with --yes, else asked.
 * Every answer is collected before anything is written, so a question left unanswered (the
 * input ends, Ctrl+C) leaves no half-made site behind.
 */
export interface InitAnswers {
	organisation: string;
	languages: string[];
	defaultLanguage: string;
}

// The same rule as memoria.config.ts's `languages` (src/config/site-config.ts).
const languageCode = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** "my-memory" → "My memory": a readable default name from the folder's. */
export function nameFromFolder(folder: string): string {
	const words = basename(folder)
		.replace(/[-_.]+/g, ' ')
		.trim();
	return words ? words[0]!.toUpperCase() + words.slice(1) : 'My organisation';
}

/** The npm name of the site's package.json: the folder's name in npm's allowed characters. */
export function packageNameFromFolder(folder: string): string {
	const name = basename(folder)
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9._~-]+/g, '-')
		.replace(/^[-._]+|-+$/g, '');
	return name || 'memoria-site';
}

type Problem = { message: string; hint: string };

/** A list of language codes typed as "en, es": the codes, or what is wrong with them. */
function readLanguages(text: string, t: InitText): string[] | Problem {
	const codes = [
		...new Set(
			text
				.split(',')
				.map((code) => code.trim())
				.filter(Boolean)
		),
	];
	if (codes.length === 0) return t.problems.noLanguages;
	const wrong = codes.find((code) => !languageCode.test(code));
	return wrong ? t.problems.badLanguage(wrong) : codes;
}

export async function collectAnswers(values: OptionValues, context: { folder: string; prompter: Prompter; text: InitText }): Promise<InitAnswers> {
	const { prompter, text: t } = context;
	const useDefaults = values.yes === true;
	const flag = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

	/** Asks until an answer reads; Enter keeps the default. A flag's value is checked once, as a usage error. */
	async function answer<T>(given: string | undefined, fallback: string, question: string, read: (text: string) => T | Problem): Promise<T> {
		if (given !== undefined || useDefaults) {
			const value = read(given ?? fallback);
			if (isProblem(value)) throw new UsageProblem(value);
			return value;
		}
		for (;;) {
			const typed = await prompter.ask(question);
			if (typed === undefined) throw new CliProblem(t.problems.cancelled);
			const value = read(typed || fallback);
			if (!isProblem(value)) return value;
			prompter.say(`✗ ${value.message} ${value.hint}`);
		}
	}

	const needsQuestions = !useDefaults && ['name', 'languages', 'default-language'].some((name) => flag(name) === undefined);
	if (needsQuestions) prompter.say(t.intro(context.folder));

	const fallbackName = nameFromFolder(context.folder);
	const organisation = await answer(flag('name'), fallbackName, t.askName(fallbackName), (typed) => typed.trim() || t.problems.emptyName);
	const languages = await answer(flag('languages'), 'en, es', t.askLanguages('en, es'), (typed) => readLanguages(typed, t));
	const defaultLanguage = await answer(flag('default-language'), languages[0]!, t.askDefault(languages[0]!), (typed) => {
		const code = typed.trim();
		return languages.includes(code) ? code : t.problems.defaultNotListed(code, languages);
	});
	return { organisation, languages, defaultLanguage };
}

const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && 'hint' in value && 'message' in value;
