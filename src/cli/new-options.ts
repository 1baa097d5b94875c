import { closestId } from '../lib/closest-id';
import { type KindName, registryEntries } from '../model/registry';
import { UsageProblem } from './cli-problem';
import { kindNames } from './new-entry';
import type { NewProblems } from './new-text';
import type { CommandLine } from './parse-command-line';

/** What `memoria new` (or `memoria translate`) was told on its command line; anything left out is asked. */
export interface NewOptions {
	/** What to create, or "translate". */
	command: KindName | 'translate' | undefined;
	/** For "translate": the file to translate. */
	path: string | undefined;
	title: string | undefined;
	lang: string | undefined;
	projects: string[];
	slug: string | undefined;
	date: string | undefined;
}

export { kindNames };

/** Every way a writer may name what to create: the registry's word, its plural, Spanish, other spellings. */
const commandAliases: Record<string, KindName | 'translate'> = {
	...Object.fromEntries(registryEntries().flatMap(([, spec]) => [spec.kind, ...spec.aliases].map((word) => [word, spec.kind as KindName]))),
	// `memoria new translate <file>`, as `npm run new -- translate` was written before `memoria translate`.
	translate: 'translate',
	translation: 'translate',
	traducir: 'translate',
	traduccion: 'translate',
	traducción: 'translate',
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The options of `memoria new [<kind>]` from its parsed command line (parse-command-line.ts):
 * the kind word in any of its spellings; `--project a,b` and repeated --project both give a list.
 */
export function newOptions(line: Pick<CommandLine, 'values' | 'positionals'>, problems: NewProblems): NewOptions {
	const [word, ...rest] = line.positionals;
	let command: NewOptions['command'];
	if (word !== undefined) {
		command = commandAliases[word.toLowerCase()];
		if (!command) {
			const near = closestId(word.toLowerCase(), Object.keys(commandAliases));
			throw new UsageProblem(problems.unknownKind(word, near && commandAliases[near]));
		}
	}
	const path = command === 'translate' ? rest.shift() : undefined;
	if (rest.length > 0) throw new UsageProblem(problems.tooManyArguments(rest.join(' ')));
	const projects = ((line.values.project as string[] | undefined) ?? []).flatMap((value) =>
		value
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)
	);
	return { command, path, title: text(line.values.title), lang: text(line.values.lang), projects, slug: text(line.values.slug), date: text(line.values.date) };
}
