import { defineConfig } from 'vitest/config';

/**
 * The real-browser end-to-end suite (tests/e2e/): builds the demo site, serves dist/ on a
 * loopback port and drives Debian's Chromium with playwright-core. Run with `npm run test:e2e`.
 * Test files run one after another (one browser each); tests inside a file run a few at a time.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		environment: 'node',
		fileParallelism: false,
		maxWorkers: 1,
		maxConcurrency: 3,
		testTimeout: 120_000,
		hookTimeout: 120_000,
		teardownTimeout: 30_000,
		reporters: ['default'],
	},
});
