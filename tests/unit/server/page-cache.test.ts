import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache, pageEncoding, type PageAnswer } from '../../../server/page-cache';

const page = (text: string, status = 200): PageAnswer => ({
  status,
  headers: { ETag: `W/"${text}"`, 'Content-Type': 'text/html; charset=utf-8' },
  html: Buffer.from(`<!doctype html><p>${text}</p>`.repeat(20)),
});

/** A cache on a clock the test moves. */
function cache(ttlMs = 1000, maxBytes = 1_000_000) {
  let now = 0;
  const pages = new PageCache({ ttlMs, maxBytes, now: () => now });
  return { pages, wait: (ms: number) => (now += ms) };
}

/** Renders `key` as a request would: announces the render, then settles it with `result`. */
function render(pages: PageCache, key: string, result: PageAnswer | null) {
  pages.startRender(key)(result);
}

describe('the render cache', () => {
  it('answers an address from its render until the time is up, then not', async () => {
    const { pages, wait } = cache(1000);
    expect(await pages.find('/a')).toBeNull();
    render(pages, '/a', page('a'));
    wait(999);
    expect((await pages.find('/a'))?.headers.ETag).toBe('W/"a"');
    expect(await pages.find('/b')).toBeNull();
    wait(1);
    expect(await pages.find('/a')).toBeNull();
    expect(pages.size.pages).toBe(0);
  });

  it('lets the requests that come during a render wait for it, and share its page', async () => {
    const { pages } = cache();
    const done = pages.startRender('/a');
    const waiting = [pages.find('/a'), pages.find('/a'), pages.find('/a')];
    // A second render of the same address meanwhile does not take the first one's place.
    pages.startRender('/a')(null);
    done(page('a'));
    const shared = await Promise.all(waiting);
    expect(shared.map((kept) => kept?.headers.ETag)).toEqual(['W/"a"', 'W/"a"', 'W/"a"']);
    expect(new Set(shared).size).toBe(1);
  });

  it('shares a failed render’s error page with the requests that waited for it, and keeps none of it', async () => {
    const { pages } = cache();
    const done = pages.startRender('/a');
    const waiting = [pages.find('/a'), pages.find('/a')];
    done(page('error', 502));
    expect((await Promise.all(waiting)).map((shared) => shared?.status)).toEqual([502, 502]);
    expect(await pages.find('/a')).toBeNull();
  });

  it('tells the waiting requests to render their own when the render had nothing to share', async () => {
    const { pages } = cache();
    const done = pages.startRender('/a');
    const waiting = pages.find('/a');
    done(null);
    expect(await waiting).toBeNull();
    expect(await pages.find('/a')).toBeNull();
  });

  it('keeps a refresh in place of the page before it, and never an older render after it', async () => {
    const { pages, wait } = cache();
    render(pages, '/a', page('before'));
    const slow = pages.startRender('/a');
    wait(10);
    // A refresh (Cache-Control: no-cache) starts after the slow render and ends before it.
    render(pages, '/a', page('refresh'));
    slow(page('slow'));
    expect((await pages.find('/a'))?.headers.ETag).toBe('W/"refresh"');
  });

  it('keeps nothing with a time of 0', async () => {
    const { pages } = cache(0);
    expect(pages.enabled).toBe(false);
    const done = pages.startRender('/a');
    const waiting = pages.find('/a');
    done(page('a'));
    expect(await waiting).toBeNull();
    expect(pages.size).toEqual({ pages: 0, bytes: 0 });
  });

  it('lets the oldest pages go when it holds too much', async () => {
    const size = page('/a').html.length * 1.5;
    const { pages } = cache(60_000, size * 2);
    for (const key of ['/a', '/b', '/c']) render(pages, key, page(key));
    expect(await pages.find('/a')).toBeNull();
    expect(await pages.find('/b')).not.toBeNull();
    expect(await pages.find('/c')).not.toBeNull();
    expect(pages.size.bytes).toBeLessThanOrEqual(size * 2);
  });

  it('compresses a page once per encoding, to the same HTML', async () => {
    const { pages } = cache();
    render(pages, '/a', page('a'));
    const kept = (await pages.find('/a'))!;
    const [br, again, gzip] = await Promise.all([
      kept.encoded('br'),
      kept.encoded('br'),
      kept.encoded('gzip'),
    ]);
    expect(again).toBe(br);
    expect(brotliDecompressSync(br).equals(kept.html)).toBe(true);
    expect(gunzipSync(gzip).equals(kept.html)).toBe(true);
    expect(br.length).toBeLessThan(kept.html.length / 4);
  });
});

describe('the encoding of a kept page', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip', 'gzip'],
    ['deflate', null],
    ['identity', null],
    ['', null],
  ])('Accept-Encoding %j: %s', (acceptEncoding, expected) => {
    expect(pageEncoding({ 'accept-encoding': acceptEncoding })).toBe(expected);
  });
});
