import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below a folder, as paths from it with "/" (none when the folder does not exist). */
export function filesUnder(folder: string): string[] {
	try {
		return readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => relative(folder, join(d.parentPath, d.name)).split(sep).join('/'));
	} catch {
		return [];
	}
}
