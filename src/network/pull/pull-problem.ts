import { catalogue, type ErrorParams, type MemberRefusal } from '../../errors/catalogue';
import type { WriterLanguage } from '../../errors/writer-language';

/**
 * Why one member's pull stopped, as the error catalogue words it (src/errors/catalogue.ts). The
 * code that reads and checks a member's files knows the file and the problem; the pull of the
 * member adds the member's id, and takes the words in both languages: the report prints the
 * writer's, pull.json keeps both.
 */

type Text = Record<WriterLanguage, string>;
type Unreachable = Omit<ErrorParams<'network-member-unreachable'>, 'member' | 'file' | 'kept'>;
type OtherVersion = Omit<ErrorParams<'network-member-version'>, 'member' | 'file' | 'kept'>;

export type PullFailure =
	| ({ id: 'network-member-unreachable' } & Unreachable)
	| ({ id: 'network-member-refused' } & MemberRefusal)
	| ({ id: 'network-member-version' } & OtherVersion);

export class PullProblem extends Error {
	/** The file, as the report names it: its address, or its path in the member's folder or zip. */
	readonly file: string;
	readonly failure: PullFailure;

	constructor(file: string, failure: PullFailure) {
		super(`${file}: ${failure.id}`);
		this.name = 'PullProblem';
		this.file = file;
		this.failure = failure;
	}
}

/** A member's file refused for what it holds. */
export const refused = (file: string, refusal: MemberRefusal) => new PullProblem(file, { id: 'network-member-refused', ...refusal });

/** A member's file that did not come: no answer, an error status, a folder or zip that is not there. */
export const unreachable = (file: string, reason: Unreachable) => new PullProblem(file, { id: 'network-member-unreachable', ...reason });

/** The message and the hint, in both languages, for `member`, of which the hub `kept` a last good copy or not. */
export function problemWords(member: string, problem: PullProblem, kept: boolean): { message: Text; hint: Text } {
	const { id, ...rest } = problem.failure;
	const params = { ...rest, member, file: problem.file, kept };
	const spec = catalogue[id] as unknown as { message: (p: typeof params) => Text; hint: (p: typeof params) => Text };
	return { message: spec.message(params), hint: spec.hint(params) };
}
