import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { SiteLayout } from '../../config/site-layout';

/**
 * The build's output folder is only ever replaced when Memoria made it: never the site, its
 * content or public folder, a folder holding them, or a folder of someone else's files.
 */

export type Audience = 'public' | 'internal';

/**
 * The file that marks a folder as Memoria's output. It says which output it is (folder and
 * audience), so a copy left in the staging folder by an interrupted build is only ever put back
 * where it came from.
 */
export const marker = '.memoria-output';
export const markerText = (folder: string, audience: Audience) => `${JSON.stringify({ madeBy: 'memoria', audience, output: folder })}\n`;

type Mark = { audience?: Audience; output?: string };
const markOf = (folder: string): Mark | undefined => {
	try {
		return JSON.parse(readFileSync(join(folder, marker), 'utf8')) as Mark;
	} catch {
		return undefined;
	}
};

const real = (path: string) => {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
};
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** The output's real path, even before it exists (its parent's real path and its name). */
export const realOutput = (out: string) => join(real(dirname(out)), out.split(sep).at(-1)!);

/** Whether replacing `out` could delete something that is not an earlier output of this audience. */
export function isUnsafeOutput(out: string, layout: SiteLayout, audience: Audience, staging: string): boolean {
	const realOut = realOutput(out);
	const protectedFolders = [layout.root, layout.content, layout.public, join(layout.root, 'src'), join(layout.root, 'node_modules'), staging].map(real);
	const notAFolder = existsSync(out) && !statSync(out).isDirectory();
	const entries = existsSync(out) && !notAFolder ? readdirSync(out) : [];
	// An output of an earlier version of Memoria (before the marker) is recognised by Astro's folder.
	const earlierBuild = out === layout.output[audience] && entries.includes('_astro');
	// An output of the other audience is never replaced: an internal build must not overwrite the public site.
	const made = markOf(out)?.audience;
	const otherAudience = made !== undefined && made !== audience;
	return (
		notAFolder ||
		otherAudience ||
		protectedFolders.some((folder) => inside(folder, realOut)) ||
		[layout.content, layout.public].some((folder) => inside(realOut, real(folder))) ||
		(entries.length > 0 && !entries.includes(marker) && !earlierBuild)
	);
}

/**
 * A build stopped between the two renames of its swap left the previous output in the staging
 * folder: put it back, if it is this output (same folder, same audience).
 */
export function restoreInterruptedSwap(out: string, staging: string, audience: Audience) {
	if (existsSync(out) || !existsSync(staging)) return;
	const left = readdirSync(staging)
		.filter((name) => name.startsWith('previous-'))
		.filter((name) => {
			const made = markOf(join(staging, name));
			return made?.audience === audience && made?.output === realOutput(out);
		});
	if (left.length > 0) renameSync(join(staging, left.sort().at(-1)!), out);
}
