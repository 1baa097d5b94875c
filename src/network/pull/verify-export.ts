import { sections } from '../../model/sections';
import { type ExportedEntry, memoryExportSchema } from '../format';
import { refused } from './pull-problem';
import { parseJson, parseWith } from './schema-refusal';

/**
 * One language's export (/data/memory.<language>.json) of a member, once its bytes matched the
 * manifest: valid JSON, the format's schema (every entry's id and path a path inside a folder, each
 * text bounded), the language the manifest lists it for, and no two entries at one page path (a
 * hub gives each entry its page there). Resolves with the number of entries, for the report.
 */
export function verifyExport(bytes: Uint8Array, file: string, language: string): number {
	const data = parseWith(memoryExportSchema, parseJson(bytes, file), file);
	if (data.language !== language) throw refused(file, { problem: 'export-language', expected: language, found: data.language });
	const paths = new Set<string>();
	for (const section of sections) {
		for (const entry of (data[section] ?? []) as ExportedEntry[]) {
			if (paths.has(entry.path)) throw refused(file, { problem: 'duplicate-path', path: entry.path });
			paths.add(entry.path);
		}
	}
	return paths.size;
}
