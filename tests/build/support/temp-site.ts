/**
 * Temporary copies of fixtures, for builds that must not touch tests/fixtures/ (a build that
 * changes content, or one that must run from an awkward place): the copy lives in a folder
 * whose path has a space and an accent, as an organisation's would ("…/Mi Organización XXXXXX/
 * sitio de prueba"), so every step of the build is proven to quote and encode paths.
 *
 * The copy is laid out like an organisation's repository: Memoria's code (this repository's
 * src/, tsconfig.json and package.json, whose dependencies Astro reads to decide which packages
 * to bundle) sits in the site's root beside content/, and the configuration imports it as
 * ./src/…. It cannot be imported from this repository by absolute path: Astro takes a
 * module path that shares no folder with the site's root but "/" for a path inside the root
 * (astro/dist/vite-plugin-utils normalizeFilename → isPathInRoot), so /work/main/src/x.astro
 * becomes <root>/work/main/src/x.astro and the build stops with "No cached compile metadata".
 * A link to src/ does not help either: Vite follows links to the real path. For the same reason
 * the packages whose Astro components have styles or scripts (Starlight's) are copied into the
 * copy's node_modules/ too; the others are linked (see copyFixture).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { runBuild, type FixtureBuild } from './fixture';

const repository = resolve(import.meta.dirname, '../../..');
const fixtures = join(repository, 'tests/fixtures');
const tempPrefix = 'Mi Organización ';

/** Files and folders a fixture may hold from earlier builds in place: never copied. */
const leftBehind = (name: string) => ['node_modules', '.astro', '.memoria-build', '.build-result.json', 'dist'].includes(name) || name.startsWith('dist-');

/** Caches inside node_modules/ that belong to one site (Astro's data store, Vite's cache): each copy keeps its own. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

/**
 * Packages whose .astro components have a <style> or <script>: Astro must see them inside the
 * site's root (see above), so they are copied, not linked. `astro` itself stays a link: the
 * build runs the repository's Astro, which must be the same module the site imports, and the
 * components of it that Memoria uses (Image, Code) have neither.
 */
const copiedPackages = new Set(['@astrojs/starlight']);

/** The site's own configuration files, whose imports of Memoria's code are relative to the fixture's place. */
const configFiles = ['astro.config.mjs', 'memoria.config.ts', 'content.config.ts'];

/** What an organisation's repository holds of Memoria besides its content: copied into each copy's root. */
const memoriaCode = ['src', 'tsconfig.json', 'package.json'];

/** Changes to a copy: file contents by path from its root (text or bytes), or a function given the root. */
export type SiteEdits = Record<string, string | Uint8Array> | ((root: string) => void);

/**
 * Copies tests/fixtures/<name> (without its outputs and caches) into a new temporary folder,
 * with a copy of Memoria's code (src/, tsconfig.json, package.json) beside its content, points its
 * configuration's imports of this repository (`../../../src/…`) at that copy (`./src/…`), gives
 * it the repository's packages, applies `edit`, and returns the copy's root.
 *
 * Packages: the copy's node_modules/ is a folder of links, one per package of the repository's
 * node_modules/ (a copy for the few in `copiedPackages`), rather than one link to the whole
 * folder. Astro keeps a site's content store in <root>/node_modules/.astro/ and Vite its cache
 * in <root>/node_modules/.vite/: through a single link, a copy would share (and overwrite) the
 * repository's own, under another build running at the same time. Those caches stay the copy's own.
 */
export function copyFixture(name: string, edit?: SiteEdits): string {
	const source = join(fixtures, name);
	const root = join(mkdtempSync(join(tmpdir(), tempPrefix)), 'sitio de prueba');
	cpSync(source, root, {
		recursive: true,
		filter: (from) => {
			const inside = relative(source, from);
			return inside === '' || inside.includes(sep) || !leftBehind(inside);
		},
	});

	for (const file of configFiles) {
		let text: string;
		try {
			text = readFileSync(join(root, file), 'utf8');
		} catch {
			continue;
		}
		// A quoted relative path that leads out of the fixture: to Memoria's code, now in the copy's
		// root; to anything else, the absolute path it meant.
		const rewritten = text.replace(/(['"])(\.\.\/[^'"]*)\1/g, (whole, quote: string, path: string) => {
			const target = resolve(source, path);
			if (!relative(source, target).startsWith('..')) return whole;
			const inRepository = relative(repository, target);
			const code = memoriaCode.some((name) => inRepository === name || inRepository.startsWith(`${name}${sep}`));
			return `${quote}${code ? `./${inRepository.split(sep).join('/')}` : target}${quote}`;
		});
		writeFileSync(join(root, file), rewritten);
	}

	for (const name of memoriaCode) cpSync(join(repository, name), join(root, name), { recursive: true });

	const modules = join(repository, 'node_modules');
	for (const entry of readdirSync(modules)) {
		if (ownCaches.has(entry)) continue;
		const packages = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`) : [entry];
		mkdirSync(join(root, 'node_modules', entry.startsWith('@') ? entry : ''), { recursive: true });
		for (const name of packages) {
			if (copiedPackages.has(name)) cpSync(join(modules, name), join(root, 'node_modules', name), { recursive: true, verbatimSymlinks: true });
			else symlinkSync(join(modules, name), join(root, 'node_modules', name));
		}
	}

	if (typeof edit === 'function') edit(root);
	else if (edit) writeFiles(root, edit);
	return root;
}

/** Writes files into a site by path from its root, making folders as needed. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
	for (const [path, content] of Object.entries(files)) {
		const target = join(root, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, content);
	}
}

/**
 * Builds a site made by copyFixture with Memoria's build command, as buildFixture builds a
 * fixture in place, from the site's own folder as a writer would. Not from this repository:
 * Astro writes the server half of a build whose output folder is outside the working folder
 * into <working folder>/.astro/ (astro/dist/core/build/common.js, getOutDirWithinCwd), so
 * copies built side by side from here would share, and overwrite, one another's files there.
 */
export function buildSite(root: string, env: Record<string, string> = {}, args: string[] = []): Promise<FixtureBuild> {
	return runBuild(root, env, args, root);
}

/** Deletes a copy made by copyFixture, with the temporary folder around it (and nothing else). */
export function removeSite(root: string): void {
	const folder = dirname(root);
	if (dirname(folder) !== resolve(tmpdir()) || !basename(folder).startsWith(tempPrefix)) {
		throw new Error(`${root} is not a copy made by copyFixture; not deleting it.`);
	}
	rmSync(folder, { recursive: true, force: true });
}
