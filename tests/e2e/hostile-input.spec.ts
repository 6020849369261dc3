import { expect, REFERENCE_SLUG, scrollToComments, test } from './fixtures';

test('a 2,000-character word, markup and a bidi override in a comment keep the layout whole', async ({
  page,
  request,
}) => {
  const hostile = ['ب'.repeat(2000), '<img src=x onerror="window.pwned=true"> \u202Eعكس\u202C 👨‍👩‍👧'];
  for (const body of hostile) {
    const response = await request.post(`/api/articles/${REFERENCE_SLUG}/comments`, {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: { authorName: 'W'.repeat(50), body },
    });
    expect(response.status()).toBe(201);
  }
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await scrollToComments(page);
  const comments = page.getByRole('region', { name: 'التعليقات (2)' });
  await expect(comments.getByText(hostile[1]!, { exact: true })).toBeVisible();
  await expect(comments.getByText(hostile[0]!, { exact: true })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  await expect(comments.locator('img')).toHaveCount(0);
});

test('any address a reader can be sent renders a page, in the server and in the browser', async ({
  page,
}) => {
  const article = `/articles/${REFERENCE_SLUG}`;
  // A sample of the crafted addresses the jsdom property runs over: broken escapes, dot
  // segments, encoded slashes, a bidi override, a huge query, a hash that is not a comment's.
  const addresses = [
    `${article}#comment-%`,
    `${article}#comment-%E0%A4%A`,
    `${article}#comment-does-not-exist`,
    `${article}?q=%&x=%%41#%`,
    `/tags/%E0%A4%A`,
    `/tags/..%2F..%2Fetc`,
    `/articles/%2e%2e%2f`,
    `/\u202Eevil\u202C`,
    `/?q=${'ب'.repeat(2000)}`,
    `/search?q=${'بَّ '.repeat(1500)}`,
    `/search?q=%&page=%E0%A4%A`,
    `/search?q=‮نفط‬&page=-1`,
    `/articles/${'a'.repeat(1500)}`,
  ];
  for (const address of addresses) {
    // From elsewhere, so a change of hash alone is still a page load.
    await page.goto('about:blank');
    const response = await page.goto(address);
    expect(response?.status(), address).toBeLessThan(500);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).or(main.getByRole('alert')).first()).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
  }
  // The app takes the last page over in the browser, and navigates on from there.
  await page.goto(`${article}#comment-%`);
  await page.getByRole('link', { name: 'العراق' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
});
