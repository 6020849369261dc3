import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, MOCK_API_URL, REFERENCE_SLUG, REFERENCE_TITLE, test, waitForApp } from './fixtures';

const IMAGE_ARTICLE = '/articles/erbil-fc-league-win';
const IMAGE_ALT = 'رسم لملعب ليلي تضيئه أبراج الإنارة';
const BREAKING_TITLE = 'ارتفاع مناسيب المياه في سد دهوك بعد أمطار غزيرة';

/** The page's layout shifts so far (not after input), summed, from the browser's own record. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${label}`,
  ).toEqual([]);
}

test('the lead picture comes from its srcset at the width it needs, and nothing shifts', async ({ page }) => {
  await page.goto(IMAGE_ARTICLE);
  const picture = page.getByRole('article').getByRole('img', { name: IMAGE_ALT });
  await expect(picture).toHaveAttribute('fetchpriority', 'high');
  await expect(picture).toHaveAttribute('srcset', /stadium-400\.webp 400w/);
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/stadium-\d+\.webp$/);
  // As wide as the column, in 16:9.
  const box = await picture.boundingBox();
  expect(box && Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
  await expect(page.getByText('تصوير: زاكروس')).toBeVisible();
  await waitForApp(page);
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.002);
  await expectNoViolations(page, 'article with a picture');
});

test('the home page leads with thumbnails and keeps still as they load', async ({ page }) => {
  await page.goto('/');
  const thumbnails = page.getByRole('main').locator('img');
  await expect(thumbnails.first()).toBeVisible();
  await waitForApp(page);
  await page.mouse.wheel(0, 1500);
  await expect
    .poll(() => thumbnails.nth(3).evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.002);
});

test('a reader moves through the sections by keyboard, and the current one is marked', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const sections = page.getByRole('navigation', { name: 'الأقسام' });
  await expect(sections.getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('aria-current', 'page');
  await sections.getByRole('link', { name: 'الرئيسية' }).focus();
  const sports = sections.getByRole('link', { name: 'رياضة' });
  for (
    let step = 0;
    step < 6 && !(await sports.evaluate((link) => link === document.activeElement));
    step += 1
  )
    await page.keyboard.press('Tab');
  await expect(sports).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tags\/sports$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار رياضة');
  await expect(sports).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('link', { name: 'الرئيسية' })).not.toHaveAttribute('aria-current');
});

test('search finds the article however the reader spells it, and marks the matches', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  for (const typed of ['إستراتيجى', 'الاسْتراتيجـي', 'استراتيجي']) {
    const box = page.getByRole('searchbox', { name: 'بحث' });
    await box.fill(typed);
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`نتائج البحث عن «${typed}»`);
    // Focus starts at the new results, as after a page load.
    await expect(page.getByRole('main')).toBeFocused();
    const result = page.getByRole('heading', { level: 2, name: REFERENCE_TITLE });
    await expect(result).toBeVisible();
    await expect(result.locator('mark')).toHaveText(/^(ال)?إستراتيجي$/);
  }
  await expectNoViolations(page, 'search results');
});

test('the search page says so for a single letter and for no results', async ({ page }) => {
  await page.goto('/search?q=ع');
  await expect(page.getByText('اكتب حرفين على الأقل للبحث.')).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('زلزال')}`);
  await expect(page.getByText(/لا توجد نتائج لـ«زلزال»/)).toBeVisible();
  await waitForApp(page);
  await expectNoViolations(page, 'search without results');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header’s search works and pages through the results', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'بحث' });
    await box.fill('في');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «في»');
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
    await page.getByRole('link', { name: 'الصفحة التالية' }).click();
    await expect(page.getByText('الصفحة 2 من 2')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'بحث' })).toHaveValue('في');
  });
});

test('after the article: related stories (never itself) and the most read; one view per visit', async ({
  page,
  request,
}) => {
  const views = async () =>
    (
      (await (await request.get(`${MOCK_API_URL}/__mocks/views`)).json()) as {
        counts: Record<string, number>;
      }
    ).counts[REFERENCE_SLUG] ?? 0;
  expect(await views()).toBe(0);
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await expect.poll(views).toBe(1);

  const related = page.getByRole('region', { name: 'أخبار ذات صلة' });
  await page.getByRole('button', { name: 'مشاركة' }).scrollIntoViewIfNeeded();
  await related.scrollIntoViewIfNeeded();
  await expect(related.getByRole('link')).toHaveCount(4);
  for (const link of await related.getByRole('link').all())
    expect(await link.getAttribute('href')).not.toBe(`/articles/${REFERENCE_SLUG}`);
  const mostRead = page.getByRole('region', { name: 'الأكثر قراءة' });
  await expect(mostRead.getByRole('listitem')).toHaveCount(5);
  await expectNoViolations(page, 'related and most read');

  // Elsewhere and back, then a reload: the same visit, no second view.
  await related.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(REFERENCE_TITLE);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await page.reload();
  await waitForApp(page);
  // The other article's view came; this one's did not again.
  await expect
    .poll(async () =>
      Object.values(
        (
          (await (await request.get(`${MOCK_API_URL}/__mocks/views`)).json()) as {
            counts: Record<string, number>;
          }
        ).counts,
      ).reduce((sum, count) => sum + count, 0),
    )
    .toBeGreaterThan(33);
  expect(await views()).toBe(1);
});

test('the breaking bar links to the story, is announced politely, and stays closed once closed', async ({
  page,
}) => {
  await page.goto('/');
  const bar = page.getByRole('region', { name: 'خبر عاجل' });
  await expect(bar).toBeVisible();
  const link = bar.getByRole('link', { name: BREAKING_TITLE });
  await expect(link).toHaveAttribute('href', '/articles/duhok-dam-water-levels');
  await expect(bar.locator('[aria-live="polite"]')).toContainText('عاجل');
  await waitForApp(page);
  await expectNoViolations(page, 'breaking bar');
  await bar.getByRole('button', { name: 'إخفاء الخبر العاجل' }).click();
  await expect(bar).toBeHidden();
  await page.reload();
  await waitForApp(page);
  await expect(bar).toBeHidden();
  // Hidden from the first paint, not taken away under the reader once the app came.
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.002);
  await page.goto(IMAGE_ARTICLE);
  await waitForApp(page);
  await expect(bar).toBeHidden();
});

test('breaking news that comes while the reader reads waits for the next page', async ({ page, mockApi }) => {
  await mockApi.settings({ breaking: false });
  await page.clock.install();
  await page.goto(IMAGE_ARTICLE);
  await waitForApp(page);
  const bar = page.getByRole('region', { name: 'خبر عاجل' });
  await expect(bar).toBeHidden();
  await mockApi.settings({ breaking: true });
  const asked = page.waitForResponse((response) => response.url().endsWith('/api/breaking'));
  await page.clock.runFor(61_000);
  await asked;
  // Not pushed in above the article being read…
  await expect(bar).toBeHidden();
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.002);
  // …but there on the next page.
  await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'العراق' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
  await expect(bar.getByRole('link', { name: BREAKING_TITLE })).toBeVisible();
});
