import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { MOCK_API_URL } from './support/servers';

export { MOCK_API_URL };

/**
 * Every browser test starts from the seed, and fails on an uncaught error in the page. The mock
 * API's switches (`/__mocks/*`) are on its own origin: the app's server passes only `/api/*` on.
 */
export const test = base.extend<{ mockApi: { settings: (patch: object) => Promise<void> } }>({
  mockApi: [
    async ({ request }, use) => {
      const reset = await request.post(`${MOCK_API_URL}/__mocks/reset`);
      expect(reset.ok()).toBe(true);
      await use({
        settings: async (patch) => {
          const response = await request.put(`${MOCK_API_URL}/__mocks/settings`, { data: patch });
          expect(response.ok()).toBe(true);
        },
      });
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

export const REFERENCE_SLUG = 'kadhimi-mckenzie-technical-committee';
export const REFERENCE_TITLE =
  'الكاظمي ومكينزي يتفقان على عقد الجلسة الأولى للجنة الفنية لتطبيق مخرجات الحوار الإستراتيجي';

/**
 * The reader scrolls down to the comments, which load as the reader nears them; their region
 * once the section is in (its sort shows).
 */
export async function scrollToComments(page: Page): Promise<Locator> {
  const comments = page.getByRole('region', { name: /^التعليقات/ });
  await comments.scrollIntoViewIfNeeded();
  await expect(comments.getByRole('group', { name: 'ترتيب التعليقات' })).toBeVisible();
  return comments;
}

/** The reader scrolls down to the page's foot, where the notifications control loads as it nears. */
export async function scrollToFooter(page: Page): Promise<Locator> {
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  const control = page.getByRole('region', { name: 'إشعارات الأخبار' });
  await expect(control).toBeVisible();
  return control;
}

/**
 * The server's HTML is on screen at once; the app's code comes after it, and until React has
 * hydrated the page its buttons do nothing and its links load whole pages. This waits for the
 * app to say its first render is committed (`data-app-ready` on <html>, src/app/app.tsx), as a
 * reader's next click would find it.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/** The guest comment form (or a reply form, by its name) and its fields. */
export function guestForm(page: Page, name = 'الرد كضيف') {
  const form = page.getByRole('form', { name });
  return {
    form,
    name: form.getByLabel('الاسم'),
    email: form.getByLabel('البريد الإلكتروني'),
    body: form.getByLabel('التعليق'),
    submit: form.getByRole('button', { name: 'إرسال' }),
  };
}
