/**
 * A writer's mistake found by a command-line tool: what is wrong and where (message), and what
 * to do (hint), already in the writer's language. The command prints both once and exits 1.
 */
export class CliProblem extends Error {
	readonly hint: string;

	constructor({ message, hint }: { message: string; hint: string }) {
		super(message);
		this.name = 'CliProblem';
		this.hint = hint;
	}
}
