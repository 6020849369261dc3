/**
 * What every mock route shares: the error body of the contract, and the switches that turn a
 * route slow, failing or broken (the fault-injection layer), applied before the route answers.
 */
import { delay, HttpResponse, type HttpResponseResolver, type PathParams, type DefaultBodyType } from 'msw';
import type { ApiErrorBody } from '../../src/api/schemas';
import { store, type RouteId } from '../store';

export function apiError(
  status: number,
  code: string,
  message: string,
  init: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const body: ApiErrorBody = { error: { code, message, ...(init.fields ? { fields: init.fields } : {}) } };
  return HttpResponse.json(body, { status, headers: init.headers });
}

/** Wraps a resolver so the store's mode and the route's injected fault apply to it. */
export function route<Params extends PathParams, Body extends DefaultBodyType>(
  id: RouteId,
  resolver: HttpResponseResolver<Params, Body>,
): HttpResponseResolver<Params, Body> {
  return async (info) => {
    const { settings } = store;
    const fault = store.takeFault(id);
    const waitMs = (fault?.delayMs ?? 0) + (settings.mode === 'slow' ? settings.slowDelayMs : 0);
    if (waitMs > 0) await delay(waitMs);
    if (fault?.drop) return HttpResponse.error();
    if (fault?.hang) return hang(info.request.signal);
    if (fault?.status) {
      const retryAfter = fault.retryAfterSeconds ?? (fault.status === 429 ? 30 : undefined);
      return apiError(fault.status, `injected-${fault.status}`, 'Injected fault', {
        headers: retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) },
      });
    }
    if (fault?.badBody === 'not-json') {
      return new HttpResponse('<!doctype html><title>502</title>Bad gateway', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      });
    }
    if (fault?.badBody === 'schema') return HttpResponse.json({ unexpected: 'shape' });
    if (settings.mode === 'fail') return apiError(500, 'mock-fail-mode', 'The mock API is in failing mode');
    const response = await resolver(info);
    return fault?.trickle && response instanceof Response ? trickle(response, info.request.signal) : response;
  };
}

/** Never answers; gives the client a network error once it leaves, so nothing is held after. */
function hang(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(HttpResponse.error());
    signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true });
  });
}

/** How a trickling answer comes: this many bytes, then a pause. About 4 bytes a second: even the
 * smallest answer (a tag, ~40 bytes) then takes longer than any deadline of the app (5 s). */
const TRICKLE_BYTES = 2;
const TRICKLE_PAUSE_MS = 500;

/** The same answer, its status and headers at once, its body a few bytes a second. */
function trickle(response: Response, signal: AbortSignal): Response {
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  let bytes: Uint8Array | null = null;
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      bytes ??= new Uint8Array(await response.arrayBuffer());
      if (sent > 0) await new Promise((resolve) => (timer = setTimeout(resolve, TRICKLE_PAUSE_MS)));
      if (signal.aborted) return controller.error(signal.reason);
      controller.enqueue(bytes.slice(sent, sent + TRICKLE_BYTES));
      sent += TRICKLE_BYTES;
      if (sent >= bytes.length) controller.close();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new HttpResponse(body, { status: response.status, headers });
}

/**
 * The API's caching headers, as a real news API would send them (the app's server passes them
 * through on GETs): published content may be kept briefly by shared caches; a comment list is
 * revalidated on every read, so a new comment shows to every reader at once.
 */
export const cacheHeaders = {
  published: { 'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=60' },
  weather: { 'Cache-Control': 'public, max-age=300' },
  comments: { 'Cache-Control': 'no-cache' },
} as const;
