import { defineConfig } from 'vitest/config';

// Unit tests and fixture builds. The browser suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
