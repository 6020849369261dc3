import { expect, test } from './fixtures';

test('the production build ships no mock code', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'المزيد' })).toBeVisible();

  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const source = await (await request.get(url)).text();
    expect(source, url).not.toMatch(/setupWorker|mockServiceWorker|__mocks/);
  }
  const worker = await request.get('/mockServiceWorker.js');
  expect(await worker.text()).not.toContain('Mock Service Worker');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).not.toMatch(
    /mockServiceWorker/,
  );
});
