import { defineConfig } from 'vitest/config';

// Memoria installed from its tarball into sites made by `memoria init` (tests/build/init-package.test.ts):
// needs the npm registry and about two minutes, so `npm run test:install` runs it on its own.
export default defineConfig({ test: { include: ['tests/build/init-package.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 } });
