import { referenceArticle } from '../../mocks/data/reference-article';
import { expect, REFERENCE_SLUG, REFERENCE_TITLE, test } from './fixtures';
import { DEMO_URL } from './support/servers';

/**
 * The static demo (`VITE_ENABLE_MOCKS=true npm run build`), as any static file host serves it:
 * files, and index.html for every other address. No app server and no API: the page is rendered
 * in the browser, from the mock API that the site's service worker answers (the global setup
 * builds the demo and serves it at DEMO_URL).
 */
test('the static demo opens an article from a deep link on the in-browser mocks, then goes home', async ({
  page,
}) => {
  const articleAnswers: { status: number; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === `/api/articles/${REFERENCE_SLUG}`)
      articleAnswers.push({ status: response.status(), fromServiceWorker: response.fromServiceWorker() });
  });

  const response = await page.goto(`${DEMO_URL}/articles/${REFERENCE_SLUG}`);
  expect(response?.status()).toBe(200);
  // The host sent the app's shell, not the article: what shows is the browser's own render.
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<div id="root">(<!--app-html-->)?<\/div>/);
  expect(html).not.toContain(REFERENCE_TITLE);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page).toHaveTitle(REFERENCE_TITLE);
  const article = page.getByRole('article', { name: REFERENCE_TITLE });
  await expect(article.getByText(referenceArticle.subtitle)).toBeVisible();
  await expect(article.getByText('زاكروس عربية – أربيل')).toBeVisible();
  await expect(article.locator('#article-body p')).toHaveText(referenceArticle.body);
  await expect(page.getByRole('banner')).toContainText('أربيل 6°C');
  // The article's data came from the mock API in the site's service worker.
  expect(articleAnswers).toEqual([{ status: 200, fromServiceWorker: true }]);
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(worker).toBe(`${DEMO_URL}/sw.js?mocks=on`);

  await page.getByRole('banner').getByRole('link', { name: 'زاكروس عربية' }).click();
  await expect(page).toHaveURL(`${DEMO_URL}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
  await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'المزيد' })).toBeVisible();
});
