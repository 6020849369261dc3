import type { APIRequestContext, Page } from '@playwright/test';
import { expect, MOCK_API_URL, REFERENCE_SLUG, test, waitForApp } from './fixtures';

/**
 * Real readers' Core Web Vitals, measured by Chromium itself: the app reports each page view once,
 * as the page is hidden, through the production server's `/api/*` passthrough, to the mock API,
 * which lists them at `/__mocks/vitals`.
 */
type Report = { route: string; lcp?: number; inp?: number; cls?: number; navigationType?: string };
type Listed = {
  count: number;
  summary: Record<string, { views: number; lcp: { count: number; p75: number } | null }>;
  reports: Report[];
};

async function vitals(request: APIRequestContext): Promise<Listed> {
  const response = await request.get(`${MOCK_API_URL}/__mocks/vitals`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Listed;
}

/**
 * Notes which entry types the page's PerformanceObservers watch. The reporter's code comes after
 * hydration; once it watches layout shifts it has started, and a hidden page has a view to report.
 */
async function noteObservers(page: Page) {
  await page.addInitScript(() => {
    const observe = PerformanceObserver.prototype.observe;
    const observed: string[] = [];
    Object.assign(window, { observedEntryTypes: observed });
    PerformanceObserver.prototype.observe = function (this: PerformanceObserver, options) {
      if (options?.type) observed.push(options.type);
      return observe.call(this, options);
    };
  });
}

async function waitForReporter(page: Page) {
  await page.waitForFunction(() =>
    (window as unknown as { observedEntryTypes: string[] }).observedEntryTypes.includes('layout-shift'),
  );
}

const ARTICLE = `/articles/${REFERENCE_SLUG}`;

// With the site's service worker, as readers have it: on a first visit it installs as the page is
// left, and the page's last beacon must still arrive (POSTs to the API bypass the worker).

test('a reader’s visit to the article is reported once, with its route’s pattern and its LCP, when the page is left', async ({
  page,
  request,
}) => {
  await noteObservers(page);
  await page.goto(ARTICLE);
  await waitForApp(page);
  await waitForReporter(page);
  // The reader reads on, and makes the text larger.
  await page.getByRole('article').getByRole('paragraph').nth(3).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'تكبير الخط' }).click();
  expect((await vitals(request)).count).toBe(0);

  // Leaving the page hides it: the view is reported then, by a beacon that outlives the page.
  await page.goto('about:blank');
  await expect.poll(async () => (await vitals(request)).count).toBe(1);
  const { reports, summary } = await vitals(request);
  const [report] = reports;
  expect(report).toMatchObject({ route: '/articles/:slug', navigationType: 'navigate' });
  expect(report?.lcp).toBeGreaterThan(0);
  expect(report?.cls).toBeGreaterThanOrEqual(0);
  // The click is the reader's only interaction: its latency is the view's INP.
  expect(report?.inp).toBeGreaterThanOrEqual(0);
  expect(summary['/articles/:slug']).toMatchObject({ views: 1, lcp: { count: 1, p75: report?.lcp } });
  // Nothing of the address the reader read.
  expect(JSON.stringify(reports)).not.toContain(REFERENCE_SLUG);
});

test('a client-side navigation ends the article’s view; the tag page’s view is reported without an LCP', async ({
  page,
  request,
}) => {
  await noteObservers(page);
  await page.goto(ARTICLE);
  await waitForApp(page);
  await waitForReporter(page);
  await page.getByRole('article').getByRole('link', { name: 'العراق' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أخبار العراق' })).toBeVisible();
  // The article's view is reported as the next page comes, without waiting for the page to hide.
  await expect
    .poll(async () => (await vitals(request)).reports.map((report) => report.route))
    .toEqual(['/articles/:slug']);

  // The reader switches to another tab.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(async () => (await vitals(request)).count).toBe(2);
  const { reports } = await vitals(request);
  expect(reports[0]?.lcp).toBeGreaterThan(0);
  expect(reports[0]?.inp).toBeGreaterThanOrEqual(0);
  expect(reports[1]).toMatchObject({ route: '/tags/:slug', navigationType: 'soft-navigation' });
  expect(reports[1]).not.toHaveProperty('lcp');
  expect(reports[1]?.cls).toBeGreaterThanOrEqual(0);
});
