import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, apiUrl, MAX_RESPONSE_BYTES, parseRetryAfter } from '@/api/client';
import { BROWSER_DEADLINES, configureApi } from '@/api/url';
import { retryDelay, shouldRetry } from '@/app/query-client';
import { ArticleSchema } from '@/api/schemas';
import { server } from '../../../mocks/node';

const url = apiUrl('/api/articles/x');

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => configureApi({ deadlines: BROWSER_DEADLINES }));

describe('the API client', () => {
  it('gives up on a GET with no answer within its deadline, as a timeout', async () => {
    configureApi({ deadlines: { read: 100, write: 5000 } });
    server.use(http.get('*/api/articles/x', () => new Promise<Response>(() => {})));
    expect(await failure(apiRequest(url, ArticleSchema))).toMatchObject({ kind: 'timeout' });
  });

  it('gives a POST its own deadline', async () => {
    configureApi({ deadlines: { read: 5000, write: 100 } });
    server.use(http.post('*/api/articles/x', () => new Promise<Response>(() => {})));
    expect(await failure(apiRequest(url, null, { method: 'POST', body: {} }))).toMatchObject({
      kind: 'timeout',
    });
  });

  it('lets go of the caller’s signal once the answer is read: nothing of the request stays behind', async () => {
    server.use(http.get('*/api/articles/x', () => HttpResponse.json({ ok: true })));
    const caller = new AbortController();
    const listening = vi.spyOn(caller.signal, 'addEventListener');
    const leftAlone = vi.spyOn(caller.signal, 'removeEventListener');
    await apiRequest(url, null, { signal: caller.signal });
    expect(listening).toHaveBeenCalledTimes(1);
    expect(leftAlone).toHaveBeenCalledWith('abort', listening.mock.calls[0]?.[1]);
  });

  it('stops when the caller leaves, and does not call that a timeout', async () => {
    server.use(http.get('*/api/articles/x', () => new Promise<Response>(() => {})));
    const caller = new AbortController();
    const request = apiRequest(url, null, { signal: caller.signal });
    caller.abort(new DOMException('left', 'AbortError'));
    await expect(request).rejects.not.toBeInstanceOf(ApiError);
  });

  it('gives up on a body that trickles past the deadline', async () => {
    configureApi({ deadlines: { read: 150, write: 5000 } });
    server.use(
      http.get('*/api/articles/x', () => {
        let timer: ReturnType<typeof setInterval>;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"slug":'));
            timer = setInterval(() => controller.enqueue(new TextEncoder().encode(' ')), 50);
          },
          cancel: () => clearInterval(timer),
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    expect(await failure(apiRequest(url, ArticleSchema))).toMatchObject({ kind: 'timeout' });
  });

  it('refuses an answer larger than the limit, announced or not', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(MAX_RESPONSE_BYTES) });
    server.use(
      http.get('*/api/articles/x', () =>
        HttpResponse.json({}, { headers: { 'Content-Length': String(MAX_RESPONSE_BYTES + 1) } }),
      ),
    );
    expect(await failure(apiRequest(url, ArticleSchema))).toMatchObject({ kind: 'too-large' });
    server.use(
      http.get(
        '*/api/articles/x',
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode(huge));
                controller.close();
              },
            }),
          ),
      ),
    );
    expect(await failure(apiRequest(url, ArticleSchema))).toMatchObject({ kind: 'too-large' });
  });

  it('retries a dropped connection, a 5xx and a 429 after its Retry-After; never a 404, a timeout or a broken contract', () => {
    const error = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);
    const base = { url, message: 'x' };
    expect(shouldRetry(0, error({ ...base, kind: 'network' }))).toBe(true);
    expect(shouldRetry(0, error({ ...base, kind: 'http', status: 503 }))).toBe(true);
    expect(shouldRetry(0, error({ ...base, kind: 'http', status: 404 }))).toBe(false);
    expect(shouldRetry(0, error({ ...base, kind: 'timeout' }))).toBe(false);
    expect(shouldRetry(0, error({ ...base, kind: 'schema', status: 200 }))).toBe(false);
    expect(shouldRetry(0, error({ ...base, kind: 'too-large', status: 200 }))).toBe(false);
    const rateLimited = error({ ...base, kind: 'http', status: 429, retryAfterSeconds: 20 });
    expect(shouldRetry(0, rateLimited)).toBe(true);
    expect(retryDelay(0, rateLimited)).toBe(20_000);
    expect(retryDelay(1, error({ ...base, kind: 'network' }))).toBe(2000);
    // Longer than a reader would wait on a spinner: the error shows, with its retry.
    expect(shouldRetry(0, error({ ...base, kind: 'http', status: 429, retryAfterSeconds: 120 }))).toBe(false);
  });

  it('reads the error body of the contract, with field errors', async () => {
    server.use(
      http.get('*/api/articles/x', () =>
        HttpResponse.json(
          { error: { code: 'bad', message: 'Bad', fields: { body: 'قصير' } } },
          { status: 400 },
        ),
      ),
    );
    const error = await failure(apiRequest(url, ArticleSchema));
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'bad', fields: { body: 'قصير' } });
  });

  it('reads Retry-After on a 429', async () => {
    server.use(
      http.get(
        '*/api/articles/x',
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }),
      ),
    );
    const error = await failure(apiRequest(url, ArticleSchema));
    expect(error.retryAfterSeconds).toBe(30);
  });

  it('names the URL when the answer breaks the contract', async () => {
    server.use(http.get('*/api/articles/x', () => HttpResponse.json({ slug: 1 })));
    const error = await failure(apiRequest(url, ArticleSchema));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(url);
  });

  it('tells a body that is not JSON apart', async () => {
    server.use(http.get('*/api/articles/x', () => HttpResponse.text('<html>')));
    expect((await failure(apiRequest(url, ArticleSchema))).kind).toBe('invalid-json');
  });

  it('turns a dropped connection into a network error', async () => {
    server.use(http.get('*/api/articles/x', () => HttpResponse.error()));
    expect((await failure(apiRequest(url, ArticleSchema))).kind).toBe('network');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
