/**
 * Runs once before every test of `vitest run`, whichever projects run: builds each site that
 * test files of more than one file read (tests/support/shared-sites.ts) once, two at a time,
 * then for the browser suite checks for Chromium and serves the demo. Builds that a single test
 * file makes for itself stay in that file, so they run alongside other files' tests.
 *
 * It is the root config's setup rather than one per project because vitest runs the projects'
 * setups one after another: one setup that knows every project of the run builds all their
 * sites side by side.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import './context';
import { removeSite } from '../build/support/temp-site';
import { browserAvailable, serveForBrowser } from '../e2e/support/browser-setup';
import { discoverSite, type SiteMap } from '../e2e/support/site';
import { buildSharedSites, sharedSites, type ProjectName } from './shared-sites';

const repository = resolve(import.meta.dirname, '../..');

const noSite: SiteMap = {
	pageTypes: [],
	missingPageTypes: [],
	entries: [],
	untranslated: null,
	projectWithLearnings: null,
	search: { en: null, es: null },
	retired: { en: [], es: [] },
};

/** The projects with at least one test file in this run (`--project`, file filters). */
async function projectsInRun(project: TestProject): Promise<Set<ProjectName>> {
	// Internal to vitest, but the only place the command line's file filters are kept; without them every selected project counts.
	const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
	const running = new Set<ProjectName>();
	for (const candidate of project.vitest.projects) {
		if ((await candidate.globTestFiles(filters)).testFiles.length > 0) running.add(candidate.name as ProjectName);
	}
	return running;
}

export default async function setup(project: TestProject) {
	project.provide('chromiumMissing', false);
	project.provide('baseUrl', '');
	project.provide('site', noSite);
	project.provide('hostileRoot', '');
	project.provide('networkHubRoot', '');

	const running = await projectsInRun(project);
	// Without Chromium (outside CI) the browser suite is skipped, and nothing is built for it alone.
	if (running.has('e2e') && !browserAvailable(project)) running.delete('e2e');

	const sites = sharedSites.filter((site) => site.readers.some((reader) => running.has(reader)));
	const builds = await buildSharedSites(sites);
	const cleanups: (() => Promise<void> | void)[] = [];

	const hostile = builds.get('hostile');
	if (hostile) {
		project.provide('hostileRoot', hostile.root);
		cleanups.push(() => removeSite(hostile.root));
	}
	const hub = builds.get('network-hub');
	if (hub) {
		project.provide('networkHubRoot', hub.root);
		cleanups.push(() => removeSite(hub.root));
	}
	for (const site of sites) {
		const build = builds.get(site.name)!;
		if (site.mustBuild && build.status !== 0) {
			await Promise.all(cleanups.map((cleanup) => cleanup()));
			throw new Error(
				`The ${site.name} site did not build (exit code ${build.status}), so its tests cannot run. Its output ended with:\n${build.output.split('\n').slice(-40).join('\n')}`
			);
		}
	}

	const demo = builds.get('demo');
	if (demo) {
		// What the suite found in dist/: page types, the untranslated entry, search words.
		const site = discoverSite(demo.dist);
		mkdirSync(join(repository, 'tests/.tmp'), { recursive: true });
		writeFileSync(join(repository, 'tests/.tmp/e2e-site.json'), `${JSON.stringify(site, null, '\t')}\n`);
		project.provide('site', site);
		if (running.has('e2e')) cleanups.push(await serveForBrowser(project, demo.dist));
	}

	return async () => {
		for (const cleanup of cleanups.reverse()) await cleanup();
	};
}
