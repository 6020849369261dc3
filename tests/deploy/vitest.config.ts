import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The deploy tests (`vitest run --config tests/deploy/vitest.config.ts`), after `npm run build`:
 * the shipped deploy/nginx.conf in front of two instances of the built server
 * (`node <BUILD_OUT_DIR or dist>/server/index.js`) on the HTTP mock API, all on local ports. The
 * global setup finds nginx (or installs it, as root on Debian) and starts the mock API; each file
 * starts its own app instances and nginx, since the tests stop and kill them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/deploy/**/*.test.ts'],
    globalSetup: ['tests/deploy/global-setup.ts'],
    // One mock API, and load tests that should not share the machine with each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    restoreMocks: true,
  },
});
