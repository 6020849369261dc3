// `npm run bench:offline`: what the service worker and the persisted cache cost and give, measured
// in the installed Chromium against the production build (`npm run build` first) on the HTTP mock.
//   1. A repeat visit: the article painted (FCP and LCP) on a first visit over a throttled mobile
//      network (150 ms RTT, 1.6 Mbit/s down, CPU 4× slower), against a reload of the same article
//      with the network off (from the worker's saved copy and precache), and a reload online.
//      Medians of --runs fresh browser profiles (default 5).
//   2. Storage: every article of the mock opened once (as a reader would in a week), then
//      navigator.storage.estimate() and each cache's entries and bytes.
//
//   node scripts/bench-offline.mjs [--runs N]     BUILD_OUT_DIR picks the build (default dist);
//   ports: BENCH_OFFLINE_MOCK_PORT (8851), BENCH_OFFLINE_APP_PORT (4251).
/* global caches -- used inside page.evaluate, in the browser */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(args.runs ?? 5);
const OUT = process.env.BUILD_OUT_DIR ?? 'dist';
const MOCK_PORT = Number(process.env.BENCH_OFFLINE_MOCK_PORT ?? 8851);
const APP_PORT = Number(process.env.BENCH_OFFLINE_APP_PORT ?? 4251);
const APP = `http://127.0.0.1:${APP_PORT}`;
const ARTICLE = '/articles/kadhimi-mckenzie-technical-committee';

if (!existsSync(`${OUT}/server/index.js`)) throw new Error(`No build in ${OUT}: run npm run build first`);

function start(command, argv, env, ready) {
  const child = spawn(command, argv, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
    const poll = async () => {
      try {
        if ((await fetch(ready)).ok) return resolve(child);
      } catch {
        // not up yet
      }
      setTimeout(poll, 200);
    };
    void poll();
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** FCP and LCP of the page just loaded, in ms from its navigation start. */
async function paintTimes(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ fcp, lcp: entries[entries.length - 1]?.startTime ?? NaN });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

async function repeatVisit(browser) {
  const context = await browser.newContext({ locale: 'ar-IQ', timezoneId: 'Asia/Baghdad' });
  const page = await context.newPage();
  await throttle(context, page);
  await page.goto(`${APP}${ARTICLE}`);
  const first = await paintTimes(page);
  // The worker is up and has saved the page (as after any first visit).
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await page.waitForFunction(
    async (path) =>
      (await (await caches.open('pages-v1')).keys()).some((r) => new URL(r.url).pathname === path),
    ARTICLE,
  );
  await page.goto(`${APP}${ARTICLE}`);
  const online = await paintTimes(page);
  await context.setOffline(true);
  await page.goto(`${APP}${ARTICLE}`);
  const offline = await paintTimes(page);
  await context.close();
  return { first, online, offline };
}

async function weekOfReading(browser) {
  const context = await browser.newContext({ locale: 'ar-IQ', timezoneId: 'Asia/Baghdad' });
  const page = await context.newPage();
  await page.goto(`${APP}/`);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  const list = await (await fetch(`http://127.0.0.1:${MOCK_PORT}/api/articles?page=1&pageSize=50`)).json();
  const slugs = list.items.map((item) => item.slug);
  for (const slug of slugs) {
    await page.goto(`${APP}/articles/${slug}`);
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    // Down to the comments, as a reader who reads to the end.
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await page.getByRole('group', { name: 'ترتيب التعليقات' }).waitFor();
  }
  await page.waitForTimeout(1500); // the persister writes at most once a second
  const result = await page.evaluate(async () => {
    const caches_ = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const requests = await cache.keys();
      let bytes = 0;
      for (const request of requests) bytes += (await (await cache.match(request)).blob()).size;
      caches_[name] = { entries: requests.length, bytes };
    }
    const { usage, usageDetails } = await navigator.storage.estimate();
    return { caches: caches_, usage, usageDetails };
  });
  await context.close();
  return { articles: slugs.length, ...result };
}

const mock = await start(
  'npx',
  ['tsx', 'mocks/http.ts'],
  { PORT: String(MOCK_PORT), HOST: '127.0.0.1' },
  `http://127.0.0.1:${MOCK_PORT}/__mocks/settings`,
);
const app = await start(
  'node',
  [`${OUT}/server/index.js`],
  {
    NODE_ENV: 'production',
    PORT: String(APP_PORT),
    HOST: '127.0.0.1',
    API_URL: `http://127.0.0.1:${MOCK_PORT}`,
  },
  `${APP}/healthz`,
);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await repeatVisit(browser));
  const row = (label, key) =>
    `${label.padEnd(44)}${String(Math.round(median(runs.map((r) => r[key].fcp)))).padStart(8)}${String(Math.round(median(runs.map((r) => r[key].lcp)))).padStart(8)}`;
  console.log(
    `\nThe article painted, ms from navigation start (median of ${RUNS}; 150 ms RTT, 1.6 Mbit/s, CPU 4×):`,
  );
  console.log(`${''.padEnd(44)}${'FCP'.padStart(8)}${'LCP'.padStart(8)}`);
  console.log(row('first visit (network, nothing cached)', 'first'));
  console.log(row('repeat visit online (worker, network first)', 'online'));
  console.log(row('repeat visit, network off (saved copy)', 'offline'));

  const week = await weekOfReading(browser);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `\nStorage after opening all ${week.articles} articles of the mock, each read to its comments:`,
  );
  for (const [name, { entries, bytes }] of Object.entries(week.caches))
    console.log(`  ${name.padEnd(40)}${String(entries).padStart(4)} entries ${kb(bytes).padStart(10)}`);
  console.log(
    `  navigator.storage.estimate(): ${kb(week.usage)} in all ${JSON.stringify(week.usageDetails ?? {})}`,
  );
  const pages = week.caches['pages-v1'];
  if (pages)
    console.log(
      `  per saved article page: ${kb(pages.bytes / pages.entries)}; at the cap of 60 pages: ${kb((pages.bytes / pages.entries) * 60)} of pages`,
    );
} finally {
  await browser.close();
  app.kill();
  mock.kill();
}
