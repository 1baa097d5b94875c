import { strFromU8, unzipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureBuild } from './fixture';

export interface OfflineArchive {
	/** The archive's path from the output's root. */
	path: string;
	bytes: number;
	/** Every entry, by its name inside the archive. */
	entries: Record<string, Uint8Array>;
	/** The one top-level folder. */
	folder: string;
	/** A file of the copy as text, by its path from the copy's root. */
	text(path: string): string;
	/** Paths of the copy's files, from its root. */
	files(): string[];
}

/** The fixture's offline copy, unpacked in memory; undefined when the build made none. */
export function offlineArchive(site: FixtureBuild): OfflineArchive | undefined {
	if (!existsSync(join(site.dist, 'offline'))) return undefined;
	const zips = readdirSync(join(site.dist, 'offline'), { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.zip'));
	if (zips.length === 0) return undefined;
	const path = `offline/${zips[0]!.name}`;
	const bytes = readFileSync(join(site.dist, path));
	const entries = unzipSync(bytes);
	const folder = Object.keys(entries)[0]!.split('/')[0]!;
	return {
		path,
		bytes: bytes.length,
		entries,
		folder,
		text: (file) => strFromU8(entries[`${folder}/${file}`]!),
		files: () => Object.keys(entries).map((name) => name.slice(folder.length + 1)),
	};
}
