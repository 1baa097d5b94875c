import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests and fixture builds. The browser suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
	resolve: {
		alias: { 'virtual:memoria/config': fileURLToPath(new URL('./tests/unit/support/site-config.ts', import.meta.url)) },
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		globalSetup: ['tests/build/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
