import { expect, REFERENCE_SLUG, REFERENCE_TITLE, scrollToComments, test } from './fixtures';

const faults = {
  'a 500': { status: 500 },
  'a dropped connection': { drop: true },
  'an answer that is not JSON': { badBody: 'not-json' },
  'JSON that breaks the contract': { badBody: 'schema' },
} as const;

const screens = [
  { route: 'articles', path: '/', error: 'تعذّر تحميل الأخبار.' },
  { route: 'article', path: `/articles/${REFERENCE_SLUG}`, error: 'تعذّر تحميل الخبر.' },
  { route: 'tag', path: '/tags/iraq', error: 'تعذّر تحميل الأخبار.' },
] as const;

for (const [name, fault] of Object.entries(faults)) {
  for (const screen of screens) {
    test(`${name} on ${screen.route}: an Arabic error, then a retry that recovers`, async ({
      page,
      mockApi,
    }) => {
      await mockApi.settings({ faults: { [screen.route]: fault } });
      await page.goto(screen.path);
      const alert = page.getByRole('alert');
      // GETs retry with back-off before giving up, so the error comes after a few seconds.
      await expect(alert).toContainText(screen.error, { timeout: 15_000 });
      await expect(page.getByRole('banner')).toBeVisible();
      await mockApi.settings({ faults: { [screen.route]: null } });
      await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      if (screen.route !== 'tag') await expect(page.getByText(REFERENCE_TITLE).first()).toBeVisible();
    });
  }

  test(`${name} on the comments and the weather leaves the article whole`, async ({ page, mockApi }) => {
    await mockApi.settings({ faults: { comments: fault, weather: fault } });
    await page.goto(`/articles/${REFERENCE_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
    const comments = await scrollToComments(page);
    await expect(comments.getByRole('alert')).toContainText('تعذّر تحميل التعليقات.', { timeout: 15_000 });
    await expect(page.getByRole('banner')).toContainText(/\d{2}:\d{2}/);
    await expect(page.getByRole('banner')).not.toContainText('°C');
  });
}

test('a slow article shows its skeleton, then the article', async ({ page, mockApi }) => {
  await mockApi.settings({ faults: { article: { delayMs: 2500 } } });
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByLabel('جارٍ التحميل…')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE, { timeout: 10_000 });
});

test('offline: a banner says so and the article stays readable', async ({ page, context }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  // The app is up (the heading alone may still be the pre-app paint).
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await page.getByRole('link', { name: 'زاكروس عربية' }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await context.setOffline(false);
  await expect(page.getByText('أنت غير متصل بالإنترنت', { exact: false })).toHaveCount(0);
});
