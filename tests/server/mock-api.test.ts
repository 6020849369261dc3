/**
 * The mock API is a development tool and stays one: its faults behave over a real socket, its
 * bodies are bounded, its switches answer only on the developer's machine and never through the
 * production server, and its errors tell a client nothing of its insides.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mockUrl, rawRequest, REFERENCE_PATH, REFERENCE_SLUG, resetMock, setFault } from './support';

beforeEach(resetMock);

const articleApi = () => `${mockUrl()}/api/articles/${REFERENCE_SLUG}`;

describe('the mock API over HTTP', () => {
  it('trickles: the headers at once, then the body a few bytes at a time', async () => {
    await setFault('article', { trickle: true, times: 1 });
    const controller = new AbortController();
    const response = await fetch(articleApi(), { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeLessThanOrEqual(2);
    const second = await reader.read();
    expect(second.value!.byteLength).toBeLessThanOrEqual(2);
    controller.abort();
    // Left behind, the mock goes on answering everyone else.
    expect((await fetch(articleApi())).status).toBe(200);
  });

  it('hangs: the connection is accepted and nothing comes, until the client leaves', async () => {
    await setFault('article', { hang: true, times: 1 });
    const outcome = await fetch(articleApi(), { signal: AbortSignal.timeout(700) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(outcome).toBe('TimeoutError');
    expect((await fetch(articleApi())).status).toBe(200);
  });

  it('refuses a body over 64 KB with 413, before reading it whole', async () => {
    const response = await fetch(`${articleApi()}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-413' },
      body: JSON.stringify({ authorName: 'سارة', body: 'ب'.repeat(100_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too-large' } });
  });

  it('answers an unknown route without echoing what was asked', async () => {
    const response = await fetch(`${mockUrl()}/api/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toMatch(/script|alert/i);
  });

  it('keeps its switches from a request some server passed on', async () => {
    const response = await fetch(`${mockUrl()}/__mocks/settings`, {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(response.status).toBe(403);
  });
});

describe('the production server and the mock switches', () => {
  it.each([
    '/__mocks/settings',
    '/api/../__mocks/settings',
    '/api/%2e%2e/__mocks/settings',
    '/api/%2E%2E/__mocks/reset',
  ])('%s never reaches them', async (path) => {
    const response = await rawRequest(path);
    expect(response.status).not.toBe(200);
    expect(response.body.toString()).not.toContain('"mode"');
  });

  it('still passes the API through', async () => {
    expect((await rawRequest(`/api/articles/${REFERENCE_SLUG}`)).status).toBe(200);
    expect((await rawRequest(REFERENCE_PATH)).status).toBe(200);
  });
});
