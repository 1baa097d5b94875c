import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../../config/parse-site-config';
import { siteLayout } from '../../config/site-layout';
import type { Manifest } from '../../network/format';
import { withSearchBundles, writeManifest } from '../../network/write-manifest';
import { exitCode, spawnAstro } from '../astro-process';
import { type Audience, isUnsafeOutput, marker, markerText, realOutput, restoreInterruptedSwap } from '../build/output-folder';
import type { Command } from '../command';
import { reportProblem, type Terminal } from '../terminal';
import { leakGateStep } from './leak-gate';
import { offlineStep } from './offline';
import { searchIndexStep } from './search-index';

/**
 * `memoria build [--internal] [--out DIR] [-- Astro options]`: builds the site without ever
 * losing the last good output, and without ever publishing what the checks cannot prove
 * publishable. Astro writes into a fresh folder beside the output, and only a build that passes
 * every step (content checks, Astro, manifest, search index, offline copy, leak gate) replaces the output.
 * A failed or interrupted build leaves it exactly as it was.
 *
 * The content checks run while Astro starts, and Astro's output is shown only once they pass: a
 * writer's mistake stops the build with one clear report instead of a stack trace. Astro and the
 * checks run in processes of their own, side by side: the checks hold the whole content in memory
 * (1.5 GB at 10,000 entries per language), and their process gives it back when it ends, before
 * Astro's rendering needs the most. The steps after Astro run in this process, each as its
 * `memoria <step>` command would: a Node process each cost about a second of a core, a fifth of
 * a small site's build. A public build's manifest (/memoria.json, src/network/) is written here too.
 */
/** Pages above which the search index and the offline copy are made one after the other (step 8). */
const largeSite = 8000;

/** Content files above which Astro's memory is kept close to what it uses (astroMemoryFlags). */
const largeContent = 8000;

/**
 * Node's flags for Astro's process. Node lets its heap grow well past what the last full garbage
 * collection kept before it collects again, and Astro holds its whole content store for the whole
 * build, so for a large memory that slack is gigabytes (issue 20). Past `largeContent` Markdown
 * files the heap grows by 30 % at most: more collections, a slower render, less memory at the
 * peak. A smaller site keeps Node's default, which is faster: at 2,000 entries per language a 40 %
 * limit took Astro's peak from 1.76 to 1.34 GB but its time from 80 to 110 s.
 */
function astroMemoryFlags(contentFolder: string): string[] {
	const files = existsSync(contentFolder) ? readdirSync(contentFolder, { recursive: true }).filter((name) => /\.mdx?$/i.test(String(name))).length : 0;
	return files > largeContent ? ['--heap-growing-percent=30'] : [];
}

/** How many HTML pages a built folder holds. */
const pageCount = (dir: string) => readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;

/** Memoria's own command, which runs the content checks in a process of their own. */
const memoriaCommand = fileURLToPath(new URL('../../../bin/memoria.mjs', import.meta.url));
/** Memoria's content schemas, whose change makes Astro's cached entries stale. */
const schemaFolder = fileURLToPath(new URL('../../schemas/', import.meta.url));
/** Memoria's collections and their loaders. */
const collectionsFile = fileURLToPath(new URL('../../model/collections.ts', import.meta.url));

export const build: Command = async (line, { root: siteRoot, language, terminal }) => {
	const say = (en: string, es: string) => console.error(language === 'es' ? es : en);
	const layout = siteLayout(siteRoot);
	const { root } = layout;

	// 1. Where the output goes. Astro's own --outDir is --out: the output is only ever written
	//    through the staging folder below.
	const internal = line.values.internal === true;
	const audience: Audience = internal ? 'internal' : 'public';
	const out = typeof line.values.out === 'string' ? resolve(root, line.values.out) : layout.output[audience];
	const env = { ...process.env, MEMORIA_AUDIENCE: audience, MEMORIA_CHECKED: '1' };
	const staging = join(root, '.memoria-build');
	const fresh = join(staging, `next-${process.pid}`);
	const old = join(staging, `previous-${process.pid}`);
	const factsFile = join(staging, `facts-${process.pid}.json`);

	// 2. The output may only be a folder Memoria made, or a new or empty one (output-folder.ts).
	if (isUnsafeOutput(out, layout, audience, staging)) {
		say(
			`✗ [memoria:unsafe-output-folder] The build will not write into ${out}: Memoria did not create that folder, and replacing it would delete what is in it.\n  Choose a new folder for --out (Memoria marks the folders it makes), or move that folder away first. The content, public and site folders can never be an output.`,
			`✗ [memoria:unsafe-output-folder] La construcción no escribirá en ${out}: Memoria no creó esa carpeta, y reemplazarla borraría lo que contiene.\n  Elige una carpeta nueva para --out (Memoria marca las carpetas que crea), o mueve antes esa carpeta. Las carpetas content, public y la del sitio nunca pueden ser la salida.`
		);
		return 1;
	}

	// 3. A build stopped between the two renames of its swap (step 11): put the previous output back first.
	restoreInterruptedSwap(out, staging, audience);

	// 4. Astro keeps parsed entries between builds and re-parses only changed files; when
	//    Memoria's schemas or loaders change (an upgrade), the cached data would miss new fields
	//    or keep what is no longer kept, so drop it.
	const fingerprint = createHash('sha256');
	for (const name of readdirSync(schemaFolder).sort()) fingerprint.update(name).update(readFileSync(join(schemaFolder, name)));
	// And the collections' loaders: what they keep in the store (a body or none) changes it as much.
	fingerprint.update(readFileSync(collectionsFile));
	const stamp = join(layout.astroCache, 'memoria-schemas.sha256');
	const digest = fingerprint.digest('hex');
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest) {
		rmSync(join(layout.astroCache, 'data-store.json'), { force: true });
		mkdirSync(layout.astroCache, { recursive: true });
		writeFileSync(stamp, digest);
	}

	// 5. Check the content (the same checks as `memoria check`, for this audience) while Astro
	//    starts building into a fresh folder: the two run on separate cores, and the checks end
	//    long before Astro renders its first page. Astro's output is held back until the checks
	//    pass; if they fail, Astro is stopped, its half-made folder removed, and only the checks'
	//    report is shown. The checks also write down what a public build must leave out.
	mkdirSync(staging, { recursive: true });
	const discard = () => {
		rmSync(fresh, { recursive: true, force: true });
		rmSync(factsFile, { force: true });
		// The staging folder too, unless another build is using it.
		try {
			rmdirSync(staging);
		} catch {}
	};
	const check = spawn(process.execPath, [memoriaCommand, 'check', '--for-build', '--root', root, '--facts', factsFile, ...(internal ? ['--internal'] : [])], {
		stdio: 'inherit',
		env,
		cwd: root,
	});
	const checkDone = exitCode(check);
	const astro = spawnAstro(
		root,
		['build', '--outDir', fresh, ...line.astroArguments],
		{ stdio: ['inherit', 'pipe', 'pipe'], env },
		astroMemoryFlags(layout.content)
	);
	const astroDone = exitCode(astro);
	const held: [NodeJS.WriteStream, Buffer][] = [];
	let checked = false;
	for (const [stream, target] of [
		[astro.stdout!, process.stdout],
		[astro.stderr!, process.stderr],
	] as const) {
		stream.on('data', (chunk: Buffer) => (checked ? target.write(chunk) : held.push([target, chunk])));
	}

	// Interrupted before the swap: nothing is kept. During the swap, the swap finishes first.
	let swapping = false;
	let interrupted = false;
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			interrupted = true;
			if (swapping) return;
			astro.kill(signal);
			check.kill(signal);
			discard();
			say(`\nBuild interrupted: ${out} is unchanged.`, `\nConstrucción interrumpida: ${out} no cambió.`);
			process.exit(130);
		});
	}

	// The manifest reads the site's configuration: loaded while Astro builds. A configuration that
	// cannot be read stops the checks first, with their message.
	const siteConfig = internal ? undefined : loadSiteConfig(root);
	siteConfig?.catch(() => {});

	const checkStatus = await checkDone;
	if (checkStatus !== 0) {
		astro.kill('SIGTERM');
		await astroDone;
		discard();
		return checkStatus;
	}
	checked = true;
	for (const [target, chunk] of held.splice(0)) target.write(chunk);
	let code = await astroDone;

	// 6. Files of public/ that only internal entries use were copied by Astro: they go before
	//    anything reads the output (the offline copy would zip them).
	if (code === 0 && !internal) {
		const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as { withheld: string[] };
		for (const path of facts.withheld) rmSync(join(fresh, ...path.split('/')), { force: true });
	}

	// 7. A public build publishes its manifest, /memoria.json: who publishes, the licence, whether
	//    others may keep a copy, and each export with its sha256. Written before the offline copy
	//    starts, so the copy carries it, listing no search bundle (the copy has its own search).
	let manifest: Manifest | undefined;
	if (code === 0 && !internal) code = await runStep(terminal, async () => ((manifest = await writeManifest(fresh, (await siteConfig)!, language)), 0));

	// 8. Once Astro's memory is freed, two steps that read the built pages and write apart, at the
	//    same time: the search index (Starlight's own Pagefind run is turned off in
	//    src/integration.ts), a current bundle and one for drafts and archived entries; and the
	//    offline copy. Pagefind indexes in its own native process, so the two share the cores.
	//    A large site runs them one after the other: at 24,848 pages (10,000 entries per language)
	//    the two together held 5.2 GB, Pagefind's index and the offline copy's search records
	//    (issue 20); the time that costs is the offline copy's, a seventh of such a build.
	if (code === 0) {
		const search = () => runStep(terminal, () => searchIndexStep(fresh, root));
		const offline = () => runStep(terminal, () => offlineStep(fresh, root, audience));
		const statuses = pageCount(fresh) > largeSite ? [await search(), await offline()] : await Promise.all([search(), offline()]);
		code = statuses.find((status) => status !== 0) ?? 0;
	}
	// 9. The output's manifest lists the search bundles too, every file with its sha256, for a hub
	//    that merges this site's search with its own. Only now: the offline copy has read the first one.
	const published = manifest;
	if (code === 0 && published) {
		let listed: Awaited<ReturnType<typeof withSearchBundles>> | undefined;
		code = await runStep(terminal, async () => ((listed = await withSearchBundles(fresh, published, language)), 0));
		if (listed && !listed.bundlesListed) {
			say(
				`[memoria:manifest] The search bundles have too many files to list in memoria.json for a network's hub, so it lists none: a hub that copies this site will index its copy itself.`,
				`[memoria:manifest] Los índices de búsqueda tienen demasiados archivos para listarlos en memoria.json para el nodo de una red, así que no lista ninguno: un nodo que copie este sitio indexará su copia por su cuenta.`
			);
		}
	}
	// 10. The leak gate reads every file of a public output, the offline archive and the manifest included.
	if (code === 0 && !internal) code = await runStep(terminal, async () => leakGateStep(fresh, factsFile, language));

	// A failed build is thrown away; the previous output stays.
	if (code !== 0 || interrupted) {
		discard();
		say(
			`\nThe build failed, so ${out} was left as it was. Fix the problem named above and build again.`,
			`\nLa construcción falló, así que ${out} quedó como estaba. Corrige el problema indicado arriba y vuelve a construir.`
		);
		return code || 130;
	}

	// 11. Swap the new output in, then remove the old one. Between the two renames the previous
	//     output waits in the staging folder; step 3 puts it back if this process dies there.
	writeFileSync(join(fresh, marker), markerText(realOutput(out), audience));
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
	return interrupted ? 130 : 0;
};

/**
 * Runs a step of the build in this process. A step's problem is reported as its own command
 * reports it; anything else it throws fails the build with its stack (fail closed), never the
 * process, so the output folder is left as it was.
 */
async function runStep(terminal: Terminal, step: () => Promise<number>): Promise<number> {
	try {
		return await step();
	} catch (error) {
		const status = reportProblem(terminal, error);
		if (status !== undefined) return status;
		terminal.errors.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		return 1;
	}
}
