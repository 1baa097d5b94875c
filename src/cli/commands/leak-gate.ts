import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findLeaks } from '../../checks/leak-gate';
import type { PublicationFacts } from '../../checks/publication-facts';
import { memoriaError } from '../../errors/memoria-error';
import type { WriterLanguage } from '../../errors/writer-language';
import type { Command } from '../command';

/**
 * `memoria leak-gate <built folder> <facts file>`, the last step of a public `memoria build`:
 * searches every file of the folder for the internal entries that the facts (written by the
 * content checks) describe, and exits 1 naming each leak. See src/checks/leak-gate.ts.
 */
const what = {
	address: { en: 'the address', es: 'la dirección' },
	title: { en: 'the title', es: 'el título' },
	text: { en: 'text', es: 'texto' },
	file: { en: 'a file', es: 'un archivo' },
} as const;

export const leakGate: Command = async (line, { language }) => {
	const [dir, factsFile] = line.positionals as [string, string];
	return leakGateStep(resolve(dir), factsFile, language);
};

/** The step itself, for `memoria build` to run in its own process: resolves with the exit code. */
export function leakGateStep(dir: string, factsFile: string, language: WriterLanguage): number {
	const started = performance.now();
	// Without the facts the gate cannot tell what is internal: the build stops (fail closed).
	const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as PublicationFacts;
	const leaks = findLeaks(dir, facts);
	for (const leak of leaks.slice(0, 50)) {
		const error = memoriaError('internal-leak', { entry: leak.entry, output: leak.output, what: what[leak.what][language] }, {}, language);
		console.error(`✗ ${error.message}\n  ${error.hint}`);
	}
	if (leaks.length > 50) console.error(`… ${leaks.length - 50} more`);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`[memoria:leak-gate] ${facts.internal.length} internal entries looked for in the output in ${seconds}s: ${leaks.length === 0 ? 'none found' : `${leaks.length} found`}.`
	);
	return leaks.length === 0 ? 0 : 1;
}
