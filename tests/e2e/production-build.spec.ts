import { expect, test, waitForApp } from './fixtures';

test('the production build ships no mock code', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'المزيد' })).toBeVisible();
  // The app's code comes after the server's HTML is painted.
  await waitForApp(page);

  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const source = await (await request.get(url)).text();
    expect(source, url).not.toMatch(/setupWorker|mockServiceWorker|__mocks/);
  }
  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.status()).toBe(404);
  expect(await worker.text()).not.toContain('Mock Service Worker');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).not.toMatch(
    /mockServiceWorker/,
  );
});
