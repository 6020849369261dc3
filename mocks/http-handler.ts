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

/**
 * The largest request body read. A comment is at most 2,000 characters (8 KB of UTF-8 at most),
 * a push subscription well under 1 KB: anything bigger is refused before it is read or parsed.
 */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether the request comes from this machine. */
function isLocal(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function sendJson(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  code: string,
  message: string,
) {
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: { code, message } }));
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const origin = request.headers.origin;
  const cors = { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin ?? '*', Vary: 'Origin' };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://mock.localhost');
  // The switches change what every client sees: only for a developer on this machine, and never
  // for a request some server passed on (the app's server adds X-Forwarded-For to what it passes).
  if (url.pathname.startsWith('/__mocks') && (!isLocal(request) || request.headers['x-forwarded-for'])) {
    sendJson(response, 403, cors, 'forbidden', 'The mock switches answer only on this machine');
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  let body: string | undefined;
  try {
    body = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendJson(response, 413, { ...cors, Connection: 'close' }, 'too-large', 'The request body is too large');
    return;
  }
  // A client that leaves ends a hanging or trickling answer.
  const left = new AbortController();
  response.on('close', () => left.abort());
  const mocked = await getResponse(
    handlers,
    new Request(url, { method: request.method, headers, body, signal: left.signal }),
  );

  if (!mocked) {
    sendJson(response, 404, cors, 'no-route', 'No mock for this route');
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
  // Written as it comes, so a trickling answer trickles on the socket too.
  if (mocked.body) {
    for await (const chunk of mocked.body as unknown as AsyncIterable<Uint8Array>) {
      if (left.signal.aborted) return;
      response.write(chunk);
    }
  }
  response.end();
}

/** Answers one request from the mock API; never throws, and never tells a client its internals. */
export function handleMockRequest(request: IncomingMessage, response: ServerResponse): void {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (response.headersSent) response.destroy();
    else sendJson(response, 500, {}, 'mock-crash', 'The mock API failed on this request');
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
