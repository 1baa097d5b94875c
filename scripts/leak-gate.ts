/**
 * node scripts/build.mjs runs this last in a public build: `tsx scripts/leak-gate.ts DIR FACTS`
 * searches every file of DIR for the internal entries that FACTS (written by the content checks)
 * describes, and exits 1 naming each leak. See src/checks/leak-gate.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findLeaks } from '../src/checks/leak-gate';
import type { PublicationFacts } from '../src/checks/publication-facts';
import { memoriaError } from '../src/errors/memoria-error';
import { writerLanguage } from '../src/errors/writer-language';

const [dir, factsFile] = process.argv.slice(2);
if (!dir || !factsFile) {
	console.error('Usage: tsx scripts/leak-gate.ts <built site folder> <facts file>');
	process.exit(2);
}
const language = writerLanguage();
const what = {
	address: { en: 'the address', es: 'la dirección' },
	title: { en: 'the title', es: 'el título' },
	text: { en: 'text', es: 'texto' },
	file: { en: 'a file', es: 'un archivo' },
} as const;

const started = performance.now();
// Without the facts the gate cannot tell what is internal: the build stops (fail closed).
const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as PublicationFacts;
const leaks = findLeaks(resolve(dir), facts);
for (const leak of leaks.slice(0, 50)) {
	const error = memoriaError('internal-leak', { entry: leak.entry, output: leak.output, what: what[leak.what][language] }, {}, language);
	console.error(`✗ ${error.message}\n  ${error.hint}`);
}
if (leaks.length > 50) console.error(`… ${leaks.length - 50} more`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`[memoria:leak-gate] ${facts.internal.length} internal entries looked for in the output in ${seconds}s: ${leaks.length === 0 ? 'none found' : `${leaks.length} found`}.`);
process.exit(leaks.length === 0 ? 0 : 1);
