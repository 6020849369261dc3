import type { Page } from '@playwright/test';
import {
  expect,
  REFERENCE_SLUG,
  REFERENCE_TITLE,
  scrollToComments,
  scrollToFooter,
  test,
  waitForApp,
} from './fixtures';

/** Lets `count` frames of the page go by: what the app does on its first frames has been done. */
function framesPass(page: Page, count: number) {
  return page.evaluate(async (frames) => {
    for (let frame = 0; frame < frames; frame++)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }, count);
}

/** The requests for the comments' data and for the code of what comes below or later. */
function recordLaterRequests(page: Page) {
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (
      /\/comments$|\/(comments-section|notification-settings|notification-prompt)-[\w-]+\.js$/.test(pathname)
    )
      asked.push(pathname.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  return asked;
}

test('a reader on the first screen loads nothing of the comments, the footer control or the prompt', async ({
  page,
}) => {
  const asked = recordLaterRequests(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('banner')).toContainText('°C');
  // The app is up, and has looked at where the reader is (its observers report in the frames
  // after it starts).
  await waitForApp(page);
  await framesPass(page, 3);
  const comments = page.getByRole('region', { name: 'التعليقات (0)' });
  // The region and its heading are there from the start, more than a screen below this one.
  await expect(comments.getByRole('heading', { name: 'التعليقات (0)' })).toBeAttached();
  const screensBelow = await comments.evaluate(
    (element) => element.getBoundingClientRect().top / innerHeight,
  );
  expect(screensBelow).toBeGreaterThan(2);
  expect(asked).toEqual([]);

  await scrollToComments(page);
  await expect(comments).toContainText('لا توجد تعليقات حتى الآن');
  expect(asked).toContain(`/api/articles/${REFERENCE_SLUG}/comments`);
  expect(asked).toContain('/assets/comments-section.js');

  await scrollToFooter(page);
  expect(asked).toContain('/assets/notification-settings.js');
});

test('the prompt’s code comes once the reader reads on', async ({ page }) => {
  const asked = recordLaterRequests(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await framesPass(page, 3);
  expect(asked).not.toContain('/assets/notification-prompt.js');
  await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.6)));
  await expect(page.getByRole('dialog', { name: 'هل ترغب في تلقي إشعارات؟' })).toBeVisible();
  expect(asked).toContain('/assets/notification-prompt.js');
});

test('offline, the comments wait for the connection, and come when it returns', async ({ page, context }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  const comments = page.getByRole('region', { name: 'التعليقات (0)' });
  await comments.scrollIntoViewIfNeeded();
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  // Their place and heading stay; the article stays whole around them.
  await expect(comments.getByRole('heading', { name: 'التعليقات (0)' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await context.setOffline(false);
  await expect(comments).toContainText('لا توجد تعليقات حتى الآن');
  await expect(page.getByRole('region', { name: 'إشعارات الأخبار' })).toBeVisible();
});
