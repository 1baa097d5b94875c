import type { WriterLanguage } from '../errors/writer-language';
import type { CommandLine } from './parse-command-line';
import type { Terminal } from './terminal';

/** What a command of `memoria` is given besides its command line. */
export interface CommandContext {
	terminal: Terminal;
	language: WriterLanguage;
	/** The site's folder: --root, or the folder the command runs in. */
	root: string;
}

/** A command of `memoria` (src/cli/commands/): resolves with its exit code. */
export type Command = (line: CommandLine, context: CommandContext) => Promise<number>;
