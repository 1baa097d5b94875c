import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportPlan } from './plan-import';

/**
 * Writes an import's plan into the site. A file that already exists is never replaced without
 * --force: the places are all checked before the first write, so a refused import writes nothing
 * at all, and each write refuses to replace a file that appeared meanwhile (`wx`, COPYFILE_EXCL).
 * A file already there with the same content is left alone, so importing again is harmless.
 */

export interface Placement {
	/** Files that exist with other content: replaced only with --force. */
	existing: string[];
	/** Files that exist with this very content: nothing to write. */
	unchanged: Set<string>;
}

export function placement(plan: ImportPlan, siteRoot: string, sourceRoot: string): Placement {
	const existing: string[] = [];
	const unchanged = new Set<string>();
	const files = [
		...plan.pages.map((p) => ({ to: p.to, content: () => Buffer.from(p.text) })),
		...plan.assets.map((a) => ({ to: a.to, content: () => readFileSync(join(sourceRoot, a.from)) })),
	];
	for (const { to, content } of files) {
		const target = join(siteRoot, to);
		if (!existsSync(target)) continue;
		if (readFileSync(target).equals(content())) unchanged.add(to);
		else existing.push(to);
	}
	return { existing: existing.sort(), unchanged };
}

/** Writes every page and copies every asset not already there as it is; returns what was written. */
export function writeImport(
	plan: ImportPlan,
	siteRoot: string,
	sourceRoot: string,
	{ force, unchanged }: { force: boolean; unchanged: Set<string> }
): string[] {
	const written: string[] = [];
	const place = (to: string) => {
		const target = join(siteRoot, to);
		mkdirSync(dirname(target), { recursive: true });
		return target;
	};
	for (const page of plan.pages) {
		if (unchanged.has(page.to)) continue;
		writeFileSync(place(page.to), page.text, { flag: force ? 'w' : 'wx' });
		written.push(page.to);
	}
	for (const asset of plan.assets) {
		if (unchanged.has(asset.to)) continue;
		copyFileSync(join(sourceRoot, asset.from), place(asset.to), force ? 0 : constants.COPYFILE_EXCL);
		written.push(asset.to);
	}
	return written;
}
