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
  | 'invalid-json' // the body is not JSON
  | 'schema'; // JSON that does not match the contract

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
  // The server gives the API a deadline, body included: a page must not wait for ever on a hung
  // or trickling upstream. A timer of its own, not AbortSignal.timeout: combined with
  // AbortSignal.any, Node 20 holds that one weakly and a garbage collection can lose it.
  const deadline = requestDeadlineMs();
  if (deadline === null) return send(url, schema, options, options.signal);
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('The API did not answer in time', 'TimeoutError')),
    deadline,
  );
  try {
    const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
    return await send(url, schema, options, signal);
  } finally {
    clearTimeout(timer);
  }
}

async function send<T>(
  url: string,
  schema: z.ZodMiniType<T> | null,
  options: RequestOptions,
  signal: AbortSignal | undefined,
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
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ kind: 'network', url, message: 'Network request failed', cause });
  }

  if (!response.ok) {
    const payload = ApiErrorBodySchema.safeParse(await readJson(response));
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

  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    // Cut off while the body came in: the caller left, or the deadline passed.
    if (options.signal?.aborted) throw cause;
    if (signal?.aborted)
      throw new ApiError({ kind: 'network', url, message: 'The answer was cut off', cause });
    throw new ApiError({
      kind: 'invalid-json',
      url,
      status: response.status,
      message: 'Response is not JSON',
      cause,
    });
  }
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

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
