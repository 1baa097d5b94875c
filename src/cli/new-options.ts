import { closestId } from '../lib/closest-id';
import { CliProblem } from './new-problem';
import type { NewProblems } from './new-text';
import { registryEntries, type KindName } from '../model/registry';
import { kindNames } from './new-entry';

/** What `npm run new` was told on its command line; anything left out is asked. */
export interface NewOptions {
	help: boolean;
	/** What to create, or "translate". */
	command: KindName | 'translate' | undefined;
	/** For "translate": the file to translate. */
	path: string | undefined;
	title: string | undefined;
	lang: string | undefined;
	projects: string[];
	slug: string | undefined;
	date: string | undefined;
	root: string | undefined;
}

export { kindNames };

/** Every way a writer may name what to create: the registry's word, its plural, Spanish, other spellings. */
const commandAliases: Record<string, KindName | 'translate'> = {
	...Object.fromEntries(registryEntries().flatMap(([, spec]) => [spec.kind, ...spec.aliases].map((word) => [word, spec.kind as KindName]))),
	translate: 'translate', translation: 'translate', traducir: 'translate', traduccion: 'translate', traducción: 'translate',
};

const valueOptions = ['--title', '--lang', '--project', '--slug', '--date', '--root'] as const;

export function parseNewOptions(args: readonly string[], problems: NewProblems): NewOptions {
	const options: NewOptions = {
		help: false,
		command: undefined,
		path: undefined,
		title: undefined,
		lang: undefined,
		projects: [],
		slug: undefined,
		date: undefined,
		root: undefined,
	};
	const positionals: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--help' || arg === '-h') {
			options.help = true;
			continue;
		}
		if (!arg.startsWith('--')) {
			positionals.push(arg);
			continue;
		}
		// "--title=Foo" and "--title Foo" mean the same.
		const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (!(valueOptions as readonly string[]).includes(name!)) throw new CliProblem(problems.unknownOption(name!));
		const value = inline ?? args[++i];
		if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new CliProblem(problems.missingValue(name!));
		if (name === '--project') options.projects.push(...value.split(',').map((p) => p.trim()).filter(Boolean));
		else options[name!.slice(2) as 'title' | 'lang' | 'slug' | 'date' | 'root'] = value;
	}
	const [command, ...rest] = positionals;
	if (command !== undefined) {
		const known = commandAliases[command.toLowerCase()];
		if (!known) {
			const near = closestId(command.toLowerCase(), Object.keys(commandAliases));
			throw new CliProblem(problems.unknownKind(command, near && commandAliases[near]));
		}
		options.command = known;
	}
	if (options.command === 'translate' && rest.length > 0) options.path = rest.shift();
	if (rest.length > 0) throw new CliProblem(problems.tooManyArguments(rest.join(' ')));
	return options;
}
