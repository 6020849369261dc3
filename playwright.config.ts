import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts, without types
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

// Ports and build folder can move, so two runs on one machine do not collide.
const MOCK_API_PORT = Number(process.env.E2E_MOCK_PORT ?? 8787);
const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

/**
 * Browser tests run the production build (`vite preview`) against the HTTP mock API, proxied to
 * the same origin, in an installed Chromium. `npm run build` comes first (npm test does it).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // One mock server holds the data, so tests that change it run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
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
      url: `http://127.0.0.1:${MOCK_API_PORT}/__mocks/settings`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --outDir ${OUT_DIR}`,
      env: { MOCK_API_URL: `http://127.0.0.1:${MOCK_API_PORT}` },
      url: `http://localhost:${PREVIEW_PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
