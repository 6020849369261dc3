import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test, waitForApp } from './fixtures';

const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

test('the article shows from the server’s HTML, and the app’s code is asked for only once it is painted', async ({
  page,
}) => {
  const response = await page.goto(`/articles/${REFERENCE_SLUG}`);
  // Nothing in the HTML asks for the app's code ahead of the paint: no script src, no preload.
  const html = (await response?.text()) ?? '';
  expect(html).toContain(REFERENCE_TITLE);
  expect(html).not.toMatch(/<script[^>]*\ssrc=|rel="modulepreload"/);

  await page.waitForFunction(
    (pattern) =>
      performance.getEntriesByType('resource').some((entry) => new RegExp(pattern).test(entry.name)),
    APP_SCRIPT.source,
  );
  const { firstPaint, appRequested } = await page.evaluate((pattern) => {
    const app = performance
      .getEntriesByType('resource')
      .find((entry) => new RegExp(pattern).test(entry.name));
    return {
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      appRequested: app?.startTime ?? -1,
    };
  }, APP_SCRIPT.source);
  expect(firstPaint).toBeLessThan(Infinity);
  expect(appRequested).toBeGreaterThan(firstPaint);
});

test('once hydrated, the page is a single-page app: links navigate without a reload', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);

  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('article').getByRole('link', { name: 'العراق' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أخبار العراق' })).toBeVisible();
  await expect(page).toHaveTitle('أخبار العراق – زاكروس عربية');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});
