/**
 * The real-shaped build of the benchmark (issue 18, point 8): the synthetic corpus of N entries per
 * language with the faults of real material (real-faults.mjs), built as a Memoria site with the
 * relaxed `checks` a team writes while it fixes them. Reports what a team would see: how long the
 * build took, how many pages it made, how many warnings of each check it listed, and whether the
 * warnings' report file (.memoria/check-report.md) was written. No vanilla site: the point is that
 * Memoria builds such material at all, and what it says about it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { planCorpus, writeMemoriaSite } from './corpus.mjs';
import { cleanBuild, median, outputSizes, timedRun, walk } from './measure.mjs';

/** Where `memoria check` and the build write the warnings, from the site's root (src/checks/check-report.ts). */
const checkReport = '.memoria/check-report.md';

/**
 * Writes the real-shaped site of `n` entries per language into `work`/real-N/, builds it `runs`
 * times from clean, and returns the figures (throws with the build's log when a build fails).
 */
export async function measureRealShaped({ n, seed, runs, work, repository, log }) {
	const corpus = planCorpus(n, seed, { realShaped: true });
	const root = join(work, `real-${n}`);
	writeMemoriaSite(corpus, root, repository);
	log(`real-shaped N=${n}: wrote ${root}`);
	const builds = [];
	for (let run = 0; run < runs; run++) {
		cleanBuild(root);
		// Other work on the machine slows a build: the 1-minute load average when it started says how much.
		const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
		const result = await timedRun(process.execPath, [join(repository, 'bin/memoria.mjs'), 'build', '--root', root], { cwd: repository });
		if (!result.ok) throw new Error(`The real-shaped build at N=${n} failed:\n${result.output}`);
		builds.push({ ms: Math.round(result.ms), peakRss: result.peakRss, loadAverageAtStart: load });
		log(
			`real-shaped N=${n} run ${run + 1}/${runs}: ${(result.ms / 1000).toFixed(1)} s, peak ${(result.peakRss / 2 ** 20).toFixed(0)} MiB (load average ${load} at start)`
		);
	}
	const report = join(root, checkReport);
	const sizes = outputSizes(join(root, 'dist'));
	return {
		n,
		seed,
		corpus: census(corpus, root),
		buildMs: median(builds.map((b) => b.ms)),
		peakRss: median(builds.map((b) => b.peakRss)),
		runs: builds,
		htmlPages: sizes.htmlPages,
		importedPages: walk(join(root, 'dist')).filter((f) => /^(es\/)?imported\/.*\.html$/.test(relative(join(root, 'dist'), f))).length,
		totalBytes: sizes.totalBytes,
		checkReport: existsSync(report) ? { path: checkReport, warnings: warningsByCheck(readFileSync(report, 'utf8')) } : undefined,
	};
}

/** What the corpus holds of each fault, counted from the plan and the files written. */
function census(corpus, root) {
	const only = (language) => corpus.handbook.filter((g) => g.languages.length === 1 && g.languages[0] === language).length;
	const markdown = walk(join(root, 'content')).filter((f) => f.endsWith('.md'));
	const bytes = markdown.map((f) => readFileSync(f));
	return {
		entriesPerLanguage: corpus.entries.length,
		importedGuides: corpus.handbook.length,
		importedOnlyInEnglish: only('en'),
		importedOnlyInSpanish: only('es'),
		entriesOnlyInSpanish: corpus.entries.filter((e) => e.only === 'es').length,
		images: walk(root).filter((f) => f.endsWith('.png')).length,
		markdownFiles: markdown.length,
		withByteOrderMark: bytes.filter((b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf).length,
		withWindowsLineEndings: bytes.filter((b) => b.includes('\r\n')).length,
	};
}

/** The count of each check's warnings, from the report's headings ("## memoria:image-without-alt (52)"). */
export function warningsByCheck(report) {
	return Object.fromEntries([...report.matchAll(/^## memoria:([a-z0-9-]+) \((\d+)\)$/gm)].map(([, id, count]) => [id, Number(count)]));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The real-shaped build as lines for the terminal. */
export function realShapedTable(r) {
	const c = r.corpus;
	const warnings = Object.entries(r.checkReport?.warnings ?? {});
	return [
		`Real-shaped corpus, N=${r.n} entries per language (seed ${r.seed}), built with relaxed checks`,
		`  corpus: ${c.importedGuides} imported guides (${c.importedOnlyInEnglish} only in English, ${c.importedOnlyInSpanish} only in Spanish), ${c.entriesOnlyInSpanish} entries only in Spanish, ${c.images} images, ${c.withByteOrderMark} files with a byte-order mark, ${c.withWindowsLineEndings} with Windows line endings`,
		`  build: ${seconds(r.buildMs)} (median of ${r.runs.length}), peak ${(r.peakRss / 2 ** 20).toFixed(0)} MiB, ${r.htmlPages} HTML pages (${r.importedPages} of the imported guides and their folders)`,
		`  warnings: ${warnings.length ? warnings.map(([id, count]) => `${id} ${count}`).join(', ') : 'none'}; ${r.checkReport ? `listed in ${r.checkReport.path}` : `no ${checkReport} written`}`,
	].join('\n');
}

/** The real-shaped build as a Markdown section of the results. */
export function realShapedMarkdown(r) {
	const c = r.corpus;
	return [
		`## Real-shaped corpus, N = ${r.n} entries per language`,
		'',
		`The synthetic corpus (seed ${r.seed}) with the faults of real material (\`bench/real-faults.mjs\`), built by Memoria with the relaxed \`checks\` a team writes while it fixes them. Measured alone, without a vanilla site.`,
		'',
		'| corpus | |',
		'| --- | ---: |',
		`| entries per language | ${c.entriesPerLanguage} |`,
		`| entries only in Spanish (their original) | ${c.entriesOnlyInSpanish} |`,
		`| guides brought in from other tools (content/docs/imported/) | ${c.importedGuides} |`,
		`| of which only in English / only in Spanish | ${c.importedOnlyInEnglish} / ${c.importedOnlyInSpanish} |`,
		`| images (PNG) | ${c.images} |`,
		`| Markdown files / with a byte-order mark / with Windows line endings | ${c.markdownFiles} / ${c.withByteOrderMark} / ${c.withWindowsLineEndings} |`,
		'',
		'| build | |',
		'| --- | ---: |',
		`| clean build, wall time (median of ${r.runs.length}) | ${seconds(r.buildMs)} |`,
		`| peak memory, RSS of the process tree | ${(r.peakRss / 2 ** 20).toFixed(0)} MiB |`,
		`| HTML pages / of the imported guides and their folders | ${r.htmlPages} / ${r.importedPages} |`,
		`| total output | ${(r.totalBytes / 1e6).toFixed(1)} MB |`,
		`| warnings report | ${r.checkReport ? `\`${r.checkReport.path}\` written` : '**not written**'} |`,
		'',
		'| warnings by check | count |',
		'| --- | ---: |',
		...Object.entries(r.checkReport?.warnings ?? {}).map(([id, count]) => `| \`${id}\` | ${count} |`),
		'',
		`Runs (wall time / peak RSS, 1-minute load average when the build started): ${r.runs.map((b) => `${seconds(b.ms)} / ${(b.peakRss / 2 ** 20).toFixed(0)} MiB (load ${b.loadAverageAtStart})`).join(', ')}.`,
		'',
	].join('\n');
}
