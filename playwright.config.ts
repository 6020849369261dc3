import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without types
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';
import { APP_PORT, APP_URL, MOCK_API_PORT, MOCK_API_URL, OUT_DIR } from './tests/e2e/support/servers';

/**
 * Browser tests run the production server (`node <out>/server/index.js`, as `npm start` does)
 * against the HTTP mock API on its own origin, in an installed Chromium. `npm run build` comes
 * first (npm test does it); the global setup builds and serves the static demo beside them.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // One mock server holds the data, so tests that change it run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: APP_URL,
    locale: 'ar-IQ',
    timezoneId: 'Asia/Baghdad',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: (findChromium() as string | null) ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      // The fault matrix is about data, not width: it runs once, on the desktop.
      name: 'phone',
      testIgnore: /faults\.spec\.ts/,
      use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 }, defaultBrowserType: 'chromium' },
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `npx tsx mocks/http.ts`,
      env: { PORT: String(MOCK_API_PORT), HOST: '127.0.0.1' },
      url: `${MOCK_API_URL}/__mocks/settings`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node ${OUT_DIR}/server/index.js`,
      env: {
        NODE_ENV: 'production',
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        API_URL: MOCK_API_URL,
        // Every page load renders: the tests change the API between loads of one page. The render
        // cache, which would answer with the render of a moment ago, has its own server tests.
        RENDER_CACHE_MS: '0',
      },
      url: `${APP_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
