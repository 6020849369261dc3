import { config } from './config';

/** An API address: the configured base, the path, and the query without empty values. */
export function apiUrl(path: string, query?: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${config.apiBaseUrl}${path}${qs ? `?${qs}` : ''}`;
}
