/**
 * npm run schemas [-- --check] [-- --root DIR]
 * Writes the content schemas as JSON Schema into schemas/<collection>.schema.json, with each
 * field's description taken from its doc comment in src/schemas/, for editors that check YAML as
 * it is typed. --check writes nothing and fails when a committed file is out of date (for CI).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { schemasText } from '../src/cli/new-text';
import { writerLanguage } from '../src/errors/writer-language';
import { contentJsonSchemaFiles } from '../src/model/json-schema';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? '.' : args[rootAt + 1]!);
const text = schemasText[writerLanguage()];

// 1. Build every schema from the zod schemas and their comments.
const files = contentJsonSchemaFiles();

// 2. Compare with what is on disk.
const outdated = files.filter((f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.text);

// 3. --check only reports; otherwise write the files that changed.
if (check) {
	if (outdated.length > 0) {
		const { message, hint } = text.outdated(outdated.map((f) => f.path));
		console.error(`${message}\n${hint}`);
		process.exit(1);
	}
	console.log(text.unchanged(files.length));
} else {
	mkdirSync(join(root, 'schemas'), { recursive: true });
	for (const f of outdated) {
		writeFileSync(join(root, f.path), f.text);
		console.log(text.wrote(f.path));
	}
	if (outdated.length === 0) console.log(text.unchanged(files.length));
}
