/**
 * The service worker's offline parts (sw/), as plain functions: which requests it keeps where,
 * the saved copy's stamp and notice, and the offline page's list, escaped.
 */
import { describe, expect, it, vi } from 'vitest';
import { isListApi, isPageRequest } from '../../sw/routes';
import { renderOfflinePage, savedCopyPlugin, SAVED_LIST_MARKER } from '../../sw/saved-pages';

const ORIGIN = 'https://news.example';
const navigation = (path: string) => {
  const request = new Request(`${ORIGIN}${path}`);
  Object.defineProperty(request, 'mode', { value: 'navigate' });
  return request;
};

describe('what the worker keeps', () => {
  it('keeps pages of the site, not the API, files or other origins', () => {
    const page = (path: string) => isPageRequest(navigation(path), new URL(`${ORIGIN}${path}`), ORIGIN);
    expect(page('/')).toBe(true);
    expect(page('/articles/a-b')).toBe(true);
    expect(page('/tags/iraq?page=2')).toBe(true);
    expect(page('/api/articles')).toBe(false);
    expect(page('/offline.html')).toBe(false);
    expect(page('/assets/index-abc.js')).toBe(false);
    expect(isPageRequest(navigation('/'), new URL('https://elsewhere.example/'), ORIGIN)).toBe(false);
    // The page's own request to save itself, marked so.
    const save = new Request(`${ORIGIN}/articles/x`, { headers: { 'x-save-page': '1' } });
    expect(isPageRequest(save, new URL(save.url), ORIGIN)).toBe(true);
    expect(isPageRequest(new Request(`${ORIGIN}/articles/x`), new URL(`${ORIGIN}/articles/x`), ORIGIN)).toBe(
      false,
    );
  });

  it('treats lists as stale-while-revalidate, not an article or its comments', () => {
    for (const path of [
      '/api/articles',
      '/api/most-read',
      '/api/sections',
      '/api/tags/iraq',
      '/api/articles/a/related',
    ])
      expect(isListApi(path), path).toBe(true);
    for (const path of ['/api/articles/a', '/api/articles/a/comments', '/api/search', '/api/breaking'])
      expect(isListApi(path), path).toBe(false);
  });
});

describe('a saved copy', () => {
  const plugin = savedCopyPlugin(() => new Date('2024-11-26T02:16:00.000Z'));
  const html =
    '<!doctype html><html lang="ar" dir="rtl"><head><title>خبر &amp; تحليل</title></head><body>نص</body></html>';

  it('is stamped with the time it was saved and its title, and marked as saved when served', async () => {
    const original = new Response(html, {
      headers: { 'Content-Type': 'text/html', 'Content-Length': '999', 'Content-Encoding': 'br' },
    });
    const stored = await plugin.cacheWillUpdate!({ response: original } as never);
    expect(stored?.headers.get('x-saved-at')).toBe('2024-11-26T02:16:00.000Z');
    expect(decodeURIComponent(stored?.headers.get('x-saved-title') ?? '')).toBe('خبر & تحليل');
    expect(stored?.headers.get('content-encoding')).toBeNull();
    const served = await plugin.cachedResponseWillBeUsed!({ cachedResponse: stored } as never);
    expect(await served?.text()).toContain('<html data-saved-at="2024-11-26T02:16:00.000Z" lang="ar"');
  });

  it('the offline page lists the saved pages, escaped, newest as given, or says there are none', async () => {
    const shell = `<main><h1>أنت غير متصل بالإنترنت</h1>${SAVED_LIST_MARKER}</main>`;
    const page = renderOfflinePage(shell, [
      { path: '/articles/a', title: '<b>عنوان</b>', savedAt: '2024-11-26T02:16:00.000Z' },
    ]);
    expect(page.status).toBe(503);
    const text = await page.text();
    expect(text).toContain(
      '<a class="font-bold underline" href="/articles/a">&#60;b&#62;عنوان&#60;/b&#62;</a>',
    );
    expect(text).toContain('حُفظت الثلاثاء 26 تشرين الثاني 05:16');
    expect(await renderOfflinePage(shell, []).text()).toContain('لا توجد صفحات محفوظة');
  });
});

describe('a reader who saves data', () => {
  it('is told apart by Save-Data or a slow or cellular connection, and gets no page saved ahead', async () => {
    const { savePageForOffline, savesData } = await import('@/lib/service-worker');
    const postMessage = vi.fn();
    const connection = { saveData: true, effectiveType: '4g', type: 'wifi' };
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, {
        connection,
        serviceWorker: { controller: { postMessage } },
      }),
    );
    try {
      expect(savesData()).toBe(true);
      savePageForOffline('/articles/a');
      expect(postMessage).not.toHaveBeenCalled();
      Object.assign(connection, { saveData: false, type: 'cellular' });
      expect(savesData()).toBe(true);
      Object.assign(connection, { type: 'wifi', effectiveType: '2g' });
      expect(savesData()).toBe(true);
      Object.assign(connection, { effectiveType: '4g' });
      expect(savesData()).toBe(false);
      savePageForOffline('/articles/a');
      expect(postMessage).toHaveBeenCalledWith({ type: 'SAVE_PAGE', url: '/articles/a' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
