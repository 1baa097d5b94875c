/**
 * The network run of the benchmark (issue 23, point 6): a hub of 10 members × 500 entries per
 * language. Each member is a Memoria site of its own corpus (the benchmark's generator with its
 * own seed, its own organisation's name, copies allowed), built with `memoria build` and served on
 * loopback by the benchmark's static host; the hub, a small memory of its own, lists them by
 * address. Reported: the members' build time, `memoria network pull` (first, and again with
 * nothing changed), the hub's build time and peak memory, and the bytes of the hub's search in
 * Chromium — the first query on a cold cache and each further one — with every member merged.
 *
 * `npm run bench -- --network` (about 15 to 25 minutes on 2 cores): bench/results/network.json and network.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCorpus, SEARCH_QUERIES, writeMemoriaSite } from './corpus.mjs';
import { cleanBuild, outputSizes, timedRun } from './measure.mjs';
import { searchBoxes, searchTransfer } from './search-transfer.mjs';
import { serve } from './static-server.mjs';

/** Rewrites a generated site's memoria.config.ts: its organisation's name and address, and what it adds. */
function configure(root, { name, site, extra }) {
	const file = join(root, 'memoria.config.ts');
	const text = readFileSync(file, 'utf8')
		.replace("organisation: 'Benchmark Collective'", `organisation: ${JSON.stringify(name)}`)
		.replace("site: 'https://bench.example.org'", `site: ${JSON.stringify(site)}`)
		.replace(/\n};\n$/, `\n${extra}};\n`);
	writeFileSync(file, text);
}

/** Builds, pulls and searches the network; throws with the log of a step that fails. */
export async function measureNetwork({ members = 10, n = 500, seed, work, repository, log }) {
	const node = process.execPath;
	const memoria = join(repository, 'bin/memoria.mjs');
	const root = join(work, `network-${members}x${n}`);
	const servers = [];
	try {
		// 1. The members: written, built, served.
		const builds = [];
		for (let k = 1; k <= members; k++) {
			const dir = join(root, `member-${k}`);
			writeMemoriaSite(planCorpus(n, seed + k), dir, repository);
			configure(dir, { name: `Member ${k} Collective`, site: `https://member-${k}.example.org`, extra: '\tnetwork: { copies: true },\n' });
			const build = await timedRun(node, [memoria, 'build', '--root', dir], { cwd: repository });
			if (!build.ok) throw new Error(`Member ${k} did not build:\n${build.output}`);
			builds.push(Math.round(build.ms));
			servers.push(await serve(join(dir, 'dist')));
			log(`network: member ${k}/${members} built in ${(build.ms / 1000).toFixed(1)} s`);
		}

		// 2. The hub: its own small memory, and the members by address.
		const hub = join(root, 'hub');
		writeMemoriaSite(planCorpus(Math.max(20, Math.round(n / 10)), seed), hub, repository);
		const list = servers.map(({ origin }, i) => `{ id: 'member-${i + 1}', url: ${JSON.stringify(`${origin}/`)} }`).join(', ');
		configure(hub, { name: 'Benchmark Hub', site: 'https://hub.example.org', extra: `\tnetwork: { members: [${list}] },\n` });
		const pulls = [];
		for (const attempt of ['first', 'again']) {
			const pull = await timedRun(node, [memoria, 'network', 'pull', '--root', hub], { cwd: repository });
			if (!pull.ok) throw new Error(`The ${attempt} pull failed:\n${pull.output}`);
			pulls.push(Math.round(pull.ms));
			log(`network: pull (${attempt}) in ${(pull.ms / 1000).toFixed(1)} s`);
		}
		for (const { server } of servers) server.close();
		servers.length = 0;
		cleanBuild(hub);
		const build = await timedRun(node, [memoria, 'build', '--root', hub], { cwd: repository });
		if (!build.ok) throw new Error(`The hub did not build:\n${build.output}`);
		log(`network: hub built in ${(build.ms / 1000).toFixed(1)} s, peak ${(build.peakRss / 2 ** 20).toFixed(0)} MiB`);

		// 3. Its search, in the header's dialog of the members page.
		const search = await searchTransfer(join(hub, 'dist'), '/network/', SEARCH_QUERIES, searchBoxes.memoria);
		return {
			members,
			n,
			seed,
			memberBuildMs: builds,
			pullMs: { first: pulls[0], again: pulls[1] },
			hub: { buildMs: Math.round(build.ms), peakRss: build.peakRss, ...outputSizes(join(hub, 'dist')) },
			search: { perQuery: search.perQuery, firstResultMs: search.firstResultMs, repeatBytes: search.repeat.bytes },
		};
	} finally {
		for (const { server } of servers) server.close();
	}
}

/** The network run as Markdown. */
export function networkMarkdown(r) {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
	const median = [...r.memberBuildMs].sort((a, b) => a - b)[r.memberBuildMs.length >> 1];
	return `${[
		`A hub of ${r.members} members × ${r.n} entries per language, every member's search merged in the reader's browser.`,
		'',
		'| figure | value |',
		'| --- | ---: |',
		`| a member's build (median of ${r.members}) | ${s(median)} |`,
		`| \`memoria network pull\`, first | ${s(r.pullMs.first)} |`,
		`| \`memoria network pull\`, nothing changed | ${s(r.pullMs.again)} |`,
		`| the hub's build | ${s(r.hub.buildMs)} |`,
		`| the hub's peak memory | ${(r.hub.peakRss / 2 ** 30).toFixed(2)} GB |`,
		`| the hub's pages | ${r.hub.htmlPages} |`,
		`| search, first query on a cold cache ("${r.search.perQuery[0].query}") | ${kb(r.search.perQuery[0].bytes)} |`,
		...r.search.perQuery.slice(1).map((q) => `| search, next query ("${q.query}") | ${kb(q.bytes)} |`),
		`| search, the first query again on a repeat visit | ${kb(r.search.repeatBytes)} |`,
		`| time from the first key to the first result | ${Math.round(r.search.firstResultMs)} ms |`,
	].join('\n')}\n`;
}
