import { describe, expect, it } from 'vitest';
import { ApiError, apiRequest, apiUrl } from '@/api/client';
import type { EarlyRequest } from '@/api/early-request';
import { takeEarlyData } from '@/api/early-request';
import { ArticleSchema } from '@/api/schemas';
import { referenceArticle } from '../../../mocks/data/reference-article';

const url = apiUrl('/api/articles/early');

/** What the built page's pre-app script leaves behind once the article's answer is in. */
function earlyAnswer(json: unknown): EarlyRequest {
  const response = Promise.resolve(Response.json(json));
  return { url, response, settled: Promise.resolve(), data: json };
}

describe('the early answer hand-over', () => {
  it('gives the article to the app once, valid against the contract', async () => {
    window.__earlyRequest = earlyAnswer(referenceArticle);
    expect((await takeEarlyData(url, ArticleSchema))?.title).toBe(referenceArticle.title);
    expect(window.__earlyRequest).toBeUndefined();
  });

  it('leaves an answer off the contract to the client, which reports it without asking again', async () => {
    window.__earlyRequest = earlyAnswer({ title: 42 });
    expect(await takeEarlyData(url, ArticleSchema)).toBeUndefined();
    // No handler serves this URL: the client can only answer from the early response.
    const error = await apiRequest(url, ArticleSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema' });
    expect(window.__earlyRequest).toBeUndefined();
  });
});
