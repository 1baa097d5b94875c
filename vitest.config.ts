import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Every test of `npm test`, in one run, as four projects:
 * - unit: modules alone, and the command-line tools in child processes (unit-mocks: the files
 *   that replace modules, isolated);
 * - build: real builds of tests/fixtures/*, checked file by file;
 * - static: the demo's built HTML (dist/), checked without a browser;
 * - types: `astro check`, the type check, beside the others rather than before them;
 * - e2e: the demo in Chromium, for what only a browser shows (see tests/e2e/README.md).
 *
 * The global setup builds every site read by more than one test file once, before any test
 * (tests/support/global-setup.ts). One run rather than one per kind, so each site is built once
 * and the unit, build and static files share the machine's cores; the browser files then run
 * one after another (each drives its own Chromium, several pages at a time).
 *
 * One project alone: `npx vitest run --project static` (it builds only what that project reads).
 */
/** Unit test files that replace modules (vi.mock): they run isolated from the others. */
const mockingFiles = 'tests/unit/collection-registry.test.ts';

const virtualConfig = { 'virtual:memoria/config': fileURLToPath(new URL('./tests/unit/support/site-config.ts', import.meta.url)) };

export default defineConfig({
	test: {
		globalSetup: ['tests/support/global-setup.ts'],
		// Most files wait on child processes (builds, Chromium, the type check) rather than compute, so more
		// workers than the machine's two cores keep both busy. One count for every project: vitest runs
		// projects with different counts one group after another, and the browser files must run beside the rest.
		maxWorkers: 3,
		hookTimeout: 300_000,
		teardownTimeout: 30_000,
		projects: [
			{
				resolve: { alias: virtualConfig },
				// One module graph per worker, shared by its files: importing zod, the schemas and the
				// checks again for every file cost more than the tests themselves.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [mockingFiles], isolate: false, testTimeout: 60_000 },
			},
			{
				resolve: { alias: virtualConfig },
				// Files that replace modules with vi.mock get a module graph of their own, so the
				// replacement never reaches another file.
				test: { name: 'unit-mocks', include: [mockingFiles], testTimeout: 60_000 },
			},
			{
				resolve: { alias: virtualConfig },
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
			{
				test: { name: 'static', include: ['tests/static/**/*.test.ts'], isolate: false, testTimeout: 60_000 },
			},
			{
				test: { name: 'types', include: ['tests/types/**/*.test.ts'] },
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					// Playwright and the support modules are imported once per worker, not once per file.
					isolate: false,
					environment: 'node',
					maxConcurrency: 2,
					// A page waits up to 15 s for what it awaits (support/browser.ts); expect.poll's own default
					// (1 s) is shorter than loading a search index takes on a busy machine.
					expect: { poll: { timeout: 15_000 } },
					testTimeout: 120_000,
					hookTimeout: 240_000,
				},
			},
		],
	},
});
