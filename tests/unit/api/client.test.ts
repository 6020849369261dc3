import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, apiRequest, apiUrl, parseRetryAfter } from '@/api/client';
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

describe('the API client', () => {
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
