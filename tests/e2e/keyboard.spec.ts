import type { Locator, Page } from '@playwright/test';
import { expect, REFERENCE_SLUG, test, waitForApp } from './fixtures';

/**
 * Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. The
 * target may come only as the focus nears it (the comments load as the reader nears them).
 */
async function tabTo(page: Page, target: Locator, maxStops = 80) {
  for (let stop = 0; stop < maxStops; stop++) {
    const focused =
      (await target.count()) > 0 && (await target.evaluate((element) => element === document.activeElement));
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached by Tab: ${target}`);
}

test('home: «المزيد» by keyboard', async ({ page }) => {
  await page.goto('/');
  const more = page.getByRole('button', { name: 'المزيد' });
  await expect(more).toBeVisible();
  // The button is the app's: it works once the app has taken over the server's HTML.
  await waitForApp(page);
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('link', { name: 'إعادة افتتاح المكتبة المركزية في جامعة الموصل' }),
  ).toBeVisible();
});

test('article: sort, reply and send, all by keyboard', async ({ page, request }) => {
  const posted = await request.post(`/api/articles/${REFERENCE_SLUG}/comments`, {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: { authorName: 'ليلى', body: 'تعليق أول' },
  });
  expect(posted.status()).toBe(201);
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  const comments = page.getByRole('region', { name: 'التعليقات (1)' });

  // Tabbing down the page brings the comments in as the focus nears them.
  const oldest = comments.getByRole('button', { name: 'الأقدم' });
  await tabTo(page, oldest);
  await expect(comments.getByText('تعليق أول')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(oldest).toHaveAttribute('aria-pressed', 'true');

  const reply = comments.getByRole('button', { name: 'رد' });
  await tabTo(page, reply);
  await page.keyboard.press('Enter');
  const name = comments.getByLabel('الاسم').first();
  await tabTo(page, name);
  await page.keyboard.type('سامر');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ردّ بلوحة المفاتيح');
  const send = comments.getByRole('button', { name: 'إرسال' }).first();
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'التعليقات (2)' }).getByText('ردّ بلوحة المفاتيح'),
  ).toBeVisible();
});

test('the notification prompt: reached and dismissed by keyboard', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /التعليقات/ })).toBeVisible();
  await waitForApp(page);
  // Reading on with the keyboard is engagement, as scrolling is.
  const dialog = page.getByRole('dialog', { name: 'هل ترغب في تلقي إشعارات؟' });
  for (let press = 0; press < 4; press++) await page.keyboard.press('PageDown');
  await expect(dialog).toBeVisible();
  const later = dialog.getByRole('button', { name: 'لاحقاً' });
  await tabTo(page, later, 200);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
});

test('article: from the first Tab, the stops run from the header through the article into the comments', async ({
  page,
}) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await page.keyboard.press('Tab');
  // The first Tab brings what is below the article, though the page has not scrolled.
  await expect(page.getByRole('button', { name: 'الأحدث' })).toBeAttached();
  const related = page.getByRole('region', { name: 'أخبار ذات صلة' }).getByRole('link');
  const mostRead = page.getByRole('region', { name: 'الأكثر قراءة' }).getByRole('link');
  await expect(related).toHaveCount(4);
  await expect(mostRead).toHaveCount(5);
  const sections = ['الرئيسية', 'العراق', 'إقليم كوردستان', 'اقتصاد', 'رياضة', 'ثقافة'];
  const expected = [
    'انتقل إلى المحتوى',
    // The breaking bar, at the top of every page.
    'ارتفاع مناسيب المياه في سد دهوك بعد أمطار غزيرة',
    'إخفاء الخبر العاجل',
    'زاكروس عربية',
    'بحث',
    'بحث',
    'تصغير الخط',
    'تكبير الخط',
    ...sections,
    // The article's tag and share, then the stories after it, then the comments.
    'العراق',
    'مشاركة',
    ...(await related.allTextContents()),
    ...(await mostRead.allTextContents()),
    'الأحدث',
  ];
  const stops = [await focusedName(page)];
  while (stops.length < expected.length) {
    await page.keyboard.press('Tab');
    stops.push(await focusedName(page));
  }
  expect(stops).toEqual(expected);
});

function focusedName(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    // A field is named by its label.
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
    return element?.getAttribute('aria-label') ?? label?.trim() ?? element?.textContent?.trim() ?? '';
  });
}
