import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests alone, without building the fixture sites first: for a quick run while writing code
// (`npm run test:unit`). `npm test` runs them with the fixture builds (vitest.config.ts).
export default defineConfig({
	resolve: {
		alias: { 'virtual:memoria/config': fileURLToPath(new URL('./tests/unit/support/site-config.ts', import.meta.url)) },
	},
	test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
