import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML page under a built site's folder, as full paths (for the output checks and the search bundles). */
export async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
