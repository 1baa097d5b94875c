import { parseArgs } from 'node:util';
import type { WriterLanguage } from '../errors/writer-language';
import { closestId } from '../lib/closest-id';
import { UsageProblem } from './cli-problem';
import { type CommandName, type CommandSpec, commandNames, commandSpecs, commonOptions, globalOptions, spanishCommandWords } from './command-specs';
import { usageText } from './usage-text';

/**
 * The one command-line parser of `memoria`: Node's own `parseArgs` splits the words, and the
 * command table (command-specs.ts) says what each command accepts. parseArgs runs without its
 * strict mode so that every mistake is reported here, in the writer's language, as a
 * UsageProblem (exit code 2) that names the word and what to write instead.
 */

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export interface CommandLine {
	/** Undefined when nothing but options (`--help`, `--version`) was given. */
	command: CommandName | undefined;
	values: OptionValues;
	positionals: string[];
	/** What followed `--`, for Astro (dev, build, preview). */
	astroArguments: string[];
}

/** Reads `memoria <command> [options] [words] [-- Astro options]`. */
export function parseCommandLine(args: readonly string[], language: WriterLanguage): CommandLine {
	const [word, ...rest] = args;
	// The command comes first; without one, only the options of `memoria` itself (--help, --version).
	if (word === undefined || word.startsWith('-')) {
		return { command: undefined, ...readWords(args, { options: globalOptions, positionals: { min: 0, max: 0 } }, undefined, language) };
	}
	const command = commandNames.includes(word as CommandName) ? (word as CommandName) : undefined;
	if (!command) throw unknownCommand(word, language);
	return { command, ...parseCommand(command, rest, language) };
}

/** Reads the words after `memoria <command>`. */
export function parseCommand(command: CommandName, args: readonly string[], language: WriterLanguage): Omit<CommandLine, 'command'> {
	const spec: CommandSpec = commandSpecs[command];
	return readWords(args, { ...spec, options: { ...spec.options, ...commonOptions } }, command, language);
}

function readWords(
	args: readonly string[],
	spec: Pick<CommandSpec, 'options' | 'positionals' | 'astroOptions'>,
	command: CommandName | undefined,
	language: WriterLanguage
): Omit<CommandLine, 'command'> {
	const text = usageText[language];
	const helpCommand = command ? `memoria ${command} --help` : 'memoria --help';
	const { options } = spec;
	const { tokens } = parseArgs({
		args: [...args],
		options: Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
		allowPositionals: true,
		strict: false,
		tokens: true,
	});
	const values: OptionValues = {};
	const words: string[] = [];
	const astroArguments: string[] = [];
	let afterTerminator = false;
	for (const token of tokens) {
		if (token.kind === 'option-terminator') {
			if (!spec.astroOptions) throw new UsageProblem(text.noAstroOptions(command, helpCommand));
			afterTerminator = true;
		} else if (token.kind === 'positional') {
			(afterTerminator ? astroArguments : words).push(token.value);
		} else {
			const option = options[token.name];
			if (!option) {
				const near = closestId(
					token.name,
					Object.keys(options).filter((name) => !options[name]!.hidden)
				);
				throw new UsageProblem(text.unknownOption(token.rawName, command, near && `--${near}`, helpCommand));
			}
			if (option.type === 'boolean') {
				if (token.inlineValue) throw new UsageProblem(text.noValueWanted(token.rawName, helpCommand));
				values[token.name] = true;
				continue;
			}
			// In "--title --lang es", parseArgs would take "--lang" as the title.
			const value = token.value;
			if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
				throw new UsageProblem(text.missingValue(token.rawName, option.value?.[language] ?? ''));
			}
			if (option.multiple) values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), value];
			else if (values[token.name] !== undefined) throw new UsageProblem(text.givenTwice(token.rawName));
			else values[token.name] = value;
		}
	}
	// `memoria build --help extra` still shows the help: the writer asked for it.
	if (values.help !== true) {
		if (words.length > spec.positionals.max) throw new UsageProblem(text.tooManyWords(words.slice(spec.positionals.max).join(' '), helpCommand));
		if (words.length < spec.positionals.min) throw new UsageProblem(text.missingWords(helpCommand));
	}
	return { values, positionals: words, astroArguments };
}

function unknownCommand(word: string, language: WriterLanguage): UsageProblem {
	const visible = commandNames.filter((name) => !(commandSpecs[name] as CommandSpec).hidden);
	const near = spanishCommandWords[word.toLowerCase()] ?? closestId(word.toLowerCase(), visible);
	return new UsageProblem(usageText[language].unknownCommand(word, near));
}
