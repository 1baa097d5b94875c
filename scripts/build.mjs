#!/usr/bin/env node
/**
 * Builds the site without ever losing the last good output: Astro writes into a fresh
 * folder beside dist/, and only a build that succeeds replaces dist/. A failed or
 * interrupted build leaves dist/ exactly as it was.
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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const spanish = /^es/i.test(process.env.LANGUAGE || process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
const say = (en, es) => console.error(spanish ? es : en);

// 1. Read where the project is and where its output goes.
const args = process.argv.slice(2);
const take = (flag, fallback) => {
	const at = args.indexOf(flag);
	if (at === -1) return fallback;
	const [, value] = args.splice(at, 2);
	return value;
};
const internal = args.includes('--internal');
if (internal) args.splice(args.indexOf('--internal'), 1);
const root = resolve(take('--root', '.'));
const out = resolve(root, take('--out', internal ? 'dist-internal' : 'dist'));
const env = { ...process.env, MEMORIA_AUDIENCE: internal ? 'internal' : 'public' };
const staging = join(root, '.memoria-build');
const fresh = join(staging, `next-${process.pid}`);
const old = join(staging, `previous-${process.pid}`);

// 2. Astro keeps parsed entries in .astro/ between builds and re-parses only changed files; when
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

// 3. Check the content (the same checks as `npm run check`, for this audience) while Astro starts
//    building into a fresh folder: the two run on separate cores, and the checks end long before
//    Astro renders its first page. Astro's output is held back until the checks pass; if they
//    fail, Astro is stopped, its half-made folder removed, and only the checks' report is shown.
mkdirSync(staging, { recursive: true });
const modules = join(import.meta.dirname, '..', 'node_modules');
const tsx = join(modules, 'tsx', 'dist', 'cli.mjs');
const exited = (process_) => new Promise((done) => process_.on('exit', (status) => done(status ?? 1)));
const discard = () => {
	rmSync(fresh, { recursive: true, force: true });
	// The staging folder too, unless another build is using it.
	try {
		rmdirSync(staging);
	} catch {}
};

const check = spawn(process.execPath, [tsx, join(import.meta.dirname, 'check.ts'), '--for-build', '--root', root, ...(internal ? ['--internal'] : [])], {
	stdio: 'inherit',
	env,
});
const astro = join(modules, 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', fresh, ...args], { stdio: ['inherit', 'pipe', 'pipe'], env });
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

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
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
const step = (script, ...stepArgs) => exited(spawn(process.execPath, [tsx, join(import.meta.dirname, script), ...stepArgs], { stdio: 'inherit', env }));

// 4. Once Astro's memory is freed, two steps that read the built pages and write apart, at the
//    same time: the search index (Starlight's own Pagefind run is turned off in
//    src/integration.ts), a current bundle and one for drafts and archived entries; and the
//    offline copy. Pagefind indexes in its own native process, so the two share the cores.
if (code === 0) {
	const statuses = await Promise.all([step('search-index.ts', fresh), step('offline-copy.ts', fresh, '--root', root)]);
	code = statuses.find((status) => status !== 0) ?? 0;
}
// 5. A failed build is thrown away; the previous output stays.
if (code !== 0) {
	discard();
	say(
		`\nThe build failed, so ${out} was left as it was. Fix the problem named above and build again.`,
		`\nLa construcción falló, así que ${out} quedó como estaba. Corrige el problema indicado arriba y vuelve a construir.`
	);
	process.exit(code);
}
// 6. Swap the new output in, then remove the old one.
if (existsSync(out)) renameSync(out, old);
renameSync(fresh, out);
rmSync(old, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
