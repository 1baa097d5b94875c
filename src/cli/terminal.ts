import type { Readable, Writable } from 'node:stream';

/** Where a command reads answers and writes what it has to say: the process's own streams, or a test's. */
export interface Terminal {
	input: Readable;
	output: Writable;
	errors: Writable;
	env: Record<string, string | undefined>;
}

export const processTerminal = (): Terminal => ({ input: process.stdin, output: process.stdout, errors: process.stderr, env: process.env });

/**
 * Prints a problem meant for the writer (an error with a hint: a CliProblem, a MemoriaError from
 * memoria.config.ts) as two lines, without a stack trace, and gives its exit code. Anything else
 * is a bug, and is left to throw.
 */
export function reportProblem(terminal: Terminal, error: unknown): number | undefined {
	if (!(error instanceof Error) || !('hint' in error) || typeof error.hint !== 'string') return undefined;
	terminal.errors.write(`✗ ${error.message}\n  ${error.hint.replaceAll('\n', '\n  ')}\n`);
	return 'exitCode' in error && typeof error.exitCode === 'number' ? error.exitCode : 1;
}
