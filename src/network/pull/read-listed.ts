import { createHash } from 'node:crypto';
import type { MemberSource } from './member-source';
import { refused } from './pull-problem';

/**
 * A file the member's manifest lists, with its sha256 and size: never read past that size, and
 * accepted only when both match. `hubLimit` is the most a hub takes for one such file, whatever the
 * manifest says.
 */
export async function readListed(source: MemberSource, listed: { path: string; sha256: string; bytes: number }, hubLimit: number): Promise<Uint8Array> {
	const file = source.describe(listed.path);
	if (listed.bytes > hubLimit) throw refused(file, { problem: 'too-large', limit: hubLimit });
	const data = await source.read(listed.path, { bytes: listed.bytes, listed: true });
	if (data.length !== listed.bytes) throw refused(file, { problem: 'bytes', expected: listed.bytes, found: data.length });
	const found = createHash('sha256').update(data).digest('hex');
	if (found !== listed.sha256) throw refused(file, { problem: 'sha256', expected: listed.sha256, found });
	return data;
}
