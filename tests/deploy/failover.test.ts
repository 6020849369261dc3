/**
 * The shipped nginx.conf when the app fails: one instance killed under load costs readers
 * nothing (the other takes its requests); with both down, a cached page is still served and an
 * uncached one gets the Arabic error page from deploy/error-pages, never nginx's own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceArticle } from '../../mocks/data/reference-article';
import { sampleArticles } from '../../mocks/data/sample-articles';
import { parseHtml, REFERENCE_PATH, resetMock, text } from '../server/support';
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

/** The heading of deploy/error-pages/50x.html. */
const ERROR_PAGE_HEADING = 'الموقع غير متاح مؤقتاً';

let stack: Stack;
beforeEach(async () => {
  await resetMock();
  stack = await startStack({ PAGE_CACHE_SECONDS: String(PAGE_CACHE_SECONDS) });
});
afterEach(async () => {
  await stack?.stop();
});

type Outcome = { path: string; status: number; complete: boolean; error?: string; at: number };

/** One reader's request: its status, and whether the whole page (or JSON) arrived. */
async function read(path: string): Promise<Outcome> {
  const at = performance.now();
  try {
    const response = await stack.get(path, { 'Accept-Encoding': 'gzip' });
    const body = bodyText(response);
    const complete = path.startsWith('/api/')
      ? (() => {
          try {
            JSON.parse(body);
            return true;
          } catch {
            return false;
          }
        })()
      : body.trimEnd().endsWith('</html>');
    return { path, status: response.status, complete, at };
  } catch (error) {
    return { path, status: 0, complete: false, error: String(error), at };
  }
}

/**
 * 300 requests over about 2 s, across pages in the cache, pages not in it yet and pages no cache
 * can hold (a new query each time), with one instance sent `signal` halfway through.
 */
async function loadWhileStopping(signal: NodeJS.Signals) {
  const cached = ['/', REFERENCE_PATH, '/tags/iraq', '/api/articles?page=1&pageSize=5'];
  for (const path of cached) expect((await stack.get(path)).status).toBe(200);
  const slugs = sampleArticles.map((sample) => sample.slug);
  const tags = ['iraq', 'kurdistan', 'economy', 'sports', 'culture'];
  // Mostly what readers ask for (pages in the cache, pages not in it yet), and a quarter that no
  // cache can hold (a new query each time), so that both instances are busy rendering.
  const pathFor = (i: number) =>
    [
      cached[i % cached.length] ?? '/',
      `/articles/${slugs[i % slugs.length]}`,
      `/tags/${tags[i % tags.length]}`,
      i % 8 === 3
        ? `/articles/${slugs[(i * 7) % slugs.length]}?ref=${i}`
        : `/tags/${tags[i % tags.length]}?page=${i}`,
    ][i % 4] ?? '/';

  const [victim, survivor] = stack.apps;
  if (!victim || !survivor) throw new Error('two app instances expected');
  const total = 300;
  const pending: Promise<Outcome>[] = [];
  let stoppedAt = 0;
  let victimAnswered = 0;
  for (let i = 0; i < total; i += 1) {
    if (i === total / 2) {
      victimAnswered = victim.requests.length;
      victim.child.process.kill(signal);
      stoppedAt = performance.now();
    }
    pending.push(read(pathFor(i)));
    await sleep(2000 / total);
  }
  const outcomes = await Promise.all(pending);

  // The load really was spread over both, and went on after the stop.
  expect(victimAnswered, 'requests the stopped instance answered before').toBeGreaterThan(0);
  expect(survivor.requests.length).toBeGreaterThan(0);
  const summarize = (list: Outcome[]) =>
    list
      .slice(0, 10)
      .map((outcome) => `${outcome.status} ${outcome.path} ${outcome.error ?? '(incomplete)'}`)
      .join('\n');
  return { outcomes, stoppedAt, summarize, victimAddress: new URL(victim.child.url).host };
}

describe('when app instances fail', () => {
  it('one instance stopped mid-load (a restart, SIGTERM): every reader gets the whole page', async () => {
    const { outcomes, summarize } = await loadWhileStopping('SIGTERM');
    const failed = outcomes.filter((outcome) => outcome.status !== 200 || !outcome.complete);
    expect(failed.length, `answers that failed a reader:\n${summarize(failed)}`).toBe(0);
  });

  it('one instance killed mid-load (a crash, SIGKILL): readers see no 5xx', async () => {
    const { outcomes, stoppedAt, summarize, victimAddress } = await loadWhileStopping('SIGKILL');
    const errors = outcomes.filter(
      (outcome) => outcome.status >= 500 || (outcome.status === 0 && !outcome.error?.includes('aborted')),
    );
    expect(errors.length, `5xx or no answer:\n${summarize(errors)}`).toBe(0);
    // An answer the killed instance was in the middle of sending is cut off: its status and
    // headers had gone out, so nginx could not send the request to the other instance. Only
    // those: nginx's log says the killed instance answered them, alone, and none was sent after.
    const cut = outcomes.filter((outcome) => !outcome.complete);
    expect(
      cut.filter((outcome) => outcome.at > stoppedAt),
      `requests sent after the kill that did not arrive whole:\n${summarize(cut)}`,
    ).toEqual([]);
    const log = await stack.nginx.accessLog();
    for (const outcome of cut) {
      const entries = log.filter((entry) => entry.uri === outcome.path);
      expect(
        entries.some((entry) => entry.upstream === victimAddress),
        `${outcome.path} was cut off, and nginx's log does not say the killed instance was answering it: ${JSON.stringify(entries)}`,
      ).toBe(true);
    }
  });

  it('both instances down: a cached page is served stale, an uncached one gets the Arabic error page', async () => {
    const first = await stack.get(REFERENCE_PATH, BROWSER_ENCODINGS);
    expect(first.status).toBe(200);
    const fresh = cacheControlSeconds(first.headers['cache-control'], 's-maxage');
    expect(fresh, 'the app honours PAGE_CACHE_SECONDS').toBe(PAGE_CACHE_SECONDS);

    await Promise.all(stack.apps.map((app) => app.child.stop()));
    await waitUntilExpired(fresh ?? 0);

    // Expired, and no instance to ask: the last good copy.
    const stale = await stack.get(REFERENCE_PATH, BROWSER_ENCODINGS);
    expect(stale.status).toBe(200);
    expect(cacheStatus(stale)).toBe('STALE');
    expect(bodyText(stale)).toContain(referenceArticle.title);

    // Never cached: the Arabic error page.
    const down = await stack.get('/articles/mosul-library-reopens', BROWSER_ENCODINGS);
    expect([502, 503, 504]).toContain(down.status);
    expect(down.headers['content-type']).toMatch(/^text\/html/);
    expect(down.headers['cache-control']).toBe('no-store');
    const html = bodyText(down);
    expect(html).not.toMatch(/<center>|nginx/i);
    const document = parseHtml(html);
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(text(document.querySelector('h1'))).toBe(ERROR_PAGE_HEADING);
    const links = new Map([...document.querySelectorAll('a')].map((link) => [text(link), link]));
    expect(links.get('الصفحة الرئيسية')?.getAttribute('href')).toBe('/');
    // An empty href is the address itself: the same page, asked for again.
    expect(links.get('إعادة المحاولة')?.getAttribute('href')).toBe('');

    // The API's callers get JSON in the contract's shape, not a page.
    const api = await stack.get('/api/articles/mosul-library-reopens');
    expect([502, 503, 504]).toContain(api.status);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(bodyText(api))).toMatchObject({ error: { code: expect.any(String) } });
  });
});
