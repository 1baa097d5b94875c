/**
 * A mistake found by the `memoria` command: what is wrong and where (message), and what to do
 * (hint), already in the writer's language. The command prints both once, without a stack
 * trace, and exits with `exitCode`.
 */
export class CliProblem extends Error {
	readonly hint: string;
	/** 1: the site, its content or a value given has a problem to fix. */
	readonly exitCode: number = 1;

	constructor({ message, hint }: { message: string; hint: string }) {
		super(message);
		this.name = 'CliProblem';
		this.hint = hint;
	}
}

/** The command line itself cannot be read: an unknown command or option, a missing value. Exit code 2. */
export class UsageProblem extends CliProblem {
	override readonly exitCode: number = 2;

	constructor(problem: { message: string; hint: string }) {
		super(problem);
		this.name = 'UsageProblem';
	}
}
