#!/usr/bin/env node
/**
 * Summarises a V8 CPU profile (.cpuprofile) of a build: self time grouped by where the code comes
 * from (Astro, Starlight, Pagefind, Memoria's src/, the bundler, other packages, Node itself,
 * garbage collection, idle); the same with Node's internals and native built-ins charged to the
 * code that called them; then the functions with the most self time.
 *
 * Pages are rendered from bundled chunks (dist/.prerender/chunks/*.mjs) that Astro deletes after
 * the build; when `bench/run.mjs --profile` kept a copy of them with their source maps
 * (<profile dir>/prerender/), their functions are traced back to the original files.
 *
 * Usage: node bench/profile-summary.mjs [profile.cpuprofile | directory] [--top 25] [--json]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(import.meta.dirname, '..');

/** Which group a source file belongs to. */
export function groupOf(file, functionName) {
	if (!file) {
		if (functionName === '(garbage collector)') return 'garbage collection';
		if (functionName === '(idle)') return 'idle (waiting: I/O, child processes such as Pagefind)';
		return 'V8 and native code without a file (program, built-ins)';
	}
	if (file.startsWith('node:')) return 'Node.js internals';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
	if (pkg === 'astro' || (pkg?.startsWith('@astrojs/') && pkg !== '@astrojs/starlight')) return 'astro (core, runtime, markdown, integrations)';
	if (pkg === '@astrojs/starlight') return '@astrojs/starlight';
	if (pkg === 'pagefind' || pkg?.startsWith('@pagefind/')) return 'pagefind';
	if (pkg && /^(vite|rolldown|@rolldown\/.*|esbuild|postcss|lightningcss|magic-string|css-tree|@oxc-project\/.*)$/.test(pkg)) return `bundler: ${pkg}`;
	if (pkg) return `other package: ${pkg}`;
	if (file.startsWith(`${repository}/src/`)) return "Memoria's src/";
	return 'other (generated site, bundled code without a map)';
}

/** Source maps of the kept prerender chunks, by the chunk's original path. */
function loadMaps(kept) {
	const maps = new Map();
	if (!existsSync(join(kept, 'manifest.json'))) return maps;
	const { outDir } = JSON.parse(readFileSync(join(kept, 'manifest.json'), 'utf8'));
	const files = join(kept, 'files');
	const visit = (dir) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) visit(path);
			else if (name.endsWith('.mjs.map') || name.endsWith('.js.map')) {
				const original = join(outDir, path.slice(files.length + 1)).replace(/\.map$/, '');
				maps.set(original, { map: new SourceMap(JSON.parse(readFileSync(path, 'utf8'))), dir: dirname(original) });
			}
		}
	};
	visit(files);
	return maps;
}

export function summarise(profilePath, { top = 25 } = {}) {
	const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
	const maps = loadMaps(join(dirname(profilePath), 'prerender'));
	// Self time per node: each sample's time delta belongs to the node sampled.
	const selfUs = new Map();
	for (const [i, id] of profile.samples.entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
	const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

	// Where each node's code comes from, through the kept source maps for bundled chunks.
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	let mapped = 0;
	const origin = new Map();
	for (const n of profile.nodes) {
		const { functionName, url, lineNumber, columnNumber } = n.callFrame;
		let file = url.startsWith('file://') ? fileURLToPath(url) : url;
		let line = lineNumber + 1;
		const chunk = maps.get(file);
		const entry = chunk?.map.findEntry(lineNumber, columnNumber);
		if (entry?.originalSource) {
			file = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(chunk.dir, entry.originalSource);
			line = entry.originalLine + 1;
			mapped += selfUs.get(n.id) ?? 0;
		}
		origin.set(n.id, { name: functionName || '(anonymous)', file, line, group: groupOf(file, functionName) });
	}
	// Node internals and native built-ins work on behalf of a caller: the nearest ancestor with a file of its own.
	const helper = (g) => g === 'Node.js internals' || g.startsWith('V8 and native');
	const owner = (id) => {
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const o = origin.get(at);
			if (!helper(o.group) || ['(program)', '(garbage collector)', '(idle)'].includes(o.name)) return o.group;
		}
		return origin.get(id).group;
	};

	const groups = new Map();
	const callers = new Map();
	const functions = new Map();
	for (const [id, us] of selfUs) {
		if (!us) continue;
		const o = origin.get(id);
		groups.set(o.group, (groups.get(o.group) ?? 0) + us);
		const by = owner(id);
		callers.set(by, (callers.get(by) ?? 0) + us);
		const where = o.file ? `${o.file.replace(`${repository}/`, '').replace(/^.*node_modules\//, '')}:${o.line}` : '';
		const key = `${o.name} ${where}`;
		const f = functions.get(key) ?? { name: o.name, where, group: o.group, us: 0 };
		f.us += us;
		functions.set(key, f);
	}
	const share = (us) => ({ ms: Math.round(us / 1000), percent: Math.round((1000 * us) / total) / 10 });
	const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([group, us]) => ({ group, ...share(us) }));
	return {
		profile: basename(profilePath),
		totalMs: Math.round(total / 1000),
		mappedFromChunksMs: Math.round(mapped / 1000),
		groups: sorted(groups),
		byCaller: sorted(callers),
		functions: [...functions.values()]
			.sort((a, b) => b.us - a.us)
			.slice(0, top)
			.map(({ us, ...f }) => ({ ...f, ...share(us) })),
	};
}

/** The newest .cpuprofile in a directory, or the file itself. */
export function findProfile(path) {
	if (!statSync(path).isDirectory()) return path;
	const profiles = readdirSync(path)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => join(path, f));
	if (profiles.length === 0) throw new Error(`No .cpuprofile in ${path}`);
	return profiles.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export function formatSummary(s) {
	const lines = [`CPU profile ${s.profile}: ${(s.totalMs / 1000).toFixed(1)} s on the main thread`, '', 'Self time by origin:'];
	for (const g of s.groups.filter((g) => g.percent >= 0.3)) lines.push(`  ${String(g.percent).padStart(5)} %  ${String(g.ms).padStart(7)} ms  ${g.group}`);
	lines.push('', 'Self time with Node internals and native built-ins charged to the code that called them:');
	for (const g of s.byCaller.filter((g) => g.percent >= 0.3)) lines.push(`  ${String(g.percent).padStart(5)} %  ${String(g.ms).padStart(7)} ms  ${g.group}`);
	lines.push('(origins under 0.3 % left out)', '', 'Functions with the most self time:');
	for (const f of s.functions) lines.push(`  ${String(f.percent).padStart(5)} %  ${String(f.ms).padStart(7)} ms  ${f.name}  ${f.where}`);
	return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const at = args.indexOf('--top');
	const top = at === -1 ? 25 : Number(args[at + 1]);
	const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? join(repository, 'bench/work/profile');
	const summary = summarise(findProfile(path), { top });
	console.log(args.includes('--json') ? JSON.stringify(summary, null, 2) : formatSummary(summary));
}
