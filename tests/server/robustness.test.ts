/**
 * What the internet sends a server that is not a page request, and a deploy's SIGTERM: each gets
 * a 4xx (never a 500), and the server goes on answering; a stop finishes the answers under way.
 */
import { Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type Child } from './processes';
import { mockUrl, rawRequest, REFERENCE_PATH, resetMock, sendRaw, setFault } from './support';
import { referenceArticle } from '../../mocks/data/reference-article';

beforeEach(resetMock);

/** The server still answers its health check and renders a page. */
async function stillAnswers(): Promise<void> {
  expect((await rawRequest('/healthz')).status).toBe(200);
  expect((await rawRequest('/')).status).toBe(200);
}

describe('requests that are not pages', () => {
  it('GET /healthz answers 200', async () => {
    const response = await rawRequest('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it.each(['/articles/%E0%A4%A', '/%', '/tags/%', '/%E0%A4%A', '/articles/%C0%AF'])(
    'a malformed path (%s) is read as it stands: the Arabic not-found page, 404',
    async (path) => {
      const response = await rawRequest(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body.toString()).toContain('<h1');
      await stillAnswers();
    },
  );

  it('a 20 KB header answers 431 or 400', async () => {
    const response = await rawRequest('/', { headers: { 'X-Padding': 'a'.repeat(20 * 1024) } });
    expect([400, 431]).toContain(response.status);
    await stillAnswers();
  });

  it.each(['a b', '[::1', 'example.com:99999', ''])(
    'a malformed Host header (%j) answers 400, not 500',
    async (host) => {
      const status = await sendRaw(`GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close`);
      expect(status).toBe(400);
      await stillAnswers();
    },
  );

  it('a request without Host answers 400 (HTTP/1.1) or the page (HTTP/1.0)', async () => {
    expect(await sendRaw('GET / HTTP/1.1\r\nConnection: close')).toBe(400);
    expect(await sendRaw('GET / HTTP/1.0')).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s to a page answers 405 with Allow', async (method) => {
    const response = await rawRequest(REFERENCE_PATH, { method });
    expect(response.status).toBe(405);
    expect(response.headers.allow ?? '').toMatch(/\bGET\b/);
    await stillAnswers();
  });

  it('HEAD of a page answers like GET, without a body', async () => {
    const response = await rawRequest(REFERENCE_PATH, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toHaveLength(0);
  });
});

describe('a stop (SIGTERM) during a render', () => {
  let server: Child | undefined;
  let agent: Agent | undefined;

  afterEach(async () => {
    agent?.destroy();
    await server?.stop(1000);
    server = undefined;
  });

  /**
   * Starts an instance of its own (waiting for the API far longer than the render takes), asks it
   * for the article while the API takes a second, and sends SIGTERM while the render waits on it.
   */
  async function stopDuringRender(connection: Agent | undefined) {
    server = await startServer(mockUrl(), { API_TIMEOUT_MS: '5000' });
    await setFault('article', { delayMs: 1000 });
    let onConnect = () => {};
    const connected = new Promise<void>((resolve) => (onConnect = resolve));
    const answer = rawRequest(REFERENCE_PATH, { base: server.url, agent: connection, onConnect });
    await connected;
    // The request is at the server, its render waiting on the API: now the deploy stops it.
    await new Promise((wait) => setTimeout(wait, 300));
    server.process.kill('SIGTERM');

    const response = await answer;
    const answeredAt = performance.now();
    const code = await server.exited;
    return { response, code, exitedAfterMs: performance.now() - answeredAt };
  }

  it('finishes the answer under way with 200, then exits 0', async () => {
    // A one-off connection (Connection: close), as curl makes it.
    const { response, code, exitedAfterMs } = await stopDuringRender(undefined);
    expect(response.status).toBe(200);
    const html = response.body.toString();
    expect(html).toContain(referenceArticle.title);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
    expect(code).toBe(0);
    // Because the work is done, not at the 10-second last resort.
    expect(exitedAfterMs).toBeLessThan(3000);
  });

  it('is not held up by a keep-alive connection, as a CDN or load balancer keeps one', async () => {
    agent = new Agent({ keepAlive: true });
    const { response, code, exitedAfterMs } = await stopDuringRender(agent);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain(referenceArticle.title);
    expect(code).toBe(0);
    // Not after the connection's keep-alive timeout (5 s) or the 10-second last resort: the
    // answer under way should close its connection (Connection: close) once the stop began.
    expect(exitedAfterMs).toBeLessThan(3000);
  });
});
