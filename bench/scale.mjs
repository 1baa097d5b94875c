/**
 * The scale run of the benchmark (issue 20, point 2): Memoria alone, one clean build at 2,000 and
 * at 10,000 entries per language (a vanilla site at 10,000 would write tens of GB), with its peak
 * memory, its time, the ratio of the two times, and where the time goes: the moment each phase of
 * the build began, read from the build's own log lines as they arrive.
 *
 * `npm run bench -- --scale` (about 20 to 30 minutes on 2 cores): bench/results/scale.json and scale.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCorpus, writeMemoriaSite } from './corpus.mjs';
import { cleanBuild, outputSizes, timedRun } from './measure.mjs';

/**
 * The lines that start each phase, in the order the build prints them. Astro's lines are held
 * back until the content checks pass and then arrive together, so the first phase holds Node's
 * start, the checks and Astro's content layer. Memoria's steps print their line when they end,
 * with their own duration: those are read from the lines (stepSeconds).
 */
const phases = [
	{ name: 'Astro: bundling', marker: /Building static entrypoints/ },
	{ name: 'Astro: rendering pages', marker: /generating static routes/ },
	{ name: 'Astro: sitemap and end', marker: /page\(s\) built in/ },
	{ name: 'search index, offline copy and leak gate', marker: /\[build\] Complete!/ },
];

/** Each of Memoria's steps after Astro, with the line that reports its own duration. */
const steps = {
	'search index': /\[memoria:search\][^\n]* in ([\d.]+) ?s\b/,
	'offline copy': /\[memoria:offline-copy\][^\n]* in ([\d.]+) ?s\b/,
	'leak gate': /\[memoria:leak-gate\][^\n]* in ([\d.]+) ?s\b/,
};

/** Targets of issue 20, point 2. */
export const scaleTargets = { peakBytes: 3 * 2 ** 30, timeRatio: 5.5 };

/** Builds `root` once from clean; resolves with time, peak memory, phases and the log's last lines. */
async function phasedBuild(repository, root) {
	cleanBuild(root);
	const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
	const seen = new Map();
	const read = (text, ms) => {
		for (const phase of phases) if (!seen.has(phase.name) && phase.marker.test(text)) seen.set(phase.name, ms);
	};
	const run = await timedRun(process.execPath, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root], {
		cwd: repository,
		interval: 100,
		onOutput: read,
	});
	// Each phase lasts from its line to the next phase's (the last one to the end of the build).
	const marks = [
		{ name: 'start: Node, config, content checks, Astro’s content layer', ms: 0 },
		...phases.filter((p) => seen.has(p.name)).map((p) => ({ name: p.name, ms: seen.get(p.name) })),
	];
	const breakdown = marks.map((mark, i) => ({ phase: mark.name, seconds: ((marks[i + 1]?.ms ?? run.ms) - mark.ms) / 1000 }));
	const stepSeconds = Object.fromEntries(Object.entries(steps).map(([name, line]) => [name, Number(line.exec(run.output)?.[1] ?? Number.NaN)]));
	return { ...run, ms: Math.round(run.ms), loadAverageAtStart: load, breakdown, stepSeconds, tail: run.output };
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
			peakByCommand: build.peakByCommand,
			loadAverageAtStart: build.loadAverageAtStart,
			htmlPages,
			totalBytes,
			breakdown: build.breakdown,
			stepSeconds: build.stepSeconds,
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
		const own = Object.entries(row.stepSeconds ?? {}).filter(([, seconds]) => Number.isFinite(seconds));
		if (own.length > 0)
			out.push(
				'',
				`Memoria's steps after Astro, each as it reports itself (search and offline copy run together): ${own.map(([name, seconds]) => `${name} ${seconds} s`).join(', ')}.`
			);
		const byCommand = Object.entries(row.peakByCommand ?? {}).sort((a, b) => b[1] - a[1]);
		if (byCommand.length > 0) out.push('', `At the peak of memory: ${byCommand.map(([command, bytes]) => `${command} ${gb(bytes)}`).join(', ')}.`);
	}
	return `${out.join('\n')}\n`;
}
