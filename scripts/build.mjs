#!/usr/bin/env node
/**
 * Builds the site without ever losing the last good output: Astro writes into a fresh
 * folder beside dist/, and only a build that succeeds replaces dist/. A failed or
 * interrupted build leaves dist/ exactly as it was.
 *
 * Before Astro starts, the content checks run (scripts/check.ts): a writer's mistake stops the
 * build with one clear report instead of a stack trace.
 *
 * Usage: node scripts/build.mjs [--internal] [--root DIR] [--out DIR] [other astro build flags]
 * --internal builds every entry, internal ones included, into dist-internal/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

// 2. Check the content first: the same checks as `npm run check`, for this audience.
const modules = join(import.meta.dirname, '..', 'node_modules');
const check = spawnSync(
	process.execPath,
	[join(modules, 'tsx', 'dist', 'cli.mjs'), join(import.meta.dirname, 'check.ts'), '--for-build', '--root', root, ...(internal ? ['--internal'] : [])],
	{ stdio: 'inherit', env }
);
if (check.status !== 0) process.exit(check.status ?? 1);

// 3. Astro keeps parsed entries in .astro/ between builds and re-parses only changed files; when
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

// 4. Build into a fresh folder.
mkdirSync(staging, { recursive: true });
const astro = join(modules, 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', fresh, ...args], { stdio: 'inherit', env });

const discard = () => rmSync(fresh, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		child.kill(signal);
		discard();
		say(`\nBuild interrupted: ${out} is unchanged.`, `\nConstrucción interrumpida: ${out} no cambió.`);
		process.exit(130);
	});
}

/** Runs a TypeScript step of the build in its own Node process; resolves with its exit code. */
const step = (script, ...stepArgs) =>
	new Promise((done) => {
		const running = spawn(process.execPath, [join(modules, 'tsx', 'dist', 'cli.mjs'), join(import.meta.dirname, script), ...stepArgs], { stdio: 'inherit', env });
		running.on('exit', (status) => done(status ?? 1));
	});

child.on('exit', async (code) => {
	// 5. Once Astro's memory is freed, two steps that read the built pages and write apart, at
	//    the same time: the search index (Starlight's own Pagefind run is turned off in
	//    src/integration.ts), a current bundle and one for drafts and archived entries; and the
	//    offline copy. Pagefind indexes in its own native process, so the two share the cores.
	if (code === 0) {
		const statuses = await Promise.all([step('search-index.ts', fresh), step('offline-copy.ts', fresh, '--root', root)]);
		code = statuses.find((status) => status !== 0) ?? 0;
	}
	// 6. A failed build is thrown away; the previous output stays.
	if (code !== 0) {
		discard();
		say(
			`\nThe build failed, so ${out} was left as it was. Fix the problem named above and build again.`,
			`\nLa construcción falló, así que ${out} quedó como estaba. Corrige el problema indicado arriba y vuelve a construir.`
		);
		process.exit(code ?? 1);
	}
	// 7. Swap the new output in, then remove the old one.
	if (existsSync(out)) renameSync(out, old);
	renameSync(fresh, out);
	rmSync(old, { recursive: true, force: true });
	rmSync(staging, { recursive: true, force: true });
});
