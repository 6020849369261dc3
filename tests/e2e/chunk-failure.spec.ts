import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test, waitForApp } from './fixtures';

// A first visit, before the site's service worker holds any code: the chunk comes from the network,
// where these tests make it fail. (Once the worker has it, it comes from the worker's cache.)
test.use({ serviceWorkers: 'block' });

/** The comments' code: a chunk of its own, loaded as the reader nears the comments. */
const COMMENTS_CHUNK = /\/assets\/comments-section-[\w-]+\.js$/;

test("the comments' code fails to load: the article stays, the part says so, and its retry loads it", async ({
  page,
}) => {
  let failing = true;
  await page.route(COMMENTS_CHUNK, (route) => (failing ? route.abort('connectionreset') : route.continue()));
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  const comments = page.getByRole('region', { name: /^التعليقات/ });
  await comments.scrollIntoViewIfNeeded();

  const alert = comments.getByRole('alert');
  await expect(alert).toContainText('تعذّر تحميل قسم التعليقات.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.getByRole('article').first()).toBeVisible();

  failing = false;
  await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(comments.getByRole('group', { name: 'ترتيب التعليقات' })).toBeVisible();
  await expect(comments.getByRole('form', { name: 'الرد كضيف' })).toBeVisible();
  await expect(comments.getByRole('alert')).toHaveCount(0);
});

test("the comments' code is gone after a deploy: one reload onto the new version, never a loop", async ({
  page,
}) => {
  // The file is gone for good (as an old hashed chunk is once a new version is deployed).
  await page.route(COMMENTS_CHUNK, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await waitForApp(page);
  await page.getByRole('region', { name: /^التعليقات/ }).scrollIntoViewIfNeeded();
  // The page reloads once; the file is still missing then, and the part says so instead of
  // reloading again.
  await expect.poll(() => loads).toBe(2);
  await waitForApp(page);
  const comments = page.getByRole('region', { name: /^التعليقات/ });
  await comments.scrollIntoViewIfNeeded();
  await expect(comments.getByRole('alert')).toContainText('تعذّر تحميل قسم التعليقات.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  expect(loads).toBe(2);
});
