/**
 * True HTTP statuses for what went wrong, each with the Arabic page a reader sees: a crawler or a
 * CDN must never keep an error as the article, nor a missing page as a live one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_TIMEOUT_MS, startServer, type Child } from './processes';
import {
  getPage,
  metaContent,
  mockUrl,
  rawRequest,
  REFERENCE_PATH,
  REFERENCE_SLUG,
  resetMock,
  setFault,
  text,
  type MockFault,
} from './support';

beforeEach(resetMock);

const ARTICLE_FAILED = 'تعذّر تحميل الخبر.';
const RETRY = 'إعادة المحاولة';

describe('what is not there answers 404, with the Arabic not-found page', () => {
  it.each([
    ['an unknown article', '/articles/no-such-article', 'الخبر غير موجود'],
    ['an unknown tag', '/tags/no-such-tag', 'الصفحة غير موجودة'],
    ['an unknown address', '/no/such/page', 'الصفحة غير موجودة'],
  ])('%s', async (_name, path, heading) => {
    const { response, document } = await getPage(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(text(document.querySelector('main h1'))).toBe(heading);
    expect(document.querySelector('main a[href="/"]')).not.toBeNull();
    expect(metaContent(document, 'name', 'robots')).toEqual(['noindex']);
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    // Still the site around it.
    expect(document.querySelector('header a[href="/"]')).not.toBeNull();
  });
});

/** The article page while the API fails as `fault` says: its status, and the Arabic error page. */
async function articleWhile(fault: MockFault) {
  await setFault('article', fault);
  const page = await getPage(REFERENCE_PATH);
  expect(page.response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.response.headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]|public/);
  const main = page.document.querySelector('main');
  expect(main?.textContent).toContain(ARTICLE_FAILED);
  expect([...(main?.querySelectorAll('button') ?? [])].map(text)).toContain(RETRY);
  expect(metaContent(page.document, 'name', 'robots')).toEqual(['noindex']);
  // Nothing of the API's own error reaches the page.
  expect(page.html).not.toMatch(/Injected fault|injected-500|127\.0\.0\.1:\d+\/api/);
  return page;
}

describe('when the API fails, the page says so in Arabic with a true status', () => {
  it('an API error (500) answers 502', async () => {
    const { response } = await articleWhile({ status: 500 });
    expect(response.status).toBe(502);
  });

  it('a dropped connection answers 503', async () => {
    const { response } = await articleWhile({ drop: true });
    expect(response.status).toBe(503);
  });

  it('an answer that breaks the contract answers 502', async () => {
    const { response } = await articleWhile({ badBody: 'schema' });
    expect(response.status).toBe(502);
  });

  it('an answer that is not JSON answers 502', async () => {
    const { response } = await articleWhile({ badBody: 'not-json' });
    expect(response.status).toBe(502);
  });

  it(`an API slower than API_TIMEOUT_MS (${API_TIMEOUT_MS} ms) answers 503 at the deadline`, async () => {
    const { response, elapsedMs } = await articleWhile({ delayMs: 4000 });
    expect(response.status).toBe(503);
    expect(elapsedMs).toBeLessThan(4000);
    expect(elapsedMs).toBeGreaterThanOrEqual(API_TIMEOUT_MS - 100);
    // The server is still there, and renders again once the API is back.
    expect((await rawRequest('/healthz')).status).toBe(200);
    await resetMock();
    expect((await getPage(REFERENCE_PATH)).response.status).toBe(200);
  });

  it.each<[string, MockFault]>([
    ['an API that never answers', { hang: true }],
    ['an answer that trickles in', { trickle: true }],
  ])('%s: 503 at the deadline, and the server goes on', async (_name, fault) => {
    const { response, elapsedMs } = await articleWhile(fault);
    expect(response.status).toBe(503);
    expect(elapsedMs).toBeLessThan(API_TIMEOUT_MS + 1500);
    expect(elapsedMs).toBeGreaterThanOrEqual(API_TIMEOUT_MS - 100);
    expect((await rawRequest('/healthz')).status).toBe(200);
  });

  it('a list page whose API fails answers 502 with the list error', async () => {
    await setFault('articles', { status: 500 });
    const { response, document } = await getPage('/');
    expect(response.status).toBe(502);
    expect(document.querySelector('main')?.textContent).toContain('تعذّر تحميل الأخبار.');
  });
});

describe('the API passthrough when the API fails', () => {
  it.each<[string, MockFault]>([
    ['a dropped connection', { drop: true }],
    [`an API slower than API_TIMEOUT_MS`, { delayMs: 4000 }],
    ['an API that never answers', { hang: true }],
  ])('%s: a JSON error of the contract, 502 or 504, within the deadline', async (_name, fault) => {
    await setFault('article', fault);
    const response = await rawRequest(`/api/articles/${REFERENCE_SLUG}`);
    expect([502, 504]).toContain(response.status);
    expect(response.elapsedMs).toBeLessThan(4000);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body.toString())).toMatchObject({
      error: { code: expect.any(String), message: expect.any(String) },
    });
    expect((await rawRequest('/healthz')).status).toBe(200);
  });

  it('an API error passes through as the API sent it', async () => {
    await setFault('article', { status: 500 });
    const response = await rawRequest(`/api/articles/${REFERENCE_SLUG}`);
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body.toString())).toMatchObject({ error: { code: 'injected-500' } });
  });
});

describe('the API deadline under garbage collection', () => {
  let busy: Child | undefined;

  beforeAll(async () => {
    // A full collection at every collection, and small young generations so that they come
    // often: what a busy server's heap does over minutes, within the deadline of one page.
    busy = await startServer(mockUrl(), { API_TIMEOUT_MS: String(API_TIMEOUT_MS) }, [
      '--gc-global',
      '--max-semi-space-size=1',
    ]);
  });
  afterAll(async () => {
    await busy?.stop();
  });

  it('holds while the server is busy with other pages', async () => {
    await setFault('article', { delayMs: 4000 });
    const base = busy?.url ?? '';
    const slow = rawRequest(REFERENCE_PATH, { base });
    // Other readers' pages meanwhile: the server allocates, and its collector runs.
    const others = (async () => {
      const until = performance.now() + API_TIMEOUT_MS + 500;
      while (performance.now() < until)
        await Promise.all(['/', '/tags/iraq', '/no/such/page'].map((path) => rawRequest(path, { base })));
    })();
    const [response] = await Promise.all([slow, others]);
    expect(response.status).toBe(503);
    expect(response.elapsedMs).toBeLessThan(4000);
  });
});
