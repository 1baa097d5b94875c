/**
 * What tests/fixtures/hostile holds, for the tests that build it (tests/build/hostile-site.test.ts,
 * tests/e2e/hostile.e2e.ts): the scripts its content tries to inject, the secrets of its internal
 * entries, and the edit that saves two of those entries as some editors do (a byte-order mark,
 * CRLF line ends), written as bytes at copy time so git can never normalise them away.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * The code the content tries to run, in <script> elements and event attributes (onerror,
 * onload, onmouseover), each setting window.__pwned to where it came from: 1 an entry's title,
 * 2 the organisation's name, 3 a guide's hero title, 4 a guide's banner, 5 a learning's lesson
 * and recommendation, 6 a theme's label, 7 the site's description, 8 an organisation's description.
 */
export const injectedScripts = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `window.__pwned=${n}`);

/** The policy source that would let one of them run: 'sha256-…' of its exact text. */
export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** Internal entries, by file; the first two are saved with a byte-order mark and CRLF, the third gets its visibility from a YAML merge key. */
export const internalFiles = ['content/projects/shadow-archive.md', 'content/learnings/detention-records.md', 'content/calls/night-meeting.md'];

/** Words of the internal entries that must appear in no public output: titles, sentences of their bodies and fields, ids, the file only they link to. */
export const secrets = [
	// Titles.
	'Shadow archive of the detention records',
	'Moving the detention records before the raid',
	'Night meeting with the harbour informants',
	// Sentences of bodies, summaries and lessons.
	'basement below the parish kitchen',
	'Where the copies of the detention records are kept',
	'hid the boxes behind the organ pipes',
	'Two people with keys were enough',
	'stop publishing the ferry schedules',
	'harbour informants',
	'detention records',
	// Ids (the last part of their addresses).
	'shadow-archive',
	'detention-records',
	'night-meeting',
	// The public/ file only an internal entry links to.
	'secret-minutes',
];

/** The public/ file that only an internal entry links to: never published. */
export const withheldFile = 'files/secret-minutes.pdf';

/** A photo in public/ whose camera metadata names a person and a place (author, copyright e-mail, description): published without them. */
export const photoFile = 'files/river-photo.jpg';
export const photoMetadata = ['Jose Perez', 'jose@example.org', 'Safe house on 5th street'];

/** A public/ file a public entry links to: published. */
export const publishedFile = 'files/river-readings.txt';

/** Re-saves the first two internal entries with a UTF-8 byte-order mark and CRLF line ends (an edit for copyFixture). */
export function saveAsWindowsEditorsDo(root: string): void {
	for (const file of internalFiles.slice(0, 2)) {
		const text = readFileSync(join(root, file), 'utf8')
			.replace(/^\uFEFF/, '')
			.replace(/\r?\n/g, '\r\n');
		writeFileSync(join(root, file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
	}
}
