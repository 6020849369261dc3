/**
 * Comments queued offline go out exactly once, from whichever page or tab is open when the
 * connection returns. The browser cuts the connection (`context.setOffline`); the mock API counts
 * every POST it received (`/__mocks/comment-posts`).
 */
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import {
  expect,
  MOCK_API_URL,
  REFERENCE_SLUG,
  guestForm,
  scrollToComments,
  test,
  waitForApp,
} from './fixtures';

const ARTICLE = `/articles/${REFERENCE_SLUG}`;

type Posts = {
  posts: { articleSlug: string; idempotencyKey: string | null; body: { body?: string; parentId?: string } }[];
  comments: { id: string; body: string; parentId: string | null }[];
};

async function receivedPosts(request: APIRequestContext): Promise<Posts> {
  return (await (await request.get(`${MOCK_API_URL}/__mocks/comment-posts`)).json()) as Posts;
}

/** The article open, the app and the site's worker up, the comments loaded. */
async function openArticle(page: Page) {
  await page.goto(ARTICLE);
  await waitForApp(page);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  await page.locator('html[data-queue-restored]').waitFor({ state: 'attached' });
  return scrollToComments(page);
}

/** The reader writes in `form` as سارة, loses the connection and sends it: it waits, queued. */
async function queueOffline(context: BrowserContext, form: ReturnType<typeof guestForm>, body: string) {
  await form.name.fill('سارة');
  await form.body.fill(body);
  await context.setOffline(true);
  await form.submit.click();
  await expect(form.form.getByText('سيتم الإرسال عند عودة الاتصال')).toBeVisible();
  return form;
}

test('a reply queued offline goes once when the connection returns, with the reader on the home page', async ({
  page,
  context,
  request,
}) => {
  const seeded = await request.post(`${MOCK_API_URL}/api/articles/${REFERENCE_SLUG}/comments`, {
    headers: { 'Idempotency-Key': 'seed-root' },
    data: { authorName: 'منى', body: 'تعليق أول' },
  });
  const root = (await seeded.json()) as { id: string };

  // The reader comes from the home page to the article.
  await page.goto('/');
  await waitForApp(page);
  await page
    .getByRole('link', { name: /الكاظمي ومكينزي/ })
    .first()
    .click();
  await expect(page).toHaveURL(ARTICLE);
  const region = await scrollToComments(page);

  await region.getByRole('article', { name: 'منى' }).getByRole('button', { name: 'رد' }).click();
  await queueOffline(context, guestForm(page, 'الرد على منى'), 'رد بلا اتصال');
  const queued = region.getByRole('article', { name: 'سارة' });
  await expect(queued).toContainText('رد بلا اتصال');
  await expect(queued).toContainText('في انتظار الاتصال');

  // The reader goes back to the home page, still offline; then the connection returns.
  await page.getByRole('banner').getByRole('link').first().click();
  await expect(page).toHaveURL('/');
  expect((await receivedPosts(request)).posts).toHaveLength(1);
  await context.setOffline(false);

  await expect.poll(async () => (await receivedPosts(request)).posts.length).toBe(2);
  const { posts, comments } = await receivedPosts(request);
  expect(posts[1]?.body).toMatchObject({ body: 'رد بلا اتصال', parentId: root.id });
  expect(comments.filter((comment) => comment.parentId === root.id)).toHaveLength(1);
});

test('a comment queued offline, the tab closed: the site opened again online sends it once, from the home page', async ({
  page,
  context,
  request,
}) => {
  await openArticle(page);
  await queueOffline(context, guestForm(page), 'أُغلق التبويب');
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto('/');
  await waitForApp(again);
  await expect.poll(async () => (await receivedPosts(request)).posts.length).toBe(1);
  const { posts, comments } = await receivedPosts(request);
  expect(posts[0]?.body).toMatchObject({ body: 'أُغلق التبويب' });
  expect(comments).toHaveLength(1);
});

test('two tabs holding the same queued comment send it once when the connection returns', async ({
  page,
  context,
  request,
}) => {
  await openArticle(page);
  await queueOffline(context, guestForm(page), 'تبويبان وتعليق واحد');

  // A second tab opens the article offline (from its saved copy) and restores the same queue.
  const second = await context.newPage();
  await second.goto(ARTICLE);
  await waitForApp(second);
  await second.locator('html[data-queue-restored]').waitFor({ state: 'attached' });

  await context.setOffline(false);
  await expect.poll(async () => (await receivedPosts(request)).comments.length).toBe(1);
  await expect(page.getByRole('region', { name: 'التعليقات (1)' })).toBeVisible();
  const { posts } = await receivedPosts(request);
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({ body: 'تبويبان وتعليق واحد' });
});

test('a queued comment edited before it goes: the edited text arrives, once, under a new key', async ({
  page,
  context,
  request,
}) => {
  const region = await openArticle(page);
  const guest = await queueOffline(context, guestForm(page), 'النص الأول');
  const firstKey = await page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith('comments:draft:'))
      .map(([, value]) => (JSON.parse(value) as { idempotencyKey?: string }).idempotencyKey)
      .find(Boolean),
  );

  await guest.body.fill('النص بعد التعديل');
  // The edit withdrew the queued comment from the thread and the queue.
  await expect(region.getByText('النص الأول')).toBeHidden();
  await guest.submit.click();
  await expect(guest.form.getByText('سيتم الإرسال عند عودة الاتصال')).toBeVisible();

  await context.setOffline(false);
  await expect(region.getByRole('article', { name: 'سارة' })).toContainText('النص بعد التعديل');
  await expect(page.getByRole('region', { name: 'التعليقات (1)' })).toBeVisible();
  const { posts, comments } = await receivedPosts(request);
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({ body: 'النص بعد التعديل' });
  expect(posts[0]?.idempotencyKey).not.toBe(firstKey);
  expect(comments.map((comment) => comment.body)).toEqual(['النص بعد التعديل']);
  // A confirmed send clears the draft.
  await expect(guest.body).toHaveValue('');
});

test('an article reloaded offline still takes a comment, which goes once when the connection returns', async ({
  page,
  context,
  request,
}) => {
  await openArticle(page);
  // The worker keeps the code of the parts that load later (the comments among them).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(event.data);
            navigator.serviceWorker.controller?.postMessage({ type: 'HAS_LATER_CODE' }, [channel.port2]);
          }),
      ),
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'تعرض نسخة محفوظة' })).toBeVisible();
  await waitForApp(page);
  await page.locator('html[data-queue-restored]').waitFor({ state: 'attached' });
  const region = await scrollToComments(page);
  const guest = guestForm(page);
  await guest.name.fill('سارة');
  await guest.body.fill('كتبته بعد إعادة التحميل بلا اتصال');
  await guest.submit.click();
  await expect(guest.form.getByText('سيتم الإرسال عند عودة الاتصال')).toBeVisible();
  await expect(region.getByRole('article', { name: 'سارة' })).toContainText('في انتظار الاتصال');
  expect((await receivedPosts(request)).posts).toHaveLength(0);

  await context.setOffline(false);
  await expect.poll(async () => (await receivedPosts(request)).posts.length).toBe(1);
  await expect(region.getByRole('status').filter({ hasText: 'تم نشر تعليقك' })).toBeVisible();
  await expect(region.getByRole('article', { name: 'سارة' })).not.toContainText('في انتظار الاتصال');
  const { posts, comments } = await receivedPosts(request);
  expect(posts).toHaveLength(1);
  expect(comments.map((comment) => comment.body)).toEqual(['كتبته بعد إعادة التحميل بلا اتصال']);
});
