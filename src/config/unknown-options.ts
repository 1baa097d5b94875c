import type { WriterLanguage } from '../errors/writer-language';
import { closestId } from '../lib/closest-id';

/**
 * What to say about an option of memoria.config.ts that Memoria does not have. zod drops an
 * unknown key without a word, and a site that upgrades Memoria must not build on silently
 * ignoring a setting it still writes: so the schema is strict, and each unknown option is named
 * with what to write instead.
 */

export interface ReplacedOption {
	/** The option to write instead, as a path ("organisation", "personalData.allow"). */
	now: string;
	/** Why the name differs: Memoria renamed it in a version, or another tool names it so. */
	because: { renamedIn: string } | { otherTool: string };
}

/**
 * Options a site may write under another name, by their path in memoria.config.ts. When a
 * release renames or replaces an option, its old name goes here with `renamedIn` (and in
 * CHANGELOG.md), so a site that upgrades is told what to write. Names that Starlight and Astro
 * use for the same settings are here too: people come to Memoria from them. (A misspelling,
 * such as "organization", needs no row: the nearest option is suggested.)
 */
export const replacedOptions: Record<string, ReplacedOption> = {
	title: { now: 'organisation', because: { otherTool: 'Starlight' } },
	locales: { now: 'languages', because: { otherTool: 'Starlight' } },
	defaultLocale: { now: 'defaultLanguage', because: { otherTool: 'Starlight' } },
	editLink: { now: 'repository', because: { otherTool: 'Starlight' } },
};

const because = (reason: ReplacedOption['because'], language: WriterLanguage) =>
	'renamedIn' in reason
		? { en: `renamed in Memoria ${reason.renamedIn}`, es: `cambió de nombre en Memoria ${reason.renamedIn}` }[language]
		: { en: `as ${reason.otherTool} calls it`, es: `como lo llama ${reason.otherTool}` }[language];

/**
 * One line about an unknown option: the replacement the table names, else the nearest known
 * option (a typo), else the options that exist at that place.
 */
export function unknownOptionProblem(path: string, known: readonly string[], language: WriterLanguage): string {
	const name = path.split('.').at(-1)!;
	const replaced = replacedOptions[path];
	if (replaced) {
		return {
			en: `"${path}" is not an option of Memoria (${because(replaced.because, language)}): write "${replaced.now}" instead.`,
			es: `"${path}" no es una opción de Memoria (${because(replaced.because, language)}): escribe "${replaced.now}" en su lugar.`,
		}[language];
	}
	const near = closestId(name, known);
	if (near) {
		return { en: `"${path}" is not an option of Memoria: did you mean "${near}"?`, es: `"${path}" no es una opción de Memoria: ¿quisiste poner "${near}"?` }[
			language
		];
	}
	return {
		en: `"${path}" is not an option of Memoria. The options here are: ${known.join(', ')}.`,
		es: `"${path}" no es una opción de Memoria. Las opciones aquí son: ${known.join(', ')}.`,
	}[language];
}
