import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new folder in the system's temporary one, a writer of files into it (making their folders), and its removal. */
export function tempFolder(prefix: string): { root: string; write(path: string, text: string | Uint8Array): void; remove(): void } {
	const root = mkdtempSync(join(tmpdir(), prefix));
	return {
		root,
		write: (path, text) => {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
