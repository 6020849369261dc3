/**
 * The mock API over HTTP, as a Node request handler: the same MSW handlers, answered to a real
 * socket. `npm run mock-api` serves it alone (mocks/http.ts); the dev server mounts it on its own
 * origin (server/dev.ts). Being a mock, it answers CORS for any origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { handlers } from './handlers';
import { MOCK_MODES, store, type MockMode } from './store';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const origin = request.headers.origin;
  const cors = { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin ?? '*', Vary: 'Origin' };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors).end();
    return;
  }
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const body = await readBody(request);
  const mocked = await getResponse(handlers, new Request(url, { method: request.method, headers, body }));

  if (!mocked) {
    response.writeHead(404, { ...cors, 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({
        error: { code: 'no-route', message: `No mock for ${request.method} ${url.pathname}` },
      }),
    );
    return;
  }
  if (mocked.type === 'error') {
    // An injected "dropped connection": close the socket without an answer.
    request.socket.destroy();
    return;
  }
  const out: Record<string, string> = { ...cors };
  mocked.headers.forEach((value, name) => (out[name] = value));
  response.writeHead(mocked.status, out);
  response.end(Buffer.from(await mocked.arrayBuffer()));
}

/** Answers one request from the mock API; never throws. */
export function handleMockRequest(request: IncomingMessage, response: ServerResponse): void {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'mock-crash', message: String(error) } }));
  });
}

/** `MOCK_MODE=slow|fail|empty`, `MOCK_MODERATION=on` and `MOCK_BREAKING=off` switch the mock at its start. */
export function applyMockEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const mode = env.MOCK_MODE;
  if (mode && (MOCK_MODES as readonly string[]).includes(mode))
    store.updateSettings({ mode: mode as MockMode });
  if (env.MOCK_MODERATION === 'on') store.updateSettings({ moderation: true });
  if (env.MOCK_BREAKING === 'off') store.updateSettings({ breaking: false });
}
