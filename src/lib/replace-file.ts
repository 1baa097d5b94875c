/**
 * Replaces a file of the build in one step: the new content goes to a file beside it, which is
 * then renamed over it. Steps of the build run at the same time (src/cli/commands/build.ts), and another
 * may be reading the same page: it reads the old page or the new one, never half of one.
 */
import { rename, writeFile } from 'node:fs/promises';

/** Ending of the short-lived files; steps that list the output leave them out. */
export const temporarySuffix = '.memoria-tmp';

export async function replaceFile(path: string, content: string): Promise<void> {
	await writeFile(`${path}${temporarySuffix}`, content);
	await rename(`${path}${temporarySuffix}`, path);
}
