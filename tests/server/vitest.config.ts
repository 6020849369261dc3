import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The built production server's tests (`vitest run --config tests/server/vitest.config.ts`),
 * after `npm run build`: plain HTTP against `node <BUILD_OUT_DIR or dist>/server/index.js` on the
 * mock API, both started by the global setup. Node, not jsdom: pages are parsed with jsdom's own
 * API where a test reads them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    globalSetup: ['tests/server/global-setup.ts'],
    // One mock API holds the faults: the files take their turns.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    restoreMocks: true,
  },
});
