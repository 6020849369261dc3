import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/client';

const MAX_RETRIES = 2;

/** Retry what may pass on a second try (network, 5xx, 429); never a 404 or a broken contract. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isApiError(error)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && error.status !== null && (error.status >= 500 || error.status === 429);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero, so what the server rendered is not asked for again as the page hydrates.
        staleTime: 60_000,
        retry: shouldRetry,
        // 1 s, 2 s, 4 s… capped: back-off for GETs.
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
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
