import { referenceArticle } from '../../mocks/data/reference-article';
import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test, waitForApp } from './fixtures';

test('a reader opens the reference article from the home page and reads it to the end', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('أربيل 6°C');
  await waitForApp(page);
  await page.getByRole('link', { name: REFERENCE_TITLE }).click();

  await expect(page).toHaveURL(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page).toHaveTitle(REFERENCE_TITLE);
  const article = page.getByRole('article');
  await expect(article.getByText(referenceArticle.subtitle)).toBeVisible();
  await expect(article.getByText('زاكروس عربية – أربيل')).toBeVisible();
  const paragraphs = article.locator('#article-body p');
  await expect(paragraphs).toHaveText(referenceArticle.body);
  await paragraphs.last().scrollIntoViewIfNeeded();
  await expect(paragraphs.last()).toBeInViewport();
  await expect(page.getByRole('region', { name: 'التعليقات (0)' })).toContainText('لا توجد تعليقات حتى الآن');
});

test('a deep link to an article survives a reload', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
});

test('the tag link leads to the tag page with its articles', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await page.getByRole('article').getByRole('link', { name: 'العراق' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
  await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
});

test('«المزيد» loads older news', async ({ page }) => {
  await page.goto('/');
  // The button is the app's: it works once the app has taken over the server's HTML.
  await waitForApp(page);
  await page.getByRole('button', { name: 'المزيد' }).click();
  await expect(
    page.getByRole('link', { name: 'إعادة افتتاح المكتبة المركزية في جامعة الموصل' }),
  ).toBeVisible();
});

test('unknown pages, slugs and tags show the Arabic not-found page, with a 404', async ({ page }) => {
  for (const [path, heading] of [
    ['/no/such/page', 'الصفحة غير موجودة'],
    ['/tags/no-such-tag', 'الصفحة غير موجودة'],
    ['/articles/no-such-article', 'الخبر غير موجود'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await waitForApp(page);
  await page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
});

test('the page is right to left and never scrolls sideways', async ({ page }) => {
  for (const path of ['/', `/articles/${REFERENCE_SLUG}`, '/tags/iraq']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scroll on ${path}`).toBe(0);
  }
});

test('the skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('a failed load shows an error with a retry that recovers', async ({ page, mockApi }) => {
  await mockApi.settings({ faults: { article: { status: 500, times: 3 } } });
  // The server asks once and answers with the Arabic error page, as a bad gateway.
  const response = await page.goto(`/articles/${REFERENCE_SLUG}`);
  expect(response?.status()).toBe(502);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('تعذّر تحميل الخبر.');
  // The retry is the app's; it tries again with back-off until the API answers.
  await waitForApp(page);
  await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
});
