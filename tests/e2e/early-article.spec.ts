import type { Page } from '@playwright/test';
import { referenceArticle } from '../../mocks/data/reference-article';
import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test } from './fixtures';

/** Holds the app's code back until `release()`: what shows meanwhile is the pre-app paint. */
async function holdAppCode(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the article shows before the app code arrives, and stays in place when it does', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`, { waitUntil: 'commit' });

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(REFERENCE_TITLE);
  await expect(page.locator('#article-body p')).toHaveText(referenceArticle.body);
  await expect(page.getByRole('banner')).toContainText('زاكروس عربية');
  await expect(page).toHaveTitle(REFERENCE_TITLE);
  // Only the pre-app paint so far: the app brings the share button.
  await expect(page.getByRole('button', { name: 'مشاركة' })).toHaveCount(0);
  const before = await title.boundingBox();
  const lastBefore = await page.locator('#article-body p').last().boundingBox();
  const paintedTitle = await title.elementHandle();

  release();
  // The app's own parts arrive: the share button and the comments.
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'التعليقات (0)' })).toBeVisible();
  // The weather, asked for once the page is adopted, fills its reserved slot.
  await expect(page.getByRole('banner')).toContainText('أربيل 6°C');
  // React adopted the painted nodes rather than building its own (a mismatch would have rebuilt
  // them, and reported an error in the page).
  expect(await paintedTitle?.evaluate((element) => element.isConnected)).toBe(true);
  expect(await title.boundingBox()).toEqual(before);
  expect(await page.locator('#article-body p').last().boundingBox()).toEqual(lastBefore);
  await expect(page.locator('h1')).toHaveCount(1);
});

test("the article shows at the reader's chosen text size before the app code arrives", async ({ page }) => {
  // A reader who chose a larger text size on an earlier visit.
  await page.addInitScript(() => localStorage.setItem('reader:text-scale', '2'));
  const release = await holdAppCode(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`, { waitUntil: 'commit' });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  // The body comes a screenful per frame: the whole of it before its last line is measured.
  await expect(page.locator('#article-body p')).toHaveText(referenceArticle.body);
  await expect(page.getByRole('button', { name: 'مشاركة' })).toHaveCount(0);
  const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await rootFontSize()).toBe('18px');
  const lastParagraph = await page.locator('#article-body p').last().boundingBox();

  release();
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
  expect(await rootFontSize()).toBe('18px');
  expect(await page.locator('#article-body p').last().boundingBox()).toEqual(lastParagraph);
});

test('the site shows at once, while the article is still on its way', async ({ page }) => {
  const release = await holdAppCode(page);
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route(`**/api/articles/${REFERENCE_SLUG}`, async (route) => {
    await answered;
    await route.continue();
  });
  await page.goto(`/articles/${REFERENCE_SLUG}`, { waitUntil: 'commit' });

  await expect(page.getByRole('banner')).toContainText('زاكروس عربية');
  await expect(page.getByRole('main')).toBeEmpty();
  answer();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
});

test('the first frame the reader sees already has the site in it, never a blank page', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  const paints = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime])),
  );
  // A blank first frame would be a first paint before the first contentful one.
  expect(paints['first-contentful-paint']).toBeGreaterThan(0);
  expect(paints['first-paint']).toBe(paints['first-contentful-paint']);
});

test('a keyboard reader keeps their place when the app takes the page over', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'انتقل إلى المحتوى' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  const earlyMain = await page.locator('#main').elementHandle();

  release();
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
  // The same <main>, adopted by the app, and the focus still on it.
  expect(await earlyMain?.evaluate((element) => element.isConnected)).toBe(true);
  await expect(page.locator('#main')).toBeFocused();
});

test('a reader who scrolled on before the app arrived stays where they are', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto(`/articles/${REFERENCE_SLUG}`, { waitUntil: 'commit' });
  const fifth = page.locator('#article-body p').nth(4);
  await expect(fifth).toHaveText(referenceArticle.body[4] ?? '');
  await fifth.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  release();
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeAttached();
  await expect(page.getByRole('region', { name: 'التعليقات (0)' })).toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('an unknown article is left to the app, which says it is not found', async ({ page }) => {
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخبر غير موجود');
});

test('the early answer is used: the article is asked for once', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/api/articles/${REFERENCE_SLUG}`) && !request.url().includes('/comments'))
      requests.push(request.url());
  });
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('button', { name: 'مشاركة' })).toBeVisible();
  expect(requests).toHaveLength(1);
});
