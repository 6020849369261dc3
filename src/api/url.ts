/**
 * Where the API is. The browser calls its own origin (the server passes `/api/*` through); the
 * server renders pages with the API's own address, set once at its start with `configureApi`.
 */
let apiBaseUrl: string | null = null;
let deadlineMs: number | null = null;

export function configureApi(options: { baseUrl: string; deadlineMs?: number }): void {
  apiBaseUrl = options.baseUrl.replace(/\/$/, '');
  deadlineMs = options.deadlineMs ?? null;
}

/** How long one request may take before it fails, where one is set (on the server). */
export function requestDeadlineMs(): number | null {
  return deadlineMs;
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
