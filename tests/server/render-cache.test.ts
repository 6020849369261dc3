/**
 * The render cache, as shipped (server/page-cache.ts): a page rendered a moment ago answers the
 * requests that follow, those that arrive during its render included, byte for byte the page a
 * render gives, in each reader's encoding; a failed render's error page goes to the readers who
 * waited for it, and is not kept, nor is a not-found page; a change at the API shows once the
 * moment is over. The other server tests run with it off, since they
 * change the API between requests and look at what one render makes of it.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type Child } from './processes';
import { mockUrl, rawRequest, REFERENCE_PATH, resetMock, setFault, type RawResponse } from './support';

let server: Child;
const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(path, { base: server.url, headers });

beforeAll(async () => {
  // The shipped setting (RENDER_CACHE_MS unset), on a server of its own: its log counts renders.
  server = await startServer(mockUrl());
});
afterAll(() => server.stop());
beforeEach(resetMock);

/** The request log's lines for `path` so far. */
function logged(path: string): { render: boolean; status: number }[] {
  return server
    .log()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { path: string; render: boolean; status: number })
    .filter((line) => line.path === path);
}

/** The page's HTML, whatever it was sent in. */
function html(answer: RawResponse): string {
  const encoding = answer.headers['content-encoding'];
  const bytes =
    encoding === 'br'
      ? brotliDecompressSync(answer.body)
      : encoding === 'gzip'
        ? gunzipSync(answer.body)
        : answer.body;
  return bytes.toString('utf8');
}

describe('the render cache', () => {
  it('answers a page rendered a moment ago from memory: the same page, headers and all, in each encoding', async () => {
    const path = '/tags/economy';
    const rendered = await get(path, { 'Accept-Encoding': 'gzip, br' });
    expect(rendered.status).toBe(200);
    expect(String(rendered.headers['server-timing'])).toMatch(/^data;dur=[\d.]+, render;dur=[\d.]+$/);

    const answers = [
      await get(path, { 'Accept-Encoding': 'gzip, br' }),
      await get(path, { 'Accept-Encoding': 'gzip' }),
      await get(path),
    ];
    expect(answers.map((answer) => answer.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['server-timing']).toBe('cache;desc=hit');
      expect(html(answer)).toBe(html(rendered));
      expect(answer.headers['content-length']).toBe(String(answer.body.length));
      for (const header of [
        'etag',
        'cache-control',
        'content-type',
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'vary',
      ]) {
        expect(answer.headers[header], header).toBe(rendered.headers[header]);
      }
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    await expect.poll(() => logged(path).length).toBe(4);
    expect(logged(path).map((line) => line.render)).toEqual([true, false, false, false]);
  });

  it('renders a page once for the readers who ask for it while it renders', async () => {
    const path = '/articles/erbil-fc-league-win';
    // The API takes a while, as the page's first readers all arrive.
    await setFault('article', { delayMs: 300 });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => get(path, { 'Accept-Encoding': 'gzip, br' })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map(html)).size).toBe(1);
    await expect.poll(() => logged(path).length).toBe(40);
    expect(logged(path).filter((line) => line.render)).toHaveLength(1);
  });

  it('gives the readers who arrive during a failed render its error page: the API is asked once', async () => {
    const path = '/articles/basra-port-expansion';
    // The API fails once, slowly, as the page's first readers arrive; then it is back.
    await setFault('article', { status: 500, delayMs: 300, times: 1 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(path)));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 502));
    await expect.poll(() => logged(path).length).toBe(20);
    expect(logged(path).filter((line) => line.render)).toHaveLength(1);
    // The error was not kept: the next reader gets the article.
    expect((await get(path)).status).toBe(200);
  });

  it('answers 304 from memory when the reader’s copy is current', async () => {
    const first = await get(REFERENCE_PATH);
    const again = await get(REFERENCE_PATH, { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['server-timing']).toBe('cache;desc=hit');
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
  });

  it('never keeps an error page or a not-found page', async () => {
    const path = '/articles/duhok-dam-water-levels';
    await setFault('article', { status: 500 });
    expect((await get(path)).status).toBe(502);
    await resetMock();
    // The API is back: the next reader gets the article at once, not the error of a moment ago.
    const back = await get(path);
    expect(back.status).toBe(200);
    expect(String(back.headers['server-timing'])).toMatch(/^data;/);

    const missing = '/articles/no-such-story';
    expect((await get(missing)).status).toBe(404);
    expect((await get(missing)).status).toBe(404);
    await expect.poll(() => logged(missing).length).toBe(2);
    expect(logged(missing).map((line) => line.render)).toEqual([true, true]);
  });

  it('shows a change at the API once the moment is over', async () => {
    const breakingBar = 'aria-label="خبر عاجل"';
    expect(html(await get('/'))).toContain(breakingBar);
    await fetch(`${mockUrl()}/__mocks/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ breaking: false }),
    }).then((response) => response.arrayBuffer());
    await expect.poll(async () => html(await get('/')), { timeout: 3000 }).not.toContain(breakingBar);
  });

  it('renders anew for a request with Cache-Control: no-cache (nginx’s refresh for a correction)', async () => {
    const path = '/tags/culture';
    await get(path);
    const refreshed = await get(path, { 'Cache-Control': 'no-cache' });
    expect(String(refreshed.headers['server-timing'])).toMatch(/^data;/);
    // The new render took the old one's place.
    expect((await get(path)).headers['server-timing']).toBe('cache;desc=hit');
    await expect.poll(() => logged(path).length).toBe(3);
    expect(logged(path).map((line) => line.render)).toEqual([true, true, false]);
  });

  it('keeps a page per site: another Host (no SITE_URL set) gets its own links, not a copy', async () => {
    const canonical = (answer: RawResponse) => /<link rel="canonical" href="([^"]+)"/.exec(html(answer))?.[1];
    const first = await get(REFERENCE_PATH, { Host: 'news.example' });
    const other = await get(REFERENCE_PATH, { Host: 'mirror.example' });
    expect(canonical(first)).toBe(`http://news.example${REFERENCE_PATH}`);
    expect(canonical(other)).toBe(`http://mirror.example${REFERENCE_PATH}`);
  });
});
