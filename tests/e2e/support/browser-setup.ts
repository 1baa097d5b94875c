/**
 * What the browser suite needs besides the demo's build, set up once by the global setup
 * (tests/support/global-setup.ts): Chromium present (in CI its absence fails the run; elsewhere
 * the suite is skipped with a warning) and dist/ served on a free loopback port.
 */
import type { TestProject } from 'vitest/node';
import '../../support/context';
import { chromiumAvailable, missingChromiumMessage } from './browser';
import { startStaticServer } from './server';

/** False when the browser suite is to be skipped (outside CI, without Chromium). */
export function browserAvailable(project: TestProject): boolean {
	if (chromiumAvailable()) return true;
	if (process.env.CI === 'true') throw new Error(missingChromiumMessage);
	console.warn(`\n⚠ Skipping the end-to-end suite. ${missingChromiumMessage}\n`);
	project.provide('chromiumMissing', true);
	return false;
}

/** Serves `dist` for the browser tests; returns the function that stops the server. */
export async function serveForBrowser(project: TestProject, dist: string): Promise<() => Promise<void>> {
	const server = await startStaticServer(dist);
	project.provide('baseUrl', server.url);
	console.log(`Serving dist/ at ${server.url}`);
	return () => server.close();
}
