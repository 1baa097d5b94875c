#!/usr/bin/env node
/**
 * Builds the site without ever losing the last good output, and without ever publishing what
 * the checks cannot prove publishable: Astro writes into a fresh folder beside the output, and
 * only a build that passes every step (content checks, Astro, search index, offline copy, leak
 * gate) replaces the output. A failed or interrupted build leaves it exactly as it was.
 *
 * The content checks (scripts/check.ts) run while Astro starts, and Astro's output is shown only
 * once they pass: a writer's mistake stops the build with one clear report instead of a stack
 * trace.
 *
 * Usage: node scripts/build.mjs [--internal] [--root DIR] [--out DIR] [other astro build flags]
 * --internal builds every entry, internal ones included, into dist-internal/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const spanish = /^es/i.test(process.env.LANGUAGE || process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
const say = (en, es) => console.error(spanish ? es : en);

// 1. Read where the project is and where its output goes. Astro's own --outDir means --out: the
//    output is only ever written through the staging folder below.
const args = process.argv.slice(2);
const take = (flags, fallback) => {
	for (const flag of flags) {
		const joined = args.findIndex((arg) => arg.startsWith(`${flag}=`));
		if (joined !== -1) return args.splice(joined, 1)[0].slice(flag.length + 1);
		const at = args.indexOf(flag);
		if (at === -1) continue;
		const [, value] = args.splice(at, 2);
		if (!value || value.startsWith('--')) {
			say(`✗ ${flag} needs a folder: ${flag} <folder>.`, `✗ ${flag} necesita una carpeta: ${flag} <carpeta>.`);
			process.exit(2);
		}
		return value;
	}
	return fallback;
};
const internal = args.includes('--internal');
if (internal) args.splice(args.indexOf('--internal'), 1);
const root = resolve(take(['--root'], '.'));
const defaultOut = internal ? 'dist-internal' : 'dist';
const out = resolve(root, take(['--out', '--outDir'], defaultOut));
const audience = internal ? 'internal' : 'public';
const env = { ...process.env, MEMORIA_AUDIENCE: audience, MEMORIA_CHECKED: '1' };
const staging = join(root, '.memoria-build');
const fresh = join(staging, `next-${process.pid}`);
const old = join(staging, `previous-${process.pid}`);
const factsFile = join(staging, `facts-${process.pid}.json`);
/**
 * The file that marks a folder as Memoria's output: only such a folder is ever replaced. It says
 * which output it is (folder and audience), so a copy left in the staging folder by an
 * interrupted build is only ever put back where it came from.
 */
const marker = '.memoria-output';
const markerText = (folder) => `${JSON.stringify({ madeBy: 'memoria', audience, output: folder })}\n`;
const markerOf = (folder) => {
	try {
		return JSON.parse(readFileSync(join(folder, marker), 'utf8'));
	} catch {
		return undefined;
	}
};

// 2. The output may only be a folder Memoria made (or a new or empty one): never the project,
//    its content or public folder, a folder holding them, or a folder of someone else's files.
const real = (path) => {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
};
const inside = (path, folder) => path === folder || path.startsWith(folder + sep);
const realOut = join(real(dirname(out)), out.split(sep).at(-1));
const protectedFolders = [root, join(root, 'content'), join(root, 'public'), join(root, 'src'), join(root, 'node_modules'), staging].map(real);
const notAFolder = existsSync(out) && !statSync(out).isDirectory();
const entries = existsSync(out) && !notAFolder ? readdirSync(out) : [];
// An output of an earlier version of Memoria (before the marker) is recognised by Astro's folder.
const earlierBuild = out === resolve(root, defaultOut) && entries.includes('_astro');
// An output of the other audience is never replaced: an internal build must not overwrite the public site.
const otherAudience = markerOf(out)?.audience !== undefined && markerOf(out).audience !== audience;
const unsafe =
	notAFolder ||
	otherAudience ||
	protectedFolders.some((folder) => inside(folder, realOut)) ||
	['content', 'public'].some((folder) => inside(realOut, real(join(root, folder)))) ||
	(entries.length > 0 && !entries.includes(marker) && !earlierBuild);
if (unsafe) {
	say(
		`✗ [memoria:unsafe-output-folder] The build will not write into ${out}: Memoria did not create that folder, and replacing it would delete what is in it.\n  Choose a new folder for --out (Memoria marks the folders it makes), or move that folder away first. The content, public and project folders can never be an output.`,
		`✗ [memoria:unsafe-output-folder] La construcción no escribirá en ${out}: Memoria no creó esa carpeta, y reemplazarla borraría lo que contiene.\n  Elige una carpeta nueva para --out (Memoria marca las carpetas que crea), o mueve antes esa carpeta. Las carpetas content, public y la del proyecto nunca pueden ser la salida.`
	);
	process.exit(1);
}

// 3. A build stopped between its two renames (step 9) left the previous output in the staging
//    folder: put it back before anything else, if it is this output (same folder, same audience).
if (!existsSync(out) && existsSync(staging)) {
	const left = readdirSync(staging)
		.filter((name) => name.startsWith('previous-'))
		.filter((name) => {
			const made = markerOf(join(staging, name));
			return made?.audience === audience && made?.output === realOut;
		});
	if (left.length > 0) renameSync(join(staging, left.sort().at(-1)), out);
}

// 4. Astro keeps parsed entries in .astro/ between builds and re-parses only changed files; when
//    Memoria's schemas change (an upgrade), the cached data would miss new fields, so drop it.
const schemas = join(import.meta.dirname, '..', 'src', 'schemas');
const fingerprint = createHash('sha256');
for (const name of readdirSync(schemas).sort()) fingerprint.update(name).update(readFileSync(join(schemas, name)));
const cache = join(root, 'node_modules', '.astro');
const stamp = join(cache, 'memoria-schemas.sha256');
const digest = fingerprint.digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest) {
	rmSync(join(cache, 'data-store.json'), { force: true });
	mkdirSync(cache, { recursive: true });
	writeFileSync(stamp, digest);
}

// 5. Check the content (the same checks as `npm run check`, for this audience) while Astro starts
//    building into a fresh folder: the two run on separate cores, and the checks end long before
//    Astro renders its first page. Astro's output is held back until the checks pass; if they
//    fail, Astro is stopped, its half-made folder removed, and only the checks' report is shown.
//    The checks also write down what a public build must leave out (publication-facts.ts).
mkdirSync(staging, { recursive: true });
const modules = join(import.meta.dirname, '..', 'node_modules');
const tsx = join(modules, 'tsx', 'dist', 'cli.mjs');
const exited = (process_) => new Promise((done) => process_.on('exit', (status) => done(status ?? 1)));
const discard = () => {
	rmSync(fresh, { recursive: true, force: true });
	rmSync(factsFile, { force: true });
	// The staging folder too, unless another build is using it.
	try {
		rmdirSync(staging);
	} catch {}
};

const check = spawn(
	process.execPath,
	[tsx, join(import.meta.dirname, 'check.ts'), '--for-build', '--root', root, '--facts', factsFile, ...(internal ? ['--internal'] : [])],
	{ stdio: 'inherit', env, cwd: root }
);
const astro = join(modules, 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', fresh, ...args], { stdio: ['inherit', 'pipe', 'pipe'], env, cwd: root });
const checkDone = exited(check);
const astroDone = exited(child);
const held = [];
let checked = false;
for (const [stream, target] of [
	[child.stdout, process.stdout],
	[child.stderr, process.stderr],
]) {
	stream.on('data', (chunk) => (checked ? target.write(chunk) : held.push([target, chunk])));
}

// Interrupted before the swap: nothing is kept. During the swap, the swap finishes first.
let swapping = false;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		interrupted = true;
		if (swapping) return;
		child.kill(signal);
		check.kill(signal);
		discard();
		say(`\nBuild interrupted: ${out} is unchanged.`, `\nConstrucción interrumpida: ${out} no cambió.`);
		process.exit(130);
	});
}

const checkStatus = await checkDone;
if (checkStatus !== 0) {
	child.kill('SIGTERM');
	await astroDone;
	discard();
	process.exit(checkStatus);
}
checked = true;
for (const [target, chunk] of held.splice(0)) target.write(chunk);
let code = await astroDone;

/** Runs a TypeScript step of the build in its own Node process; resolves with its exit code. */
const step = (script, ...stepArgs) => exited(spawn(process.execPath, [tsx, join(import.meta.dirname, script), ...stepArgs], { stdio: 'inherit', env, cwd: root }));

// 6. Files of public/ that only internal entries use were copied by Astro: they go before
//    anything reads the output (the offline copy would zip them).
if (code === 0 && !internal) {
	const facts = JSON.parse(readFileSync(factsFile, 'utf8'));
	for (const path of facts.withheld) rmSync(join(fresh, ...path.split('/')), { force: true });
}

// 7. Once Astro's memory is freed, two steps that read the built pages and write apart, at the
//    same time: the search index (Starlight's own Pagefind run is turned off in
//    src/integration.ts), a current bundle and one for drafts and archived entries; and the
//    offline copy. Pagefind indexes in its own native process, so the two share the cores.
if (code === 0) {
	const statuses = await Promise.all([step('search-index.ts', fresh), step('offline-copy.ts', fresh, '--root', root)]);
	code = statuses.find((status) => status !== 0) ?? 0;
}
// 8. The leak gate reads every file of a public output, the offline archive's included.
if (code === 0 && !internal) code = await step('leak-gate.ts', fresh, factsFile);

// A failed build is thrown away; the previous output stays.
if (code !== 0 || interrupted) {
	discard();
	say(
		`\nThe build failed, so ${out} was left as it was. Fix the problem named above and build again.`,
		`\nLa construcción falló, así que ${out} quedó como estaba. Corrige el problema indicado arriba y vuelve a construir.`
	);
	process.exit(code || 130);
}

// 9. Swap the new output in, then remove the old one. Between the two renames the previous
//    output waits in the staging folder; step 3 puts it back if this process dies there.
writeFileSync(join(fresh, marker), markerText(realOut));
rmSync(factsFile, { force: true });
swapping = true;
if (existsSync(out)) renameSync(out, old);
renameSync(fresh, out);
swapping = false;
rmSync(old, { recursive: true, force: true });
// The staging folder too, unless another build (the other audience, say) is using it.
try {
	rmdirSync(staging);
} catch {}
if (relative(root, out).startsWith('..')) say(`Output written to ${out}.`, `Salida escrita en ${out}.`);
if (interrupted) process.exit(130);
