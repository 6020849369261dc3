/**
 * Where the API is, and how long a request to it may take. The browser calls its own origin (the
 * server passes `/api/*` through); the server renders pages with the API's own address and its
 * own deadline, set once at its start with `configureApi`.
 */
export type RequestDeadlines = {
  /** A GET, body included: the reader then sees the error and «إعادة المحاولة». */
  read: number;
  /** A POST or DELETE: the comment form then keeps the draft and offers a retry with the same key. */
  write: number;
};

/**
 * In the browser. A read answers in well under a second on a good connection and in a few on a
 * slow 3G one; past 15 s a reader is better served by the error and a retry than by a skeleton.
 * A post is given longer: giving up on one that did arrive costs a retry (the same
 * Idempotency-Key makes it harmless), but it should not be given up on early.
 */
export const BROWSER_DEADLINES: RequestDeadlines = { read: 15_000, write: 20_000 };

let apiBaseUrl: string | null = null;
let deadlines: RequestDeadlines = BROWSER_DEADLINES;

export function configureApi(options: { baseUrl?: string; deadlines?: RequestDeadlines }): void {
  if (options.baseUrl !== undefined) apiBaseUrl = options.baseUrl.replace(/\/$/, '');
  if (options.deadlines) deadlines = options.deadlines;
}

/** How long one request may take, body included, before it fails as a timeout. */
export function requestDeadlineMs(method: string): number {
  return method === 'GET' || method === 'HEAD' ? deadlines.read : deadlines.write;
}

/** An API address: the base, the path, and the query without empty values. */
export function apiUrl(path: string, query?: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  const base = apiBaseUrl ?? globalThis.location?.origin ?? '';
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/** One path segment of an API or page address: a slug or an id, whatever it holds. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}
