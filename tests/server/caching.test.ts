/**
 * What a cache in front of the server (a CDN, nginx) and its operators rely on: caching headers by
 * status, the page's ETag and its 304, the API's own headers passed through, what is never cached,
 * one JSON log line per request with no reader data, Server-Timing and readiness.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type Child } from './processes';
import { mockUrl, rawRequest, REFERENCE_PATH, REFERENCE_SLUG, resetMock, setFault } from './support';

let server: Child;
const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(path, { base: server.url, headers });

beforeAll(async () => {
  // A server of its own, so its log holds only these tests' requests; each of them renders
  // (tests/server/render-cache.test.ts has the pages answered from memory).
  server = await startServer(mockUrl(), { PAGE_CACHE_SECONDS: '60', RENDER_CACHE_MS: '0' });
});
afterAll(() => server.stop());
beforeEach(resetMock);

describe('pages', () => {
  it('a page may be kept by shared caches briefly and served stale; browsers revalidate', async () => {
    const page = await get(REFERENCE_PATH);
    expect(page.status).toBe(200);
    const cacheControl = String(page.headers['cache-control']);
    for (const directive of [
      'public',
      'max-age=0',
      'must-revalidate',
      's-maxage=60',
      'stale-while-revalidate=',
      'stale-if-error=',
    ])
      expect(cacheControl).toContain(directive);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers.vary).toBe('Accept-Encoding');
    expect(page.headers.etag).toMatch(/^W\/"[\w-]+"$/);
  });

  it('answers 304 with no body when the copy is current, and 200 when the content changed', async () => {
    const first = await get(REFERENCE_PATH);
    const etag = String(first.headers.etag);
    const again = await get(REFERENCE_PATH, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(String(again.headers['cache-control'])).toContain('s-maxage=60');

    // Another page's content has another tag.
    const home = await get('/', { 'If-None-Match': etag });
    expect(home.status).toBe(200);
    expect(home.headers.etag).not.toBe(etag);
  });

  it('the ETag names the content, not the minute: the same article twice has the same tag', async () => {
    const [a, b] = [await get(REFERENCE_PATH), await get(REFERENCE_PATH)];
    expect(a.headers.etag).toBe(b.headers.etag);
  });

  it('a not-found page is kept briefly by shared caches only; an error page never', async () => {
    const missing = await get('/articles/no-such-article');
    expect(missing.status).toBe(404);
    expect(String(missing.headers['cache-control'])).toMatch(/^public, max-age=0, s-maxage=\d+$/);
    expect(missing.headers.etag).toBeUndefined();

    await setFault('article', { status: 500 });
    const failed = await get(REFERENCE_PATH);
    expect(failed.status).toBe(502);
    expect(failed.headers['cache-control']).toBe('no-store');
    expect(failed.headers.etag).toBeUndefined();
  });

  it('says how long the data and the render took', async () => {
    const page = await get(REFERENCE_PATH);
    expect(String(page.headers['server-timing'])).toMatch(/^data;dur=[\d.]+, render;dur=[\d.]+$/);
  });
});

describe('the API passthrough', () => {
  it('keeps the API’s caching headers on GETs', async () => {
    const article = await get(`/api/articles/${REFERENCE_SLUG}`);
    expect(article.status).toBe(200);
    expect(article.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=30, stale-while-revalidate=60',
    );
    const comments = await get(`/api/articles/${REFERENCE_SLUG}/comments`);
    expect(comments.headers['cache-control']).toBe('no-cache');
  });

  it('never lets a cache keep what a POST answered', async () => {
    const posted = await rawRequest(`/api/articles/${REFERENCE_SLUG}/comments`, {
      base: server.url,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'caching-test-1' },
      body: JSON.stringify({ authorName: 'سارة', body: 'تعليق' }),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers['cache-control']).toBe('no-store');
  });
});

describe('operations', () => {
  it('writes one JSON line per request, without the query string', async () => {
    const path = `${REFERENCE_PATH}?utm_source=whatsapp&email=reader@example.com`;
    await get(path);
    const lines = server
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const line = lines.findLast((entry) => entry.path === REFERENCE_PATH);
    expect(line).toMatchObject({ method: 'GET', path: REFERENCE_PATH, status: 200, render: true });
    expect(line?.ms).toEqual(expect.any(Number));
    expect(line?.bytes).toBeGreaterThan(1000);
    expect(server.log()).not.toContain('example.com');
    expect(server.log()).not.toContain('utm_source');
  });

  it('is ready while the API answers', async () => {
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('is not ready, but still up, when the API does not answer', async () => {
    const orphan = await startServer('http://127.0.0.1:9');
    try {
      expect((await rawRequest('/readyz', { base: orphan.url })).status).toBe(503);
      expect((await rawRequest('/healthz', { base: orphan.url })).status).toBe(200);
    } finally {
      await orphan.stop();
    }
  });
});

describe('security headers', () => {
  it('allows only the powerful features the app uses, and sends HSTS only when told the site is HTTPS', async () => {
    const page = await get(REFERENCE_PATH);
    const policy = String(page.headers['permissions-policy']);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
      expect(policy).toContain(feature);
    // Sharing and copying a link stay allowed: nothing in the policy names them.
    expect(policy).not.toMatch(/web-share|clipboard-write/);
    expect(page.headers['strict-transport-security']).toBeUndefined();

    const https = await startServer(mockUrl(), { HSTS: 'on' });
    try {
      const secured = await rawRequest(REFERENCE_PATH, { base: https.url });
      expect(secured.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await https.stop();
    }
  });
});

describe('the installable app and its service worker', () => {
  it('serves the worker with no-cache (a new version is found at once), Workbox and the precache inside', async () => {
    const worker = await get('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(String(worker.headers['content-type'])).toMatch(/javascript/);
    const source = worker.body.toString();
    expect(source).toContain('/offline.html');
    expect(source).toMatch(/\/assets\/index-[\w-]+\.js/);
    expect(source).toContain('/mockServiceWorker.js'); // only imported with ?mocks=on
  });

  it('serves the manifest, the icons and the offline page', async () => {
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(String(manifest.headers['content-type'])).toContain('application/manifest+json');
    const parsed = JSON.parse(manifest.body.toString()) as { icons: { src: string }[] };
    for (const icon of [...parsed.icons.map((entry) => entry.src), '/apple-touch-icon.png'])
      expect((await get(icon)).status, icon).toBe(200);
    const offline = await get('/offline.html');
    expect(offline.status).toBe(200);
    expect(offline.body.toString()).toContain('<!--saved-pages-->');
    expect(offline.body.toString()).not.toContain('<script');
  });
});
