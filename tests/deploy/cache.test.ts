/**
 * The shipped nginx.conf as a cache in front of two app instances: a page is rendered once and
 * then served from the cache, per encoding; a spike on a new page reaches the app once; an
 * expired page is revalidated, not rendered again; a correction can be fetched at once; comment
 * lists and anything but GET/HEAD always reach the app.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleArticles } from '../../mocks/data/sample-articles';
import { rawRequest, resetMock } from '../server/support';
import {
  bodyText,
  BROWSER_ENCODINGS,
  cacheControlSeconds,
  cacheStatus,
  PAGE_CACHE_SECONDS,
  sleep,
  startStack,
  waitUntilExpired,
  type Stack,
} from './stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ PAGE_CACHE_SECONDS: String(PAGE_CACHE_SECONDS) });
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(resetMock);

function article(slug: string) {
  const found = sampleArticles.find((sample) => sample.slug === slug);
  if (!found) throw new Error(`no sample article ${slug}`);
  return { path: `/articles/${slug}`, title: found.title };
}

describe('pages behind nginx', () => {
  it('renders an article once: the second request is a cache HIT', async () => {
    const { path, title } = article('erbil-spring-book-fair');
    const first = await stack.get(path, BROWSER_ENCODINGS);
    expect(first.status).toBe(200);
    expect(cacheStatus(first)).toBe('MISS');
    expect(first.headers['cache-control']).toMatch(/s-maxage=\d+/);
    expect(first.headers['set-cookie']).toBeUndefined();

    const second = await stack.get(path, BROWSER_ENCODINGS);
    expect(second.status).toBe(200);
    expect(cacheStatus(second)).toBe('HIT');
    expect(bodyText(second)).toContain(title);
    expect(second.body.equals(first.body)).toBe(true);
    expect(await stack.waitForRenders(path, 1)).toBe(1);
  });

  it('keeps one copy per encoding (brotli, gzip, none) and never sends one for another', async () => {
    const { path, title } = article('dinar-exchange-rate-stable');
    const variants = [
      { first: 'br', later: 'gzip, deflate, br, zstd', encoding: 'br' },
      { first: 'gzip', later: 'gzip, deflate', encoding: 'gzip' },
      { first: '', later: 'identity', encoding: undefined },
    ];
    for (const variant of variants) {
      const headers: Record<string, string> = variant.first ? { 'Accept-Encoding': variant.first } : {};
      const response = await stack.get(path, headers);
      expect(response.status, variant.first).toBe(200);
      expect(cacheStatus(response), variant.first).toBe('MISS');
      expect(response.headers['content-encoding'], variant.first).toBe(variant.encoding);
      expect(response.headers.vary ?? '', variant.first).toMatch(/Accept-Encoding/i);
      expect(bodyText(response)).toContain(title);
    }
    // Another spelling of the same choice finds the same copy.
    for (const variant of variants) {
      const response = await stack.get(path, { 'Accept-Encoding': variant.later });
      expect(cacheStatus(response), variant.later).toBe('HIT');
      expect(response.headers['content-encoding'], variant.later).toBe(variant.encoding);
      expect(bodyText(response)).toContain(title);
    }
    // The app was asked once per encoding, and never for the HITs. (It renders a page once or
    // twice for the three: each instance answers a page it rendered a moment ago from memory.)
    const asked = () => stack.apps.flatMap((app) => app.requests).filter((line) => line.path === path);
    await expect.poll(() => asked().length).toBe(3);
    expect(stack.renders(path)).toBeGreaterThanOrEqual(1);
  });

  it('500 concurrent requests for a page not cached yet make the app render it once (or a few times)', async () => {
    const { path, title } = article('wheat-harvest-nineveh');
    const responses = await Promise.all(
      Array.from({ length: 500 }, () => stack.get(path, BROWSER_ENCODINGS)),
    );
    const statuses = new Map<string, number>();
    for (const response of responses) {
      const key = `${response.status} ${cacheStatus(response) ?? '-'}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    const summary = JSON.stringify(Object.fromEntries(statuses));
    expect(
      responses.every((response) => response.status === 200),
      summary,
    ).toBe(true);
    for (const response of responses) expect(bodyText(response)).toContain(title);

    // nginx's own log: how many of them it passed on to an instance.
    const passedOn = (await stack.nginx.accessLog()).filter(
      (entry) => entry.uri === path && entry.upstream !== '',
    ).length;
    expect(passedOn, summary).toBeGreaterThanOrEqual(1);
    expect(passedOn, summary).toBeLessThanOrEqual(3);

    // The instances' own logs: how many times React rendered it.
    const renders = await stack.waitForRenders(path, 1);
    expect(renders, `renders of ${path} in the instances' request logs (${summary})`).toBeGreaterThanOrEqual(
      1,
    );
    expect(renders, summary).toBeLessThanOrEqual(3);
  });

  it('revalidates an expired page with its ETag: the app answers 304 and does not render it again', async () => {
    const { path } = article('basra-port-expansion');
    const first = await stack.get(path, BROWSER_ENCODINGS);
    expect(cacheStatus(first)).toBe('MISS');
    expect(first.headers.etag).toMatch(/^(W\/)?"/);
    const fresh = cacheControlSeconds(first.headers['cache-control'], 's-maxage');
    expect(fresh, 'the app honours PAGE_CACHE_SECONDS').toBe(PAGE_CACHE_SECONDS);
    await waitUntilExpired(fresh ?? 0);

    // Expired: served from the cache while nginx asks the app in the background.
    const expired = await stack.get(path, BROWSER_ENCODINGS);
    expect(expired.status).toBe(200);
    expect(['STALE', 'UPDATING', 'REVALIDATED', 'EXPIRED']).toContain(cacheStatus(expired));
    const revalidated = () =>
      stack.apps.some((app) => app.requests.some((line) => line.path === path && line.status === 304));
    const deadline = Date.now() + 3000;
    while (!revalidated() && Date.now() < deadline) await sleep(50);
    expect(revalidated(), 'a 304 for the page in the request log').toBe(true);

    // Fresh again once nginx has stored the answer (a moment after the instance sent it).
    let after = await stack.get(path, BROWSER_ENCODINGS);
    for (let tries = 0; cacheStatus(after) !== 'HIT' && tries < 20; tries += 1) {
      await sleep(100);
      after = await stack.get(path, BROWSER_ENCODINGS);
    }
    expect(cacheStatus(after)).toBe('HIT');
    expect(after.body.equals(first.body)).toBe(true);
    expect(stack.renders(path)).toBe(1);
  });

  it('fetches a fresh copy for a correction when a trusted address sends X-Cache-Refresh', async () => {
    const { path } = article('duhok-dam-water-levels');
    expect(cacheStatus(await stack.get(path, BROWSER_ENCODINGS))).toBe('MISS');
    expect(cacheStatus(await stack.get(path, BROWSER_ENCODINGS))).toBe('HIT');

    const refreshed = await stack.get(path, { ...BROWSER_ENCODINGS, 'X-Cache-Refresh': '1' });
    expect(refreshed.status).toBe(200);
    expect(cacheStatus(refreshed)).toBe('BYPASS');
    expect(await stack.waitForRenders(path, 2)).toBe(2);

    // The new copy took the old one's place: readers get it from the cache.
    const after = await stack.get(path, BROWSER_ENCODINGS);
    expect(cacheStatus(after)).toBe('HIT');
    expect(after.body.equals(refreshed.body)).toBe(true);
    expect(stack.renders(path)).toBe(2);
  });

  it.each(['POST', 'DELETE'])('sends a %s to the app, never the cached page', async (method) => {
    const { path } = article('sulaymaniyah-film-festival');
    await stack.get(path);
    expect(cacheStatus(await stack.get(path))).toBe('HIT');
    const response = await rawRequest(path, { base: stack.nginx.url, method });
    expect(response.status).toBe(405);
    expect(cacheStatus(response)).not.toBe('HIT');
  });
});

describe('comments behind nginx', () => {
  it('comment lists bypass the cache: a new comment shows to every reader at once', async () => {
    const slug = 'erbil-fc-league-win';
    const listPath = `/api/articles/${slug}/comments?sort=newest`;
    const before = await stack.get(listPath);
    expect(before.status).toBe(200);
    expect(cacheStatus(before)).toBe('BYPASS');
    const { total } = JSON.parse(bodyText(before)) as { total: number };

    const text = `تعليق جديد ${randomUUID()}`;
    const posted = await fetch(`${stack.nginx.url}/api/articles/${slug}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ authorName: 'قارئ', body: text }),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('x-cache-status')).not.toBe('HIT');
    await posted.arrayBuffer();

    const after = await stack.get(listPath);
    expect(cacheStatus(after)).toBe('BYPASS');
    const list = JSON.parse(bodyText(after)) as { total: number; items: { body: string }[] };
    expect(list.total).toBe(total + 1);
    expect(list.items.map((comment) => comment.body)).toContain(text);
  });
});
