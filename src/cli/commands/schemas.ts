import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedSchemaFiles } from '../../model/shipped-schemas';
import type { Command } from '../command';
import { schemasText } from '../new-text';

/**
 * `memoria schemas [--check]`: writes the content schemas as JSON Schema into the site's
 * schemas/ folder, for editors that check YAML as it is typed (.vscode/settings.json maps them to
 * the files). They are the ones this version of Memoria ships, each field described. --check
 * writes nothing and fails when a file is missing or out of date (for CI, after an upgrade).
 */
export const schemas: Command = async (line, { root, language }) => {
	const text = schemasText[language];
	const files = shippedSchemaFiles();
	const outdated = files.filter((f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.text);
	if (line.values.check) {
		if (outdated.length === 0) return (console.log(text.unchanged(files.length)), 0);
		const { message, hint } = text.outdated(
			outdated.map((f) => f.path),
			'memoria schemas'
		);
		console.error(`✗ ${message}\n  ${hint}`);
		return 1;
	}
	mkdirSync(join(root, 'schemas'), { recursive: true });
	for (const f of outdated) {
		writeFileSync(join(root, f.path), f.text);
		console.log(text.wrote(f.path));
	}
	if (outdated.length === 0) console.log(text.unchanged(files.length));
	return 0;
};
