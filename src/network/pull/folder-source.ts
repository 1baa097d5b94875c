import { open, realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { joinChunks, type MemberSource, overLimit } from './member-source';
import { manifestFile } from '../format';
import { refused, unreachable } from './pull-problem';

/**
 * A folder on this computer holding a member's built site (its dist/, copied from a USB stick).
 * A path is read only when it resolves inside the folder, links followed: a link that leads out
 * of the folder (to the hub's own files, or /etc) is refused, never read. No more than the limit
 * is read, whatever the file's size says.
 */

/** Whether `path` is `folder` or inside it (both resolved). */
export const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

const piece = 1024 * 1024;

export async function folderSource(folder: string, label: string): Promise<MemberSource> {
	const base = await realpath(folder);
	const describe = (path: string) => `${label.replace(/\/+$/, '')}/${path}`;
	return {
		kind: 'folder',
		describe,
		async read(path, limit) {
			const file = describe(path);
			const target = resolve(base, ...path.split('/'));
			if (!isInside(target, base)) throw refused(file, { problem: 'path', path });
			let real: string;
			try {
				real = await realpath(target);
			} catch {
				// Without its manifest the folder holds no memory at all; any other file is one its manifest promised.
				throw path === manifestFile ? unreachable(file, { reason: 'missing' }) : refused(file, { problem: 'missing' });
			}
			if (!isInside(real, base)) throw refused(file, { problem: 'outside', path: real });
			const handle = await open(real, 'r').catch(() => {
				throw refused(file, { problem: 'not-a-file' });
			});
			try {
				const stats = await handle.stat();
				if (!stats.isFile()) throw refused(file, { problem: 'not-a-file' });
				if (stats.size > limit.bytes) throw overLimit(file, limit);
				// Read up to one byte past the limit, whatever the size said: the file may grow meanwhile.
				const chunks: Uint8Array[] = [];
				let total = 0;
				for (;;) {
					const buffer = new Uint8Array(Math.min(piece, limit.bytes + 1 - total));
					const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
					if (bytesRead === 0) break;
					total += bytesRead;
					if (total > limit.bytes) throw overLimit(file, limit);
					chunks.push(buffer.subarray(0, bytesRead));
				}
				return joinChunks(chunks, total);
			} finally {
				await handle.close();
			}
		},
	};
}
