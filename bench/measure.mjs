/**
 * Measurements for the benchmark: a build's wall time and the peak memory of its whole process
 * tree, the sizes of its output, and the compressed bytes a first visit to one page downloads.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// ---------------------------------------------------------------- builds

/** Removes everything a previous build left, so the next one starts clean (no caches). */
export function cleanBuild(root) {
	for (const dir of ['dist', '.astro', 'node_modules', '.memoria-build']) rmSync(join(root, dir), { recursive: true, force: true });
}

/** Parent pid of every process, from /proc/<pid>/stat (the field after the command name). */
function parents() {
	const map = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {} // the process ended meanwhile
	}
	return map;
}

/** Resident memory of `pid` and all its descendants, in bytes (sum of VmRSS), and per command name. */
export function treeRss(pid) {
	const ppids = parents();
	const tree = new Set([pid]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [child, parent] of ppids) if (tree.has(parent) && !tree.has(child)) tree.add(child), (grew = true);
	}
	let total = 0;
	const byCommand = {};
	for (const p of tree) {
		try {
			const status = readFileSync(`/proc/${p}/status`, 'utf8');
			const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
			const name = /Name:\s+(.*)/.exec(status)?.[1] ?? '?';
			total += rss;
			byCommand[name] = (byCommand[name] ?? 0) + rss;
		} catch {}
	}
	return { total, byCommand };
}

/**
 * Runs a build command and measures it: wall time (ms) and the peak of the process tree's RSS,
 * polled every `interval` ms, with the RSS per command name at that peak. Resolves with
 * { ok, ms, peakRss, peakByCommand, output }; output is the log's tail. `onOutput(text, ms)` sees
 * each piece of the log as it arrives, with the milliseconds since the start.
 */
export function timedRun(command, args, { cwd, env, interval = 50, onOutput = () => {} } = {}) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const keep = (chunk) => {
			output = (output + chunk).slice(-20000);
			onOutput(chunk.toString(), Number(process.hrtime.bigint() - started) / 1e6);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		let peak = { total: 0, byCommand: {} };
		const poll = setInterval(() => {
			const now = treeRss(child.pid);
			if (now.total > peak.total) peak = now;
		}, interval);
		child.on('close', (code) => {
			clearInterval(poll);
			resolve({ ok: code === 0, ms: Number(process.hrtime.bigint() - started) / 1e6, peakRss: peak.total, peakByCommand: peak.byCommand, output });
		});
	});
}

// ---------------------------------------------------------------- output sizes

export function walk(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

export const median = (values) => {
	const v = [...values].sort((a, b) => a - b);
	if (v.length === 0) return NaN;
	const mid = v.length >> 1;
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/**
 * Sizes of a build's output: total bytes and files, HTML pages (count, median and total bytes; the
 * same for guides' pages alone),
 * and the Pagefind index (total bytes, pages indexed, bytes per indexed page).
 */
export function outputSizes(dist) {
	const files = walk(dist).map((f) => ({ path: relative(dist, f), bytes: statSync(f).size }));
	const html = files.filter((f) => f.path.endsWith('.html'));
	// Guides' pages, folders' index pages included, in every language: the same paths in both sites.
	const guideHtml = html.filter((f) => /^([a-z]{2}\/)?guides\//.test(f.path));
	const search = files.filter((f) => f.path.startsWith('pagefind/'));
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
	const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
	const searchBytes = search.reduce((s, f) => s + f.bytes, 0);
	return {
		totalBytes: files.reduce((s, f) => s + f.bytes, 0),
		files: files.length,
		htmlPages: html.length,
		htmlMedianBytes: median(html.map((f) => f.bytes)),
		guideHtmlPages: guideHtml.length,
		guideHtmlMedianBytes: median(guideHtml.map((f) => f.bytes)),
		htmlTotalBytes: html.reduce((s, f) => s + f.bytes, 0),
		searchIndexBytes: searchBytes,
		searchIndexedPages: indexed,
		searchBytesPerPage: searchBytes / indexed,
	};
}
