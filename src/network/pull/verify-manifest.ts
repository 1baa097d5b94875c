import { type Manifest, manifestFormat, manifestSchema, formatVersion } from '../format';
import { PullProblem, refused } from './pull-problem';
import { parseWith } from './schema-refusal';

/**
 * A member's manifest (/memoria.json), checked before any file it lists is asked for: the format
 * and its major version, the schema (every size, shape and path), and what the schema cannot say
 * alone: one export per language of the site and none other, one search bundle of each kind, and
 * no more files or bytes in all than a hub keeps for one member.
 */

/** Why a member's copy must go, read from its manifest before anything else in it is trusted. */
export type Withdrawal = 'copies-not-allowed' | 'leaving';

/**
 * A manifest that says copies are not allowed, or that the member is leaving, is obeyed whatever
 * else it holds, even in a version of the format this hub cannot read otherwise: consent is the
 * member's, and a hub keeps no copy against a member's wish.
 */
export function withdrawal(raw: unknown): Withdrawal | undefined {
	if (!isObject(raw) || raw.format !== manifestFormat || !isObject(raw.copies)) return undefined;
	if (raw.copies.leaving === true) return 'leaving';
	if (raw.copies.allowed === false) return 'copies-not-allowed';
	return undefined;
}

export function verifyManifest(raw: unknown, file: string, limits: { files: number; totalBytes: number }): Manifest {
	if (!isObject(raw) || raw.format !== manifestFormat) {
		throw refused(file, { problem: 'format', found: isObject(raw) && raw.format !== undefined ? JSON.stringify(raw.format) : 'missing' });
	}
	if (raw.version !== formatVersion) {
		throw new PullProblem(file, { id: 'network-member-version', found: String(raw.version), supported: formatVersion });
	}
	const manifest = parseWith(manifestSchema, raw, file);
	const languages = new Set(manifest.languages);
	const exported = new Set<string>();
	for (const { language } of manifest.exports) {
		if (!languages.has(language)) throw refused(file, { problem: 'unlisted-language', language });
		if (exported.has(language)) throw refused(file, { problem: 'duplicate-export', language });
		exported.add(language);
	}
	for (const language of languages) if (!exported.has(language)) throw refused(file, { problem: 'missing-export', language });
	const kinds = new Set<string>();
	for (const { kind, files } of manifest.search) {
		if (kinds.has(kind)) throw refused(file, { problem: 'duplicate-bundle', kind });
		kinds.add(kind);
		const clash = clashingPath(files.map((listed) => listed.path));
		if (clash !== undefined) throw refused(file, { problem: 'duplicate-file', path: clash });
	}
	const listed = [...manifest.exports, ...manifest.search.flatMap((bundle) => bundle.files)];
	if (listed.length > limits.files) throw refused(file, { problem: 'file-count', count: listed.length, limit: limits.files });
	const bytes = listed.reduce((sum, { bytes }) => sum + bytes, 0);
	if (bytes > limits.totalBytes) throw refused(file, { problem: 'total', bytes, limit: limits.totalBytes });
	return manifest;
}

/**
 * A path of a bundle that cannot be written beside the others: listed twice, inside another listed
 * file ("a" and "a/b"), or the same but for capitals (one file on a disk that ignores them).
 */
function clashingPath(paths: readonly string[]): string | undefined {
	const files = new Set<string>();
	for (const path of paths) {
		const key = path.toLowerCase().replace(/\/$/, '');
		if (files.has(key)) return path;
		files.add(key);
	}
	for (const path of paths) {
		const parts = path.toLowerCase().split('/');
		for (let end = 1; end < parts.length; end++) if (files.has(parts.slice(0, end).join('/'))) return path;
	}
	return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
