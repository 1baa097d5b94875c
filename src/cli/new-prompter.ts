import { createInterface, type Interface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

/**
 * Questions on the terminal, one line per answer. Lines are read through readline's async
 * iterator, which keeps lines that arrive before the question is asked: a script or a test can
 * pipe every answer at once. Nothing is read until the first question, so a command given all
 * its answers as flags never waits for input.
 */
export interface Prompter {
	/** Prints the question and resolves with the next line typed, trimmed; `undefined` when the input has ended. */
	ask(question: string): Promise<string | undefined>;
	/** Prints a line of information between questions. */
	say(text: string): void;
	close(): void;
}

export function createPrompter(input: Readable = process.stdin, output: Writable = process.stdout): Prompter {
	let readline: Interface | undefined;
	let lines: AsyncIterator<string> | undefined;
	return {
		async ask(question) {
			if (!readline) {
				readline = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
				lines = readline[Symbol.asyncIterator]();
			}
			output.write(question);
			const next = await lines!.next();
			// Piped answers are not echoed by the terminal; repeat them so the transcript reads like a conversation.
			if (!(input as { isTTY?: boolean }).isTTY) output.write(next.done ? '\n' : `${next.value}\n`);
			return next.done ? undefined : next.value.trim();
		},
		say(text) {
			output.write(`${text}\n`);
		},
		close() {
			readline?.close();
		},
	};
}
