import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/client';

const MAX_RETRIES = 2;
/** A 429 or 503 asking for a longer wait than this is not retried by itself: the reader retries. */
const MAX_RETRY_AFTER_SECONDS = 30;

/**
 * Retry what may pass on a second try (a dropped connection, 5xx, 429); never a 404, a broken
 * contract, an answer too large, or a timeout (the reader has waited the whole deadline already).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'network') return true;
  if (error.kind !== 'http' || error.status === null) return false;
  if ((error.retryAfterSeconds ?? 0) > MAX_RETRY_AFTER_SECONDS) return false;
  return error.status >= 500 || error.status === 429;
}

/** 1 s, 2 s, 4 s… capped; never sooner than the server's `Retry-After`. */
export function retryDelay(attempt: number, error: unknown): number {
  const backOff = Math.min(1000 * 2 ** attempt, 8000);
  const asked = isApiError(error) && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : 0;
  return Math.max(backOff, asked);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero, so what the server rendered is not asked for again as the page hydrates.
        staleTime: 60_000,
        // Asked for even offline: the service worker may answer from its cache. Retries wait
        // for the connection.
        networkMode: 'offlineFirst',
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * The browser's client: kept a day in memory (and a week on the device, src/app/persistence.ts,
 * which also sets the comment posts' defaults before it restores any).
 */
export function createBrowserQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, gcTime: 24 * 60 * 60 * 1000 },
  });
  return queryClient;
}

/**
 * One per request on the server: nothing of one reader's page leaks into another's. No retries:
 * a page waits for the API once, within its deadline, then shows the error page.
 */
export function createServerQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: false, gcTime: Infinity } },
  });
}
