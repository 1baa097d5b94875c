/**
 * The scale run of the benchmark (issue 20, point 2): Memoria alone, one clean build at 2,000 and
 * at 10,000 entries per language (a vanilla site at 10,000 would write tens of GB), with its peak
 * memory, its time, the ratio of the two times, and where the time goes: the moment each phase of
 * the build began, read from the build's own log lines as they arrive.
 *
 * `npm run bench -- --scale` (about 20 to 30 minutes on 2 cores): bench/results/scale.json and scale.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCorpus, writeMemoriaSite } from './corpus.mjs';
import { cleanBuild, outputSizes, treeRss } from './measure.mjs';

/** The lines that start each phase, in the order the build prints them. */
const phases = [
	// Astro's own lines are held back until the content checks pass: the first one marks their end.
	{ name: 'content checks (beside Astro’s start)', marker: /\[content\] Syncing content/ },
	{ name: 'Astro: content layer and types', marker: /\[build\] Collecting build info/ },
	{ name: 'Astro: bundling', marker: /Building static entrypoints/ },
	{ name: 'Astro: rendering pages', marker: /generating static routes/ },
	{ name: 'Astro: sitemap and end', marker: /page\(s\) built in/ },
	// The search index and the offline copy run together; the first to finish ends this phase.
	{ name: 'search index and offline copy', marker: /\[memoria:(search|offline-copy)\]/ },
	{ name: 'the other of the two, then the leak gate', marker: /\[memoria:leak-gate\]/ },
];

/** Targets of issue 20, point 2. */
export const scaleTargets = { peakBytes: 3 * 2 ** 30, timeRatio: 5.5 };

/** Builds `root` once from clean; resolves with time, peak memory, phases and the log's last lines. */
function phasedBuild(repository, root) {
	return new Promise((resolve) => {
		cleanBuild(root);
		const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
		const started = process.hrtime.bigint();
		const at = () => Number(process.hrtime.bigint() - started) / 1e6;
		const child = spawn(process.execPath, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root], {
			cwd: repository,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const seen = new Map();
		let tail = '';
		const read = (chunk) => {
			const text = chunk.toString();
			tail = (tail + text).slice(-20000);
			for (const phase of phases) if (!seen.has(phase.name) && phase.marker.test(text)) seen.set(phase.name, at());
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		let peak = 0;
		const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid).total)), 100);
		child.on('close', (code) => {
			clearInterval(poll);
			const ms = at();
			// Each phase lasts from its line to the next phase's (the last one to the end of the build).
			const marks = [
				{ name: 'start (Node, config, the checks)', ms: 0 },
				...phases.filter((p) => seen.has(p.name)).map((p) => ({ name: p.name, ms: seen.get(p.name) })),
			];
			const breakdown = marks.map((mark, i) => ({ phase: mark.name, seconds: ((marks[i + 1]?.ms ?? ms) - mark.ms) / 1000 }));
			resolve({ ok: code === 0, ms: Math.round(ms), peakRss: peak, loadAverageAtStart: load, breakdown, tail });
		});
	});
}

/** Writes and builds the Memoria site at each size; throws with the log when a build fails. */
export async function measureScale({ sizes, seed, work, repository, log }) {
	const rows = [];
	for (const n of sizes) {
		const root = join(work, `memoria-${n}`);
		writeMemoriaSite(planCorpus(n, seed), root, repository);
		log(`scale N=${n}: wrote ${root}`);
		const build = await phasedBuild(repository, root);
		if (!build.ok) throw new Error(`The Memoria build at N=${n} failed:\n${build.tail}`);
		const { htmlPages, totalBytes } = outputSizes(join(root, 'dist'));
		log(
			`scale N=${n}: ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peakRss / 2 ** 20).toFixed(0)} MiB, ${htmlPages} pages (load average ${build.loadAverageAtStart} at start)`
		);
		rows.push({
			n,
			buildMs: build.ms,
			peakRss: build.peakRss,
			loadAverageAtStart: build.loadAverageAtStart,
			htmlPages,
			totalBytes,
			breakdown: build.breakdown,
		});
	}
	const largest = rows.at(-1);
	const reference = rows.find((row) => row.n === 2000);
	return {
		seed,
		sizes: rows,
		targets: [
			{ target: `N=${largest.n}: peak memory ≤ 3 GB`, value: largest.peakRss, limit: scaleTargets.peakBytes, pass: largest.peakRss <= scaleTargets.peakBytes },
			...(reference && largest !== reference
				? [
						{
							target: `N=${largest.n}: build time ≤ 5.5 × the time at N=2,000`,
							value: largest.buildMs / reference.buildMs,
							limit: scaleTargets.timeRatio,
							pass: largest.buildMs / reference.buildMs <= scaleTargets.timeRatio,
						},
					]
				: []),
		],
	};
}

/** The scale run as Markdown: a row per size, the targets, and where the time went at each size. */
export function scaleMarkdown(r) {
	const gb = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
	const out = ['| entries per language | pages | build time | peak memory | output | load average at start |', '| ---: | ---: | ---: | ---: | ---: | ---: |'];
	for (const row of r.sizes) {
		out.push(`| ${row.n} | ${row.htmlPages} | ${(row.buildMs / 1000).toFixed(1)} s | ${gb(row.peakRss)} | ${gb(row.totalBytes)} | ${row.loadAverageAtStart} |`);
	}
	out.push('', '| target | value | limit | result |', '| --- | ---: | ---: | --- |');
	for (const t of r.targets) {
		const value = t.limit === scaleTargets.peakBytes ? gb(t.value) : `${t.value.toFixed(2)}×`;
		const limit = t.limit === scaleTargets.peakBytes ? gb(t.limit) : `${t.limit}×`;
		out.push(`| ${t.target} | ${value} | ${limit} | ${t.pass ? 'pass' : 'miss'} |`);
	}
	for (const row of r.sizes) {
		out.push('', `Where the time went at N=${row.n}:`, '', '| phase | seconds | share |', '| --- | ---: | ---: |');
		for (const part of row.breakdown) out.push(`| ${part.phase} | ${part.seconds.toFixed(1)} | ${((100 * part.seconds * 1000) / row.buildMs).toFixed(0)} % |`);
	}
	return `${out.join('\n')}\n`;
}
