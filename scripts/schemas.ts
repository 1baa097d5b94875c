/**
 * `npm run schemas [-- --check]`, in Memoria's repository only: writes Memoria's schemas/ folder,
 * the content schemas as JSON Schema with each field described by its doc comment in
 * src/schemas/, and the published-memory format's from src/network/format.ts
 * (src/model/json-schema.ts, which needs the TypeScript compiler). The files are
 * committed and shipped in the package; `memoria schemas` copies the content ones into a site. --check
 * writes nothing and fails when a committed file is out of date.
 * Runs as `node --import ./bin/typescript-hooks.mjs scripts/schemas.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasText } from '../src/cli/new-text';
import { writerLanguage } from '../src/errors/writer-language';
import { contentJsonSchemaFiles, formatJsonSchemaFiles } from '../src/model/json-schema';
import { shippedSchemaFolder } from '../src/model/shipped-schemas';

const check = process.argv.includes('--check');
const text = schemasText[writerLanguage()];
const root = join(shippedSchemaFolder, '..');

// 1. Build every schema from the zod schemas and their comments, and compare with what is on disk.
const files = [...contentJsonSchemaFiles(), ...formatJsonSchemaFiles()];
const outdated = files.filter((f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.text);

// 2. --check only reports; otherwise write the files that changed.
if (check) {
	if (outdated.length > 0) {
		const { message, hint } = text.outdated(
			outdated.map((f) => f.path),
			'npm run schemas'
		);
		console.error(`✗ ${message}\n  ${hint}`);
		process.exit(1);
	}
	console.log(text.unchanged(files.length));
} else {
	mkdirSync(shippedSchemaFolder, { recursive: true });
	for (const f of outdated) {
		writeFileSync(join(root, f.path), f.text);
		console.log(text.wrote(f.path));
	}
	if (outdated.length === 0) console.log(text.unchanged(files.length));
}
