import { expect, REFERENCE_SLUG, REFERENCE_TITLE, scrollToComments, test, waitForApp } from './fixtures';

/** Each fault, and the status the server answers a page with when its data meets it. */
const faults = {
  'a 500': { fault: { status: 500 }, pageStatus: 502 },
  'a dropped connection': { fault: { drop: true }, pageStatus: 503 },
  'an answer that is not JSON': { fault: { badBody: 'not-json' }, pageStatus: 502 },
  'JSON that breaks the contract': { fault: { badBody: 'schema' }, pageStatus: 502 },
  // The server gives up at its deadline (API_TIMEOUT_MS, 5 s by default) and answers 503.
  'a request never answered': { fault: { hang: true }, pageStatus: 503 },
  'an answer that trickles in': { fault: { trickle: true }, pageStatus: 503 },
} as const;

/** Faults that only end at a deadline: the browser's (15 s for a read) is passed with the page's clock. */
const endless = new Set<string>(['a request never answered', 'an answer that trickles in']);

const screens = [
  { route: 'articles', path: '/', error: 'تعذّر تحميل الأخبار.', heading: 'آخر الأخبار' },
  {
    route: 'article',
    path: `/articles/${REFERENCE_SLUG}`,
    error: 'تعذّر تحميل الخبر.',
    heading: REFERENCE_TITLE,
  },
  { route: 'tag', path: '/tags/iraq', error: 'تعذّر تحميل الأخبار.', heading: 'أخبار العراق' },
] as const;

for (const [name, { fault, pageStatus }] of Object.entries(faults)) {
  for (const screen of screens) {
    test(`${name} on ${screen.route}: an Arabic error, then a retry that recovers`, async ({
      page,
      mockApi,
    }) => {
      await mockApi.settings({ faults: { [screen.route]: fault } });
      // The server asks the API once, and answers with the error page and a true status.
      const response = await page.goto(screen.path);
      expect(response?.status()).toBe(pageStatus);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(screen.error);
      await expect(page.getByRole('banner')).toBeVisible();
      // The app takes the page over while the API is still failing; then the API recovers, and
      // the retry (the app's: the data again, in the page, without a reload) brings the screen.
      await waitForApp(page);
      await expect(alert).toContainText(screen.error);
      await mockApi.settings({ faults: { [screen.route]: null } });
      await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.heading);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(REFERENCE_TITLE).first()).toBeVisible();
    });
  }

  test(`${name} on the comments and the weather leaves the article whole`, async ({ page, mockApi }) => {
    await mockApi.settings({ faults: { comments: fault, weather: fault } });
    if (endless.has(name)) await page.clock.install();
    await page.goto(`/articles/${REFERENCE_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
    const comments = await scrollToComments(page);
    if (endless.has(name)) {
      // Still waiting, with the comments' place kept and no error yet; then the deadline passes.
      await expect(comments.getByText('جارٍ التحميل…')).toBeVisible();
      await expect(comments.getByRole('alert')).toHaveCount(0);
      await page.clock.fastForward('00:16');
    }
    await expect(comments.getByRole('alert')).toContainText('تعذّر تحميل التعليقات.', { timeout: 15_000 });
    await expect(page.getByRole('banner')).toContainText(/\d{2}:\d{2}/);
    await expect(page.getByRole('banner')).not.toContainText('°C');
  });
}

test('a slow article comes whole from the server, with no skeleton', async ({ page, mockApi }) => {
  await mockApi.settings({ faults: { article: { delayMs: 2500 } } });
  const response = await page.goto(`/articles/${REFERENCE_SLUG}`);
  expect(response?.status()).toBe(200);
  // The server waited for the API: the first thing the reader sees is the article itself.
  const html = (await response?.text()) ?? '';
  expect(html).toContain(REFERENCE_TITLE);
  expect(html).not.toContain('جارٍ التحميل…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.getByLabel('جارٍ التحميل…')).toHaveCount(0);
});

test('on the way to a slow article, the current page stays, busy, then the article replaces it', async ({
  page,
  mockApi,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await mockApi.settings({ faults: { article: { delayMs: 2500 } } });
  await page.getByRole('link', { name: REFERENCE_TITLE }).click();
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE, { timeout: 10_000 });
  await expect(page).toHaveURL(`/articles/${REFERENCE_SLUG}`);
  await expect(main).not.toHaveAttribute('aria-busy');
});

test('offline: a banner says so and the article stays readable', async ({ page, context }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  // The app is up (the heading alone is the server's HTML).
  await waitForApp(page);
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  // A page never loaded cannot come offline: its error page says so at once, with a retry.
  await page.getByRole('link', { name: 'زاكروس عربية' }).click();
  await expect(page.getByRole('alert')).toContainText('تعذّر تحميل الأخبار.');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await context.setOffline(false);
  await expect(page.getByText('أنت غير متصل بالإنترنت', { exact: false })).toHaveCount(0);
});
