/**
 * Reading without a connection, in Chromium, against the built production server and its service
 * worker. The connection is cut by the browser (`context.setOffline`), not by mocks.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test, waitForApp } from './fixtures';
import { OUT_DIR } from './support/servers';

/** The site's worker controls the page and has saved it (the page the browser loaded before the worker). */
async function waitForSavedPage(page: Page, path: string) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await expect
    .poll(() =>
      page.evaluate(async (wanted) => {
        const cache = await caches.open('pages-v1');
        return (await cache.keys()).some((request) => new URL(request.url).pathname === wanted);
      }, path),
    )
    .toBe(true);
}

/** The reader opens the article, its page is saved, then the connection goes. */
async function readArticleThenGoOffline(page: Page, context: BrowserContext) {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await waitForSavedPage(page, `/articles/${REFERENCE_SLUG}`);
  await context.setOffline(true);
}

test.describe('installable', () => {
  test('the manifest is parsed with its icons, the worker controls the page, Chromium finds no install error', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      errors: unknown[];
      parsed?: { name?: string; icons?: { url: string; sizes?: unknown }[] };
      data?: string;
    };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ lang: 'ar', dir: 'rtl', display: 'standalone', start_url: '/' });
    expect(JSON.stringify(data.icons)).toContain('maskable');
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are incognito profiles, where Chromium installs nothing: every other
    // criterion (manifest, icons, worker, secure origin) must hold.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
      'href',
      '/apple-touch-icon.png',
    );
    expect((await page.request.get('/apple-touch-icon.png')).ok()).toBe(true);
  });
});

test.describe('reading offline', () => {
  test('an article opened before opens again after a reload offline, with a notice of the saved copy', async ({
    page,
    context,
  }) => {
    await readArticleThenGoOffline(page, context);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'أنت غير متصل — تعرض نسخة محفوظة' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/حُفظت \S+ \d{1,2} .+ \d{2}:\d{2}/);
    // The app runs on its saved code too.
    await waitForApp(page);
  });

  test('the home page and a tag page reached inside the app open offline as last seen', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForApp(page);
    await waitForSavedPage(page, '/');
    const firstStory = await page.getByRole('article').first().getByRole('link').first().textContent();

    // A tag page reached by a link inside the app is saved too.
    const tagLink = page.locator('a[href^="/tags/"]').first();
    const tagPath = (await tagLink.getAttribute('href')) ?? '';
    await tagLink.click();
    await expect(page).toHaveURL(tagPath);
    await waitForSavedPage(page, decodeURI(tagPath));

    await context.setOffline(true);
    await page.goto('/');
    await expect(page.getByText(firstStory ?? '').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'تعرض نسخة محفوظة' })).toBeVisible();
    await page.goto(tagPath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'تعرض نسخة محفوظة' })).toBeVisible();
  });

  test('an article never opened shows the Arabic offline page, with the saved articles to open', async ({
    page,
    context,
  }) => {
    await readArticleThenGoOffline(page, context);
    await page.goto('/articles/never-opened-here');
    await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالإنترنت' })).toBeVisible();
    const saved = page.getByRole('link', { name: REFERENCE_TITLE });
    await expect(saved).toBeVisible();
    await saved.click();
    await expect(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeVisible();
  });
});

test.describe('a new version', () => {
  const workerFile = `${OUT_DIR}/client/sw.js`;
  let original = '';
  test.beforeEach(async () => {
    original = await readFile(workerFile, 'utf8');
  });
  test.afterEach(async () => {
    await writeFile(workerFile, original);
  });

  test('waits, is announced with «تحديث», and takes over only when the reader asks', async ({ page }) => {
    await page.goto(`/articles/${REFERENCE_SLUG}`);
    await waitForApp(page);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // A deploy: the worker's bytes change; the browser finds it on its next check.
    await appendFile(workerFile, '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'يتوفر إصدار جديد' });
    await expect(notice).toBeVisible();
    // Nothing swapped under the reader: the old version still controls the page.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.waiting) && navigator.serviceWorker.controller?.scriptURL;
      }),
    ).toBe(first);

    // Listened for before the click: the reload onto the new version can be done before it returns.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'تحديث' }).click();
    await reloaded;
    expect(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
      ),
    ).toBe('reload');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'يتوفر إصدار جديد' })).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
  });
});
