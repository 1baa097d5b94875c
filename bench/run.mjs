#!/usr/bin/env node
/**
 * Memoria's performance benchmark (issue 7): builds a synthetic memory of N entries per language
 * as a Memoria site and as a vanilla Starlight site, at N and 4N, and compares build time, peak
 * memory, page weight, first-visit bytes and search cost. With --real-shaped it also builds the
 * same corpus with the faults of real material, under relaxed checks (issue 18). See
 * bench/README.md, and `npm run bench -- --help` for the options (usage, below).
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { planCorpus, SEARCH_QUERIES, writeMemoriaSite, writeVanillaSite } from './corpus.mjs';
import { measureDev } from './dev-server.mjs';
import { firstVisit } from './first-visit.mjs';
import { cleanBuild, median, outputSizes, timedRun, walk } from './measure.mjs';
import { findProfile, formatSummary, summarise } from './profile-summary.mjs';
import { measureNetwork, networkMarkdown } from './network.mjs';
import { measureScale, scaleMarkdown } from './scale.mjs';
import { measureRealShaped, realShapedMarkdown, realShapedTable } from './real-shaped.mjs';
import { searchBoxes, searchTransfer } from './search-transfer.mjs';

const repository = resolve(import.meta.dirname, '..');
const loadAverageAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const work = join(repository, 'bench/work');
const results = join(repository, 'bench/results');
const node = process.execPath;
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

// 1. Options.
const usage = `Usage: npm run bench -- [options]   (or node_modules/.bin/node bench/run.mjs [options])

Builds a synthetic memory of N entries per language as a Memoria site and as a vanilla Starlight
site, at N and 4N, and compares them. Results: bench/results/latest.json and latest.md.

  --n <count>          entries per language (default 500; 100 with --quick)
  --runs <count>       clean builds of each site at each size (default 3; 1 with --quick)
  --seed <number>      the corpus's seed (default 1)
  --quick              N=100, 1 run, no 4N: a check in under 3 minutes
  --no-scale           only N, not 4N
  --profile            also CPU-profile one Memoria build at the largest size (bench/work/profile/)
  --only-profile       just that profile, no measurements
  --no-dev             skip the dev servers' cold start and save-to-page times (issue 19)
  --real-shaped        also build, at N, the same corpus with the faults of real material (images
                       without alt text, role addresses, nested folders of guides from other tools,
                       bodies with their own h1, BOM and CRLF files, Spanish-only originals) under
                       relaxed checks, and report its time, pages and warnings by check
                       (bench/results/real-shaped.json and real-shaped.md)
  --only-real-shaped   just that build (1 run unless --runs), no comparison:
                       npm run bench -- --only-real-shaped --n 100
  --scale              just the scale run (issue 20): Memoria alone, one build at 2,000 and
                       one at 10,000 entries per language, peak memory, time and where it
                       goes (bench/results/scale.json and scale.md; 20 to 30 minutes)
  --network            just the network run (issue 23): 10 member sites of N entries per
                       language (default 500) built and served, a hub that pulls, builds and
                       searches them (bench/results/network.json and network.md)
  --help               this text

bench/README.md explains every figure.`;
const args = process.argv.slice(2);
const valueOptions = ['n', 'runs', 'seed'];
const flags = ['quick', 'no-scale', 'profile', 'only-profile', 'no-dev', 'real-shaped', 'only-real-shaped', 'scale', 'network', 'help'];
if (valueOptions.includes(args.at(-1)?.replace(/^--/, ''))) args.push('(nothing)');
for (const [i, arg] of args.entries()) {
	const name = arg.replace(/^--/, '');
	const isValue = valueOptions.includes(args[i - 1]?.replace(/^--/, '')) && args[i - 1].startsWith('--');
	if (isValue ? !Number.isFinite(Number(arg)) : !(arg.startsWith('--') && (valueOptions.includes(name) || flags.includes(name)))) {
		console.error(`bench: ${isValue ? `${args[i - 1]} takes a number, not "${arg}"` : `unknown option "${arg}"`}.\n\n${usage}`);
		process.exit(2);
	}
}
if (args.includes('--help')) {
	console.log(usage);
	process.exit(0);
}
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const quick = args.includes('--quick');
const n = option('n', quick ? 100 : 500);
const onlyRealShaped = args.includes('--only-real-shaped');
const realShaped = onlyRealShaped || args.includes('--real-shaped');
const runs = option('runs', quick || onlyRealShaped ? 1 : 3);
const seed = option('seed', 1);
const sizes = quick || args.includes('--no-scale') ? [n] : [n, 4 * n];
const onlyProfile = args.includes('--only-profile');
const profile = onlyProfile || args.includes('--profile');
const dev = !args.includes('--no-dev');
if (Number(process.versions.node.split('.')[0]) < 22)
	throw new Error('Run the benchmark with Node 22 (npm run bench, or node_modules/.bin/node bench/run.mjs).');

/** The commands that start each site's dev server (the port is added by bench/dev-server.mjs). */
const devServers = {
	memoria: (root) => ({ command: node, args: [join(repository, 'bin/memoria.mjs'), 'dev', '--root', root], contentFolder: join(root, 'content') }),
	vanilla: (root) => ({
		command: node,
		args: [join(repository, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root],
		contentFolder: join(root, 'src/content/docs'),
	}),
};

/** The commands that build each site; both start from a clean folder. */
const builders = {
	memoria: (root) => [node, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root]],
	vanilla: (root) => [node, [join(repository, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root]],
};

async function main() {
	if (onlyRealShaped) return realShapedRun();
	if (args.includes('--scale')) return scaleRun();
	if (args.includes('--network')) return networkRun();
	const measured = [];
	const codeVersions = new Set();
	for (const size of onlyProfile ? [] : sizes) {
		// 2. Write both sites from the same seeded corpus.
		const corpus = planCorpus(size, seed);
		const roots = { memoria: join(work, `memoria-${size}`), vanilla: join(work, `vanilla-${size}`) };
		writeMemoriaSite(corpus, roots.memoria, repository);
		writeVanillaSite(corpus, roots.vanilla, join(repository, 'bench/vanilla'));
		log(`N=${size}: wrote ${roots.memoria} and ${roots.vanilla}`);

		// 3. Clean builds, alternating which site goes first, keeping wall time and peak RSS.
		const builds = { memoria: [], vanilla: [] };
		for (let run = 0; run < runs; run++) {
			for (const site of run % 2 === 0 ? ['memoria', 'vanilla'] : ['vanilla', 'memoria']) {
				cleanBuild(roots[site]);
				if (site === 'memoria') codeVersions.add(codeFingerprint());
				const [command, commandArgs] = builders[site](roots[site]);
				const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
				const result = await timedRun(command, commandArgs, { cwd: repository });
				if (!result.ok) throw new Error(`The ${site} build at N=${size} failed:\n${result.output}`);
				const pagefindSeconds = pagefindTime(result.output);
				const offlineSeconds = offlineTime(result.output);
				const gateSeconds = gateTime(result.output);
				builds[site].push({
					ms: Math.round(result.ms),
					peakRss: result.peakRss,
					peakByCommand: result.peakByCommand,
					pagefindSeconds,
					offlineSeconds,
					gateSeconds,
					loadAverageAtStart: load,
				});
				log(
					`N=${size} run ${run + 1}/${runs} ${site}: ${(result.ms / 1000).toFixed(1)} s, peak ${(result.peakRss / 2 ** 20).toFixed(0)} MiB (load average ${load} at start)`
				);
			}
		}

		// 4. Output of the last builds: sizes, search index, and a typical learning page's first visit
		//    (the English learning whose Memoria page has the median HTML size; the same entry in vanilla).
		const dist = { memoria: join(roots.memoria, 'dist'), vanilla: join(roots.vanilla, 'dist') };
		const learningPages = walk(join(dist.memoria, 'learnings'))
			.filter((f) => f.endsWith('index.html') && !f.includes('/page/') && relative(join(dist.memoria, 'learnings'), f).includes('/'))
			.map((f) => ({ id: relative(join(dist.memoria, 'learnings'), f).split('/')[0], bytes: readFileSync(f).length }))
			.sort((a, b) => a.bytes - b.bytes || a.id.localeCompare(b.id));
		const typical = `/learnings/${learningPages[learningPages.length >> 1].id}/`;
		// The second page of a session (issue 20): the learning next to it in size, a page of the same kind.
		const secondPage = `/learnings/${learningPages[(learningPages.length >> 1) + 1].id}/`;
		const row = { n: size, typicalPage: typical, secondPage, entriesPerLanguage: corpus.entries.length, organisations: corpus.organisations.length };
		for (const site of ['memoria', 'vanilla']) {
			// 5. The bytes of a typical search, in Chromium (once per size).
			log(`N=${size} ${site}: measuring output and search`);
			const search = await searchTransfer(dist[site], typical, SEARCH_QUERIES, searchBoxes[site]);
			row[site] = {
				buildMs: median(builds[site].map((b) => b.ms)),
				peakRss: median(builds[site].map((b) => b.peakRss)),
				pagefindSeconds: median(builds[site].map((b) => b.pagefindSeconds)),
				offlineSeconds: median(builds[site].map((b) => b.offlineSeconds)),
				gateSeconds: median(builds[site].map((b) => b.gateSeconds)),
				runs: builds[site],
				...outputSizes(dist[site]),
				firstVisit: await firstVisit(dist[site], typical, secondPage),
				search: { bytes: search.bytes, requests: search.requests, perQuery: search.perQuery, firstResultMs: search.firstResultMs, repeat: search.repeat },
			};
			// 5b. The writer's loop: the dev server's cold start to the typical page, and three saves of its entry.
			if (dev) {
				log(`N=${size} ${site}: dev server`);
				const id = typical.split('/').filter(Boolean).at(-1);
				const measuredDev = await measureDev({ ...devServers[site](roots[site]), root: roots[site], page: typical, id });
				row[site].dev = { ...measuredDev, editMedianMs: median(measuredDev.editMs) };
			}
		}
		measured.push(row);
	}

	// 6. Optionally, a CPU profile of one Memoria build at the largest size, with the prerender
	//    chunks and their source maps kept so the summary can name Memoria's own files.
	let profileSummary;
	if (profile) {
		const size = sizes[sizes.length - 1];
		const root = join(work, `memoria-${size}`);
		if (onlyProfile) writeMemoriaSite(planCorpus(size, seed), root, repository);
		const dir = join(work, 'profile');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		const configFile = join(root, 'astro.config.profile.mjs');
		writeFileSync(configFile, profileConfig(root, join(dir, 'prerender')));
		cleanBuild(root);
		codeVersions.add(codeFingerprint());
		log(`CPU profile of a Memoria build at N=${size} into ${dir}`);
		// Astro alone, to profile it: the content checks already passed on this generated corpus above.
		const result = await timedRun(
			node,
			[
				'--cpu-prof',
				`--cpu-prof-dir=${dir}`,
				join(repository, 'node_modules/astro/bin/astro.mjs'),
				'build',
				'--root',
				root,
				'--config',
				'astro.config.profile.mjs',
			],
			{ cwd: repository, env: { ...process.env, MEMORIA_CHECKED: '1' } }
		);
		if (!result.ok) throw new Error(`The profiled build failed:\n${result.output}`);
		profileSummary = { n: size, wallMs: Math.round(result.ms), pagefindSeconds: pagefindTime(result.output), ...summarise(findProfile(dir)) };
		console.log(`\n${formatSummary(profileSummary)}\n`);
	}

	// 7. Ratios, targets, the table; bench/results/latest.json and latest.md.
	if (onlyProfile) return;
	// The real-shaped corpus, when asked: its own results files (below), named in latest.*.
	if (realShaped) await realShapedRun();
	const report = {
		date: new Date().toISOString(),
		machine: machine(),
		versions: versions(),
		// Other people edit src/ while the benchmark runs: more than one fingerprint means the
		// Memoria builds did not all build the same code.
		memoriaCodeFingerprints: [...codeVersions],
		options: { n, runs, seed, sizes, quick, queries: SEARCH_QUERIES, ...(realShaped ? { realShaped: 'real-shaped.json' } : {}) },
		sizes: measured,
		targets: targets(measured),
		profile: profileSummary,
	};
	mkdirSync(results, { recursive: true });
	writeFileSync(join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
	writeFileSync(join(results, 'latest.md'), markdown(report));
	console.log(`\n${table(report)}\n\n${targetTable(report)}\n`);
	log(`wrote ${relative(repository, join(results, 'latest.json'))} and latest.md`);
}

/**
 * Writes a run apart from latest.* (so it leaves the comparison's figures as they were):
 * bench/results/<name>.json with the machine and versions, and <name>.md under a header.
 */
function writeSeparateResults(name, title, result, markdown, summary = markdown(result)) {
	const report = { date: new Date().toISOString(), machine: machine(), versions: versions(), ...result };
	mkdirSync(results, { recursive: true });
	writeFileSync(join(results, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
	const m = report.machine;
	const header = [
		`# Memoria benchmark: ${title}`,
		'',
		`- date: ${report.date}`,
		`- machine: ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.cpu}; load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end`,
		`- versions: Node ${report.versions.node}, Astro ${report.versions.astro}, Starlight ${report.versions.starlight}, Pagefind ${report.versions.pagefind}, Memoria ${report.versions.memoriaCommit ?? '?'} (work tree)`,
		'',
		'',
	];
	writeFileSync(join(results, `${name}.md`), `${header.join('\n')}${markdown(result)}`);
	console.log(`\n${summary}\n`);
	log(`wrote ${relative(repository, join(results, `${name}.json`))} and ${name}.md`);
}

/** The real-shaped build (real-shaped.mjs) at N: bench/results/real-shaped.*. */
async function realShapedRun() {
	const result = await measureRealShaped({ n, seed, runs, work, repository, log });
	writeSeparateResults('real-shaped', 'the real-shaped corpus', result, realShapedMarkdown, realShapedTable(result));
}

/** The network run (network.mjs): bench/results/network.*. */
async function networkRun() {
	writeSeparateResults('network', 'a learning network', await measureNetwork({ members: 10, n, seed, work, repository, log }), networkMarkdown);
}

/** The scale run (scale.mjs): bench/results/scale.*. */
async function scaleRun() {
	writeSeparateResults('scale', 'the scale run', await measureScale({ sizes: [2000, 10000], seed, work, repository, log }), scaleMarkdown);
}

// ---------------------------------------------------------------- helpers

/**
 * Seconds Pagefind took, from Starlight's log line "Finished building search index in 7.54s" (or
 * "in 612ms"), or Memoria's "[memoria:search] … in 17.19s" (both bundles, after Astro exits).
 */
function pagefindTime(output) {
	const m = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(output) ?? /\[memoria:search\][^\n]* in ([\d.]+)(s)\b/.exec(output);
	return m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
}

/** Seconds the leak gate took, from "[memoria:leak-gate] … in 3.10s: …" (Memoria only). */
function gateTime(output) {
	const m = /\[memoria:leak-gate\][^\n]* in ([\d.]+)s\b/.exec(output);
	return m ? Number(m[1]) : undefined;
}

/** Seconds the offline copy took, from "[memoria:offline-copy] … in 15.2 s." (Memoria only). */
function offlineTime(output) {
	const m = /\[memoria:offline-copy\][^\n]* in ([\d.]+) s\b/.exec(output);
	return m ? Number(m[1]) : NaN;
}

function profileConfig(root, keep) {
	const src = relative(root, join(repository, 'src'));
	return `// Generated by bench/run.mjs --profile: Memoria's config, plus hidden source maps of the
// prerender chunks, copied to ${relative(repository, keep)} before Astro deletes them.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import memoria from '${src}/integration.ts';
import site from './memoria.config.ts';

const keep = ${JSON.stringify(keep)};
export default defineConfig({
	...memoria(site),
	vite: {
		build: { sourcemap: 'hidden' },
		plugins: [{
			name: 'bench:keep-prerender-chunks',
			writeBundle(options) {
				if (!options.dir?.includes('.prerender')) return;
				mkdirSync(keep, { recursive: true });
				cpSync(options.dir, keep + '/files', { recursive: true });
				writeFileSync(keep + '/manifest.json', JSON.stringify({ outDir: options.dir }));
			},
		}],
	},
});
`;
}

/** A hash of Memoria's code (src/, scripts/, package.json) as it is on disk now. */
function codeFingerprint() {
	const hash = createHash('sha256');
	for (const file of [...walk(join(repository, 'src')), ...walk(join(repository, 'scripts')), join(repository, 'package.json')].sort()) {
		hash.update(relative(repository, file)).update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 12);
}

function machine() {
	const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
	return {
		cores: cpus().length,
		memoryBytes: totalmem(),
		cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model,
		loadAverageAtEnd: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
		loadAverageAtStart,
	};
}

function versions() {
	const version = (pkg) => JSON.parse(readFileSync(join(repository, 'node_modules', pkg, 'package.json'), 'utf8')).version;
	let commit;
	try {
		commit = execSync('git rev-parse --short HEAD', { cwd: repository }).toString().trim();
	} catch {}
	return {
		node: process.versions.node,
		astro: version('astro'),
		starlight: version('@astrojs/starlight'),
		pagefind: version('pagefind'),
		chromium: chromiumVersion(),
		memoriaCommit: commit,
	};
}

function chromiumVersion() {
	try {
		return execSync('/usr/bin/chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return undefined;
	}
}

const KB = 1000;
const fmt = {
	s: (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–'),
	mib: (b) => `${(b / 2 ** 20).toFixed(0)} MiB`,
	kb: (b) => `${(b / KB).toFixed(1)} KB`,
	mb: (b) => `${(b / KB / KB).toFixed(1)} MB`,
	int: (v) => String(v),
	ms: (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–'),
	gb: (b) => `${(b / KB / KB / KB).toFixed(2)} GB`,
	x: (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–'),
};

/** The rows of the comparison: label, how to read a site's value, how to format it. */
const metrics = [
	['clean build, wall time (median)', (s) => s.buildMs, fmt.s],
	['  of which Pagefind indexing (from the log)', (s) => s.pagefindSeconds * 1000, fmt.s],
	['  of which the offline copy (from the log)', (s) => (s.offlineSeconds ?? NaN) * 1000, fmt.s],
	['  of which the leak gate (from the log)', (s) => (s.gateSeconds ?? NaN) * 1000, fmt.s],
	['peak memory, RSS of the process tree (median)', (s) => s.peakRss, fmt.mib],
	['HTML pages', (s) => s.htmlPages, fmt.int],
	['median HTML bytes per page', (s) => s.htmlMedianBytes, fmt.kb],
	['guides’ pages (guides, folders’ index pages)', (s) => s.guideHtmlPages, fmt.int],
	['median HTML bytes per guide page', (s) => s.guideHtmlMedianBytes, fmt.kb],
	['first visit of a learning page, gzip (all it downloads, in Chromium)', (s) => s.firstVisit.total, fmt.kb],
	['  of which before it can render (the page and its render-blocking files)', (s) => s.firstVisit.beforeRender, fmt.kb],
	[
		'  HTML / CSS / JS / other',
		(s) => s.firstVisit,
		(v) => `${(v.html / KB).toFixed(1)} / ${(v.css / KB).toFixed(1)} / ${(v.js / KB).toFixed(1)} / ${((v.other ?? 0) / KB).toFixed(1)} KB`,
	],
	['total output', (s) => s.totalBytes, fmt.mb],
	['search index (dist/pagefind)', (s) => s.searchIndexBytes, fmt.mb],
	['search index per indexed page', (s) => s.searchBytesPerPage, fmt.kb],
	[
		'second page in the same session: files downloaded / revalidated (304)',
		(s) => s.firstVisit.second,
		(v) => `${v.downloaded.length} (${(v.downloaded.reduce((t, f) => t + f.body, 0) / KB).toFixed(1)} KB) / ${v.revalidated.length}`,
	],
	['typical search transfer (3 queries in the search dialog)', (s) => s.search.bytes, fmt.kb],
	['  first query, cold cache', (s) => s.search.perQuery[0].bytes, fmt.kb],
	['  each further query (the larger)', (s) => Math.max(...s.search.perQuery.slice(1).map((q) => q.bytes)), fmt.kb],
	['search on a repeat visit (first query again, same browser)', (s) => s.search.repeat.bytes, fmt.kb],
	["  of which bodies of Pagefind's script and WebAssembly", (s) => s.search.repeat.runtimeBody, fmt.kb],
	['time from the first key to the first result (local, cold)', (s) => s.search.firstResultMs, fmt.ms],
	['dev server: cold start to the first page', (s) => s.dev?.coldStartMs ?? NaN, fmt.ms],
	['dev server: save of an entry to its updated page (median of 3)', (s) => s.dev?.editMedianMs ?? NaN, fmt.ms],
];

function table(r) {
	const lines = [];
	for (const row of r.sizes) {
		lines.push(`N=${row.n} entries per language (typical page ${row.typicalPage})`);
		lines.push(`${'metric'.padEnd(54)}${'Memoria'.padStart(22)}${'vanilla'.padStart(22)}${'ratio'.padStart(9)}`);
		for (const [label, get, f] of metrics) {
			const [m, v] = [get(row.memoria), get(row.vanilla)];
			const ratio = typeof m === 'number' ? fmt.x(m / v) : '';
			lines.push(`${label.padEnd(54)}${f(m).padStart(22)}${f(v).padStart(22)}${ratio.padStart(9)}`);
		}
		lines.push('');
	}
	const scale = scaling(r.sizes);
	if (scale)
		lines.push(
			`4N / N: build time Memoria ${fmt.x(scale.memoria.time)}, vanilla ${fmt.x(scale.vanilla.time)}; median HTML Memoria ${fmt.x(scale.memoria.html)}, vanilla ${fmt.x(scale.vanilla.html)}; median guide HTML Memoria ${fmt.x(scale.memoria.guideHtml)}, vanilla ${fmt.x(scale.vanilla.guideHtml)}`
		);
	return lines.join('\n');
}

function scaling(rows) {
	if (rows.length < 2) return undefined;
	const [a, b] = [rows[0], rows[rows.length - 1]];
	const of = (site) => ({
		time: b[site].buildMs / a[site].buildMs,
		html: b[site].htmlMedianBytes / a[site].htmlMedianBytes,
		guideHtml: b[site].guideHtmlMedianBytes / a[site].guideHtmlMedianBytes,
		memory: b[site].peakRss / a[site].peakRss,
	});
	return { from: a.n, to: b.n, memoria: of('memoria'), vanilla: of('vanilla') };
}

/**
 * The targets of issue 20 (and those of issue 7 it keeps), each with the figure measured. A target
 * at a size this run did not build (N=500 in a --quick run, N=10,000 unless asked for) or a figure
 * the benchmark does not take has no value: "not measured", never a guess. Page and search figures
 * are read at the largest size measured.
 */
function targets(rows) {
	const at = (n) => rows.find((r) => r.n === n);
	const big = rows[rows.length - 1];
	const scale = scaling(rows);
	const largest = `at N=${big.n}`;
	const buildRatio = (n) => (at(n) ? at(n).memoria.buildMs / at(n).vanilla.buildMs : undefined);
	const search = big.memoria.search;
	const second = big.memoria.firstVisit.second;
	const list = [
		{ issue: 20, target: 'clean build time ≤ 0.8 × vanilla at N=100', value: buildRatio(100), limit: 0.8, format: 'x' },
		{ issue: 20, target: 'clean build time ≤ 0.8 × vanilla at N=500', value: buildRatio(500), limit: 0.8, format: 'x' },
		{ issue: 20, target: 'clean build time ≤ 0.35 × vanilla at N=2,000', value: buildRatio(2000), limit: 0.35, format: 'x' },
		{
			issue: 20,
			target: 'offline copy not redone in full when one entry changes (or not in the default build)',
			value: undefined,
			limit: undefined,
			format: 'x',
		},
		{ issue: 20, target: 'N=10,000: peak memory ≤ 3 GB', value: at(10000)?.memoria.peakRss, limit: 3 * KB ** 3, format: 'gb' },
		{
			issue: 20,
			target: 'N=10,000: build time ≤ 5.5 × the time at N=2,000',
			value: at(10000) && at(2000) ? at(10000).memoria.buildMs / at(2000).memoria.buildMs : undefined,
			limit: 5.5,
			format: 'x',
		},
		{
			issue: 20,
			target: `first visit of a learning page ≤ 14 KB gzip (${largest}), everything it downloads`,
			value: big.memoria.firstVisit.total,
			limit: 14 * KB,
			format: 'kb',
		},
		{
			issue: 20,
			target: `first visit of a learning page ≤ 14 KB gzip (${largest}), what it needs before it can render`,
			value: big.memoria.firstVisit.beforeRender,
			limit: 14 * KB,
			format: 'kb',
		},
		{
			issue: 20,
			target: `second page of a session: files downloaded besides its HTML (${largest})`,
			value: second.downloaded.filter((f) => f.url !== second.page).length,
			limit: 0,
			format: 'int',
		},
		{
			issue: 20,
			target: `second page of a session: /_astro/ files even revalidated (${largest})`,
			value: second.revalidated.filter((f) => f.url.startsWith('/_astro/')).length,
			limit: 0,
			format: 'int',
		},
		{ issue: 20, target: `search: first query on a cold cache ≤ 120 KB (${largest})`, value: search.perQuery[0].bytes, limit: 120 * KB, format: 'kb' },
		{
			issue: 20,
			target: `search: each further query ≤ 25 KB (${largest})`,
			value: Math.max(...search.perQuery.slice(1).map((q) => q.bytes)),
			limit: 25 * KB,
			format: 'kb',
		},
		{ issue: 20, target: `search: runtime downloaded on a repeat visit = 0 KB (${largest})`, value: search.repeat.runtimeBody, limit: 0, format: 'kb' },
		{
			issue: 20,
			target: `search: time from the first key to the first result (${largest}, reported)`,
			value: search.firstResultMs,
			limit: undefined,
			format: 'ms',
		},
		{ issue: 7, target: `peak memory ≤ 0.7 × vanilla (${largest})`, value: big.memoria.peakRss / big.vanilla.peakRss, limit: 0.7, format: 'x' },
		{ issue: 7, target: 'build time at 4N ≤ 4.4 × time at N', value: scale?.memoria.time, limit: 4.4, format: 'x' },
		{ issue: 7, target: 'median HTML bytes per page at 4N ≤ 1.1 × at N', value: scale?.memoria.html, limit: 1.1, format: 'x' },
		{ issue: 7, target: 'median HTML bytes per guide page at 4N ≤ 1.1 × at N', value: scale?.memoria.guideHtml, limit: 1.1, format: 'x' },
		{ issue: 19, target: `dev server cold start ≤ 3.3 s (${largest})`, value: big.memoria.dev?.coldStartMs, limit: 3300, format: 'ms' },
		{ issue: 19, target: `dev server: a saved entry served ≤ 500 ms (${largest})`, value: big.memoria.dev?.editMedianMs, limit: 500, format: 'ms' },
	];
	return list.map((t) => ({ ...t, pass: t.value === undefined ? null : t.limit === undefined ? 'reported' : t.value <= t.limit }));
}

/** The result column: pass, miss, not measured, or a figure reported without a limit. */
const verdict = (t, miss = 'miss') => (t.pass === null ? 'not measured' : t.pass === 'reported' ? 'reported' : t.pass ? 'pass' : miss);

function targetTable(r) {
	const show = (t, v) => (v === undefined ? '–' : fmt[t.format](v));
	return [
		`${'target'.padEnd(56)}${'value'.padStart(12)}${'limit'.padStart(12)}  result`,
		...r.targets.map((t) => `${t.target.padEnd(56)}${show(t, t.value).padStart(12)}${show(t, t.limit).padStart(12)}  ${verdict(t)}`),
	].join('\n');
}

function markdown(r) {
	const show = (t, v) => (v === undefined ? '–' : fmt[t.format](v));
	const m = r.machine;
	const out = [
		'# Memoria benchmark results',
		'',
		`- date: ${r.date}`,
		`- machine: ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.cpu}; load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end (other work on the machine slows builds)`,
		`- versions: Node ${r.versions.node}, Astro ${r.versions.astro}, Starlight ${r.versions.starlight}, Pagefind ${r.versions.pagefind}, ${r.versions.chromium ?? 'Chromium ?'}, Memoria ${r.versions.memoriaCommit ?? '?'} (work tree)`,
		`- Memoria's code (src/, scripts/): ${r.memoriaCodeFingerprints.length > 1 ? `**changed during the run** (${r.memoriaCodeFingerprints.length} versions built: ${r.memoriaCodeFingerprints.join(', ')})` : `one version, ${r.memoriaCodeFingerprints[0] ?? '–'}`}`,
		`- options: N=${r.options.n}, sizes ${r.options.sizes.join(' and ')} entries per language, ${r.options.runs} run(s) each, seed ${r.options.seed}${r.options.quick ? ', --quick' : ''}; search queries ${r.options.queries.map((q) => `"${q}"`).join(', ')}`,
		'- KB = 1,000 bytes, MB = 1,000,000 bytes, MiB = 2^20 bytes. Times and memory are medians of the runs; ratios are Memoria / vanilla.',
		'',
		'## Targets (reported, not asserted)',
		'',
		'| issue | target | value | limit | result |',
		'| ---: | --- | ---: | ---: | --- |',
		...r.targets.map((t) => `| ${t.issue} | ${t.target} | ${show(t, t.value)} | ${show(t, t.limit)} | ${verdict(t, '**miss**')} |`),
		'',
	];
	for (const row of r.sizes) {
		out.push(
			`## N = ${row.n} entries per language`,
			'',
			`${row.entriesPerLanguage} entries (5 % projects, 60 % learnings, 15 % calls, 20 % posts; 90 % translated) and ${row.organisations} organisations per language. Typical page: \`${row.typicalPage}\`.`,
			''
		);
		out.push('| metric | Memoria | vanilla Starlight | Memoria / vanilla |', '| --- | ---: | ---: | ---: |');
		for (const [label, get, f] of metrics) {
			const [a, b] = [get(row.memoria), get(row.vanilla)];
			out.push(`| ${label.trim()} | ${f(a)} | ${f(b)} | ${typeof a === 'number' ? fmt.x(a / b) : ''} |`);
		}
		const runList = (site) => row[site].runs.map((x) => `${fmt.s(x.ms)} / ${fmt.mib(x.peakRss)} (load ${x.loadAverageAtStart})`).join(', ');
		out.push(
			'',
			`Runs (wall time / peak RSS, 1-minute load average when the build started): Memoria ${runList('memoria')}; vanilla ${runList('vanilla')}.`,
			''
		);
		const atPeak = (site) =>
			Object.entries(row[site].runs.at(-1).peakByCommand)
				.sort((a, b) => b[1] - a[1])
				.map(([name, b]) => `${name} ${fmt.mib(b)}`)
				.join(', ');
		out.push(`RSS by process at the peak of the last run: Memoria ${atPeak('memoria')}; vanilla ${atPeak('vanilla')}.`, '');
		out.push(
			`Search transfer per query (Memoria · vanilla): ${row.memoria.search.perQuery.map((q, i) => `"${q.query}" ${fmt.kb(q.bytes)} · ${fmt.kb(row.vanilla.search.perQuery[i].bytes)}`).join('; ')}.`,
			''
		);
		const listFiles = (files, withBody) => files.map((f) => `\`${f.url}\`${withBody ? ` ${fmt.kb(f.body)}` : ''}`).join(', ') || 'none';
		for (const site of ['memoria', 'vanilla']) {
			const second = row[site].firstVisit.second;
			const repeat = row[site].search.repeat;
			out.push(
				`${site === 'memoria' ? 'Memoria' : 'Vanilla'}, second page \`${second.page}\` after the typical page, same tab: downloaded ${listFiles(second.downloaded, true)}; revalidated (304, no body) ${listFiles(second.revalidated, false)}; ${fmt.kb(second.bytes)} on the wire, headers included.`,
				'',
				`${site === 'memoria' ? 'Memoria' : 'Vanilla'}, search on a repeat visit (the page opened again in the same browser, "${row[site].search.perQuery[0].query}" searched again): ${repeat.files.map((f) => `\`${f.url}\` ${f.status} ${fmt.kb(f.body)}`).join(', ') || 'nothing fetched'}; ${fmt.kb(repeat.bytes)} on the wire; first result after ${fmt.ms(repeat.firstResultMs)}.`,
				''
			);
		}
	}
	const scale = scaling(r.sizes);
	if (scale) {
		out.push(`## Growth from N=${scale.from} to N=${scale.to}`, '', '| | Memoria | vanilla |', '| --- | ---: | ---: |');
		out.push(
			`| build time | ${fmt.x(scale.memoria.time)} | ${fmt.x(scale.vanilla.time)} |`,
			`| peak memory | ${fmt.x(scale.memoria.memory)} | ${fmt.x(scale.vanilla.memory)} |`,
			`| median HTML bytes per page | ${fmt.x(scale.memoria.html)} | ${fmt.x(scale.vanilla.html)} |`,
			`| median HTML bytes per guide page | ${fmt.x(scale.memoria.guideHtml)} | ${fmt.x(scale.vanilla.guideHtml)} |`,
			''
		);
	}
	if (r.options.realShaped) out.push('## Real-shaped corpus', '', 'Built in the same run: see `real-shaped.md` (and `real-shaped.json`).', '');
	if (r.profile) {
		const p = r.profile;
		out.push(
			`## CPU profile of one Memoria build at N=${p.n}`,
			'',
			`Wall time ${fmt.s(p.wallMs)} (with source maps on), main thread ${fmt.s(p.totalMs)}, Pagefind ${p.pagefindSeconds} s (a separate process: "idle" on the main thread). Summary by \`node bench/profile-summary.mjs\`.`,
			''
		);
		const ms = (v) => `${v.toLocaleString('en')} ms`;
		const big = (list) => list.filter((g) => g.percent >= 0.5);
		out.push(
			'Self time by origin (over 0.5 %):',
			'',
			'| self time | share | origin |',
			'| ---: | ---: | --- |',
			...big(p.groups).map((g) => `| ${ms(g.ms)} | ${g.percent} % | ${g.group} |`),
			''
		);
		out.push(
			"The same, with Node's internals and native built-ins charged to the code that called them:",
			'',
			'| self time | share | origin |',
			'| ---: | ---: | --- |',
			...big(p.byCaller).map((g) => `| ${ms(g.ms)} | ${g.percent} % | ${g.group} |`),
			''
		);
		out.push(
			'Functions with the most self time:',
			'',
			'| self time | share | function | file |',
			'| ---: | ---: | --- | --- |',
			...p.functions.slice(0, 20).map((f) => `| ${ms(f.ms)} | ${f.percent} % | \`${f.name}\` | ${f.where} |`),
			''
		);
	}
	return `${out.join('\n')}\n`;
}

await main();
