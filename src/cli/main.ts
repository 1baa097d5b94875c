import { existsSync } from 'node:fs';
import { siteLayout } from '../config/site-layout';
import { type WriterLanguage, writerLanguage } from '../errors/writer-language';
import { memoriaVersion } from '../lib/memoria-version';
import { UsageProblem } from './cli-problem';
import type { Command } from './command';
import { type CommandName, type CommandSpec, commandSpecs } from './command-specs';
import { commandHelp, generalHelp } from './help-text';
import { parseCommandLine } from './parse-command-line';
import { reportProblem, type Terminal } from './terminal';
import { usageText } from './usage-text';

/**
 * The `memoria` command (bin/memoria.mjs): reads the command line once, shows help, finds the
 * site, and runs the command. Resolves with the exit code: 0 done, 1 the site has a problem to
 * fix, 2 the command line could not be read (the help lists them).
 */

/** Each command's code, loaded only when it runs: `memoria --help` reads none of it. */
const commands: Record<Exclude<CommandName, 'help'>, () => Promise<Command>> = {
	init: async () => (await import('./commands/init')).init,
	import: async () => (await import('./commands/import')).importPages,
	dev: async () => (await import('./commands/astro')).dev,
	build: async () => (await import('./commands/build')).build,
	preview: async () => (await import('./commands/astro')).preview,
	new: async () => (await import('./commands/new')).newEntry,
	translate: async () => (await import('./commands/new')).translate,
	translations: async () => (await import('./commands/translations')).translations,
	check: async () => (await import('./commands/check')).check,
	schemas: async () => (await import('./commands/schemas')).schemas,
	offline: async () => (await import('./commands/offline')).offline,
	network: async () => (await import('./commands/network')).network,
	'search-index': async () => (await import('./commands/search-index')).searchIndex,
	'leak-gate': async () => (await import('./commands/leak-gate')).leakGate,
};

export async function runMemoria(args: readonly string[], terminal: Terminal): Promise<number> {
	const language = writerLanguage(terminal.env);
	const say = (text: string) => terminal.output.write(`${text}\n`);
	try {
		const line = parseCommandLine(args, language);
		if (line.command === undefined) {
			if (line.values.version) return (say(memoriaVersion()), 0);
			if (line.values.help) return (say(generalHelp(language, memoriaVersion())), 0);
			// `memoria` alone: the help, as a usage error for a script that forgot its command.
			terminal.errors.write(`${generalHelp(language, memoriaVersion())}\n`);
			return 2;
		}
		if (line.values.help) return (say(commandHelp(line.command, language)), 0);
		if (line.command === 'help') return help(line.positionals[0], language, say);
		const spec: CommandSpec = commandSpecs[line.command];
		if (spec.reserved) throw new UsageProblem(usageText[language].notYetAvailable(line.command));
		const root = siteLayout(typeof line.values.root === 'string' ? line.values.root : '.');
		if ('root' in spec.options && !existsSync(root.config)) throw new UsageProblem(usageText[language].noConfig(root.root));
		const run = await commands[line.command]();
		return await run(line, { terminal, language, root: root.root });
	} catch (error) {
		const status = reportProblem(terminal, error);
		if (status === undefined) throw error;
		return status;
	}
}

/** `memoria help [command]`. */
function help(command: string | undefined, language: WriterLanguage, say: (text: string) => void): number {
	if (command === undefined) return (say(generalHelp(language, memoriaVersion())), 0);
	const known = parseCommandLine([command, '--help'], language).command!;
	say(commandHelp(known, language));
	return 0;
}
