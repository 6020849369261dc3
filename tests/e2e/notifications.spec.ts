import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  expect,
  MOCK_API_URL,
  REFERENCE_SLUG,
  REFERENCE_TITLE,
  scrollToFooter,
  test,
  waitForApp,
} from './fixtures';

const TITLE = 'هل ترغب في تلقي إشعارات؟';
const CONFIRMED = 'تم تفعيل الإشعارات. سنرسل إليك أهم الأخبار.';
const STAND_IN_ENDPOINT = 'https://push.example.test/send/e2e-reader';

/**
 * Headless Chromium here reaches no push service, so `subscribe` rejects with AbortError. For the
 * walks that need a subscription, this stands in for the push service: `subscribe` answers with a
 * subscription-shaped object, and `getSubscription` with the same one.
 */
function standInForPushService(page: Page) {
  return page.addInitScript((endpoint) => {
    let subscription: (Record<string, unknown> & { endpoint: string }) | null = null;
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      subscription = {
        endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: options?.applicationServerKey ?? null },
        getKey: () => null,
        toJSON: () => ({
          endpoint,
          expirationTime: null,
          keys: { p256dh: 'BStandInKey', auth: 'standInAuth' },
        }),
        unsubscribe: async () => {
          subscription = null;
          return true;
        },
      };
      return subscription as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      return subscription as unknown as PushSubscription | null;
    };
  }, STAND_IN_ENDPOINT);
}

/** Opens the article and waits until the app has taken it over, so the prompt could show. */
async function openArticle(page: Page) {
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await waitForApp(page);
}

/** Reads on: scrolls the article body up into the screen, as a reader does. */
async function readIntoTheBody(page: Page) {
  await page.evaluate(() => window.scrollBy(0, Math.round(window.innerHeight * 0.6)));
}

async function promptAfterReading(page: Page) {
  await openArticle(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await readIntoTheBody(page);
  const dialog = page.getByRole('dialog', { name: TITLE });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function subscriptionsOnTheServer(page: Page): Promise<string[]> {
  const response = await page.request.get(`${MOCK_API_URL}/__mocks/push-subscriptions`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { endpoint: string }[]).map((subscription) => subscription.endpoint);
}

test('the prompt waits for the reader to read on, then sits small at the bottom, clear of the title', async ({
  page,
}, testInfo) => {
  const dialog = await promptAfterReading(page);
  await expect(dialog.getByText('ابق على اطلاع بآخر أخبارنا وأحداثنا.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'السماح' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'لاحقاً' })).toBeVisible();
  await expect(dialog).not.toHaveAttribute('aria-modal', /.*/);

  // Back at the top, the title and the first lines stay readable above it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const box = await dialog.boundingBox();
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const subtitle = await page.getByRole('article').locator('p').first().boundingBox();
  if (!box || !title || !subtitle) throw new Error('not laid out');
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(box.height).toBeLessThanOrEqual(viewport.height * 0.3);
  expect(box.y).toBeGreaterThan(title.y + title.height);
  expect(box.y).toBeGreaterThan(subtitle.y + subtitle.height);
  await testInfo.attach('prompt', { body: await page.screenshot(), contentType: 'image/png' });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the prompt and its confirmation pass axe (${colorScheme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme });
    await standInForPushService(page);
    const dialog = await promptAfterReading(page);
    const axe = () =>
      new AxeBuilder({ page })
        .include('[role="dialog"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
        .then(({ violations }) => violations.map(({ id }) => id));
    expect(await axe()).toEqual([]);
    await context.grantPermissions(['notifications']);
    await dialog.getByRole('button', { name: 'السماح' }).click();
    await expect(dialog.getByRole('status')).toHaveText(CONFIRMED);
    expect(await axe()).toEqual([]);
  });
}

test('the prompt appears after half a minute on the article, never at first paint', async ({ page }) => {
  await page.clock.install();
  await openArticle(page);
  await page.clock.runFor(29_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.runFor(1_500);
  await expect(page.getByRole('dialog', { name: TITLE })).toBeVisible();
});

test('Escape means «لاحقاً», and the prompt stays away on the next visit', async ({ page }) => {
  const dialog = await promptAfterReading(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const remembered = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('notifications:prompt') ?? '{}'),
  );
  expect(remembered).toMatchObject({ dismissals: 1 });

  await page.clock.install();
  await openArticle(page);
  await readIntoTheBody(page);
  await page.clock.runFor(31_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('without a reachable push service, «السماح» says so in Arabic and offers to try again', async ({
  page,
  context,
}) => {
  const dialog = await promptAfterReading(page);
  await context.grantPermissions(['notifications']);
  await dialog.getByRole('button', { name: 'السماح' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'تعذّر الوصول إلى خدمة الإشعارات في متصفحك. تحقّق من اتصالك ثم أعد المحاولة.',
  );
  await expect(dialog.getByRole('button', { name: 'إعادة المحاولة' })).toBeEnabled();
  // The worker is in place all the same, ready for the next try.
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(new URL(worker ?? '').pathname).toBe('/sw.js');
  expect(await subscriptionsOnTheServer(page)).toEqual([]);
});

test('«السماح» subscribes, the server gets the subscription, and a pushed message shows as a notification', async ({
  page,
  context,
}) => {
  await standInForPushService(page);
  const dialog = await promptAfterReading(page);
  await context.grantPermissions(['notifications']);
  await dialog.getByRole('button', { name: 'السماح' }).click();
  await expect(dialog.getByRole('status')).toHaveText(CONFIRMED);
  expect(await subscriptionsOnTheServer(page)).toEqual([STAND_IN_ENDPOINT]);
  await expect(await scrollToFooter(page)).toContainText('الإشعارات: مفعّلة');
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  await expect(dialog).toHaveCount(0);

  // The push service's part, played by the DevTools protocol: deliver a message to the worker.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find(
        (registration) => registration.scopeURL === `${origin}/` && !registration.isDeleted,
      );
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const deliver = async () =>
    cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: await registrationId,
      data: JSON.stringify({
        title: 'عاجل: اتفاق جديد',
        body: 'تفاصيل الاتفاق في الخبر',
        url: `/articles/${REFERENCE_SLUG}`,
      }),
    });
  const shown = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return (await registration.getNotifications()).map(({ title, body, dir, lang, icon, data }) => ({
        title,
        body,
        dir,
        lang,
        icon: new URL(icon).pathname,
        url: new URL((data as { url: string }).url).pathname,
      }));
    });

  // About one delivery in fifty, headless Chromium drops a notification right after
  // `showNotification` resolves in the worker (the worker's own `getNotifications()` is already
  // empty), so the test delivers again, twice at most. The notification's tag is its article: a
  // second delivery replaces the first rather than adding to it.
  for (let delivery = 1; ; delivery++) {
    await deliver();
    try {
      await expect.poll(shown, { timeout: 2_500 }).not.toHaveLength(0);
      break;
    } catch (error) {
      if (delivery === 3) throw error;
    }
  }
  expect(await shown()).toEqual([
    {
      title: 'عاجل: اتفاق جديد',
      body: 'تفاصيل الاتفاق في الخبر',
      dir: 'rtl',
      lang: 'ar',
      icon: '/icon-192.png',
      url: `/articles/${REFERENCE_SLUG}`,
    },
  ]);
});

test('when the server cannot save the subscription, the prompt says so and «إعادة المحاولة» sends it', async ({
  page,
  context,
  mockApi,
}) => {
  await standInForPushService(page);
  await mockApi.settings({ faults: { 'push-subscribe': { status: 503, times: 1 } } });
  const dialog = await promptAfterReading(page);
  await context.grantPermissions(['notifications']);
  await dialog.getByRole('button', { name: 'السماح' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'تعذّر حفظ اشتراكك في الإشعارات. تحقّق من اتصالك ثم أعد المحاولة.',
  );
  expect(await subscriptionsOnTheServer(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(dialog.getByRole('status')).toHaveText(CONFIRMED);
  expect(await subscriptionsOnTheServer(page)).toEqual([STAND_IN_ENDPOINT]);
});

test('the footer turns notifications on and off again', async ({ page, context }) => {
  await standInForPushService(page);
  await context.grantPermissions(['notifications']);
  await page.goto('/');
  const footer = await scrollToFooter(page);
  await footer.getByRole('button', { name: 'تفعيل الإشعارات' }).click();
  await expect(footer).toContainText('الإشعارات: مفعّلة');
  expect(await subscriptionsOnTheServer(page)).toEqual([STAND_IN_ENDPOINT]);
  await footer.getByRole('button', { name: 'إيقاف الإشعارات' }).click();
  await expect(footer).toContainText('الإشعارات: متوقفة');
  expect(await subscriptionsOnTheServer(page)).toEqual([]);
});

test('when the reader blocks notifications, the prompt is gone and the footer says how to unblock them', async ({
  page,
}) => {
  const dialog = await promptAfterReading(page);
  // Headless Chromium answers the permission question itself: with no grant, it is a refusal.
  await dialog.getByRole('button', { name: 'السماح' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(await scrollToFooter(page)).toContainText('الإشعارات محظورة لهذا الموقع في متصفحك');
});
