/**
 * The sites that test files of more than one file (or of more than one project) read, built once
 * per run by the global setup (tests/support/global-setup.ts) rather than once per reader: the
 * fixtures the build tests share, the demo (read by the static HTML checks and served to the
 * browser), and the hostile site (read by the build tests and opened in the browser).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFixture, openBuild, rememberBuild, runBuild, type FixtureBuild } from '../build/support/fixture';
import { saveAsWindowsEditorsDo } from '../build/support/hostile';
import { buildSite, copyFixture } from '../build/support/temp-site';
import { finishMirror } from './network-hub';

const repository = resolve(import.meta.dirname, '../..');

/** The vitest projects of vitest.config.ts. */
export type ProjectName = 'unit' | 'unit-mocks' | 'build' | 'static' | 'types' | 'e2e';

export interface SharedSite {
	name: string;
	/** The projects with a test file that reads it: it is built when one of them runs. */
	readers: ProjectName[];
	/** Builds it. A failed build is returned, not thrown, unless `mustBuild` says nobody can run without it. */
	build(): Promise<FixtureBuild>;
	/** Whether a failed build stops the run (the readers cannot report anything useful without it). */
	mustBuild: boolean;
}

const fixture = (name: string, readers: ProjectName[] = ['build']): SharedSite => ({ name, readers, mustBuild: true, build: () => buildFixture(name) });

export const sharedSites: SharedSite[] = [
	{
		name: 'demo',
		readers: ['static', 'e2e'],
		mustBuild: true,
		// MEMORIA_E2E_BUILD=0 reuses an existing dist/, to rerun tests without building.
		build: () =>
			process.env.MEMORIA_E2E_BUILD === '0' && existsSync(join(repository, 'dist/index.html'))
				? Promise.resolve(openBuild(repository, 0, 'Reused dist/ (MEMORIA_E2E_BUILD=0).'))
				: runBuild(repository),
	},
	{
		// From a temporary copy whose path has a space and an accent, with two internal entries
		// saved as some Windows editors do (tests/build/support/hostile.ts).
		name: 'hostile',
		readers: ['build', 'e2e'],
		// tests/build/hostile-site.test.ts reports a failed build itself, with the build's output.
		mustBuild: false,
		build: async () => rememberBuild(await buildSite(copyFixture('hostile', saveAsWindowsEditorsDo))),
	},
	{
		// A network's hub, from a temporary copy whose mirror gets the members' search bundles and the
		// hostile bodies (tests/support/network-hub.ts) before it is built.
		name: 'network-hub',
		readers: ['build', 'e2e'],
		// tests/build/network-hub.test.ts reports a failed build itself, with the build's output.
		mustBuild: false,
		build: async () => {
			const root = copyFixture('network-hub');
			await finishMirror(root);
			return rememberBuild(await buildSite(root));
		},
	},
	// Its admin at /admin/ is opened in the browser (tests/e2e/admin.e2e.ts). It, spanish-default and
	// audiences are also the members a hub pulls in tests/e2e/network-pull.e2e.ts.
	fixture('bilingual-basics', ['build', 'e2e']),
	fixture('spanish-default', ['build', 'e2e']),
	fixture('audiences', ['build', 'e2e']),
	fixture('sub-path'),
	fixture('three-languages'),
];

/**
 * Builds the sites, `parallel` at a time (a build keeps about one core busy, and the machine
 * the suite is meant for has two), the longest first so the last one does not run alone.
 */
export async function buildSharedSites(sites: SharedSite[], parallel = 2): Promise<Map<string, FixtureBuild>> {
	const order = [...sites].sort((a, b) => weight(b) - weight(a));
	const results = new Map<string, FixtureBuild>();
	const worker = async () => {
		for (let site = order.shift(); site; site = order.shift()) {
			const started = Date.now();
			const build = await site.build();
			results.set(site.name, build);
			console.log(`Built ${site.name} in ${((Date.now() - started) / 1000).toFixed(1)} s${build.status === 0 ? '' : ` (failed, exit code ${build.status})`}.`);
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return results;
}

/** The demo and the hostile copy take longest (more pages; a fresh copy has no cache). */
const weight = (site: SharedSite) => (site.name === 'demo' ? 2 : site.name === 'hostile' ? 1 : 0);
