/**
 * The one place the app calls `fetch`. Every answer is parsed with its schema here, so nothing
 * unparsed leaves `src/api/`, and every failure becomes an `ApiError` that names the URL.
 */
import * as z from 'zod/mini';
import { ApiErrorBodySchema } from './schemas';
import { requestDeadlineMs } from './url';

export { apiUrl } from './url';

export type ApiErrorKind =
  | 'http' // the server answered with an error status
  | 'network' // no answer at all: offline, dropped connection, CORS
  | 'timeout' // no whole answer within the request's deadline: a hung or trickling server
  | 'too-large' // an answer larger than any the contract allows
  | 'invalid-json' // the body is not JSON
  | 'schema'; // JSON that does not match the contract

/**
 * The largest answer read. The largest the contract allows is a page of 20 comment threads with
 * their replies, at most 2,000 characters each: a few hundred kilobytes. Anything bigger is a
 * broken or hostile server, refused before it fills the reader's memory.
 */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly status: number | null;
  readonly code: string | null;
  /** Server-side field errors (400), by field name. */
  readonly fields: Readonly<Record<string, string>>;
  /** Seconds from `Retry-After` (429, 503). */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    url: string;
    message: string;
    status?: number | null;
    code?: string | null;
    fields?: Record<string, string>;
    retryAfterSeconds?: number | null;
    cause?: unknown;
  }) {
    super(`${init.message} (${init.url})`, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.url = init.url;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.fields = init.fields ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

/** Fetches, checks the status and parses the answer with `schema`. Throws `ApiError`. */
export async function apiRequest<T>(
  url: string,
  schema: z.ZodMiniType<T> | null,
  options: RequestOptions = {},
): Promise<T> {
  // Every request has a deadline, body included: a hung or trickling server must end in the
  // same error states as a failed one. One controller ends the request, at the deadline or when
  // the caller leaves. Not AbortSignal.any: on Node 20 every signal it makes stays in memory with
  // its listeners (the answer's reader among them), and the server grew by the page's data on
  // every render.
  const method = options.method ?? 'GET';
  const caller = options.signal;
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort(new DOMException('The API did not answer in time', 'TimeoutError'));
  }, requestDeadlineMs(method));
  const callerLeft = () => request.abort(caller?.reason);
  if (caller?.aborted) callerLeft();
  else caller?.addEventListener('abort', callerLeft, { once: true });
  try {
    return await send(url, schema, { ...options, method }, request.signal);
  } catch (error) {
    // The caller left: that is theirs to know, not an error of the API.
    if (caller?.aborted) throw error;
    if (timedOut)
      throw new ApiError({ kind: 'timeout', url, message: 'The API did not answer in time', cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', callerLeft);
  }
}

async function send<T>(
  url: string,
  schema: z.ZodMiniType<T> | null,
  options: RequestOptions,
  signal: AbortSignal,
): Promise<T> {
  const { method = 'GET', body, headers } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ApiError({ kind: 'network', url, message: 'Network request failed', cause });
  }

  if (!response.ok) {
    const payload = ApiErrorBodySchema.safeParse(await readJson(response, url, signal).catch(() => null));
    throw new ApiError({
      kind: 'http',
      url,
      status: response.status,
      message: payload.success ? payload.data.error.message : `HTTP ${response.status}`,
      code: payload.success ? payload.data.error.code : null,
      fields: payload.success ? payload.data.error.fields : undefined,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }

  if (schema === null || response.status === 204) return undefined as T;

  const json = await readJson(response, url, signal);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'schema',
      url,
      status: response.status,
      message: `Response does not match the contract: ${z.prettifyError(parsed.error)}`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The body as JSON, read up to MAX_RESPONSE_BYTES. A body cut off by `signal` rethrows its reason. */
async function readJson(response: Response, url: string, signal: AbortSignal): Promise<unknown> {
  const tooLarge = () =>
    new ApiError({ kind: 'too-large', url, status: response.status, message: 'The answer is too large' });
  if (Number(response.headers.get('Content-Length') ?? 0) > MAX_RESPONSE_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  let text: string;
  try {
    text = await readText(response, signal, tooLarge);
  } catch (cause) {
    if (cause instanceof ApiError || signal.aborted) throw cause;
    throw new ApiError({ kind: 'network', url, message: 'The answer was cut off', cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ApiError({
      kind: 'invalid-json',
      url,
      status: response.status,
      message: 'Response is not JSON',
      cause,
    });
  }
}

async function readText(response: Response, signal: AbortSignal, tooLarge: () => ApiError): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Not every body ends when its request is aborted (one a service worker or a test makes up):
  // each read is raced against the signal.
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => {
      void reader.cancel().catch(() => undefined);
      reject(signal.reason);
    };
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined);
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
