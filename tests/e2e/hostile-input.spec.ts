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
