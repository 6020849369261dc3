import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { BreakingNewsSchema, type BreakingNews } from '@/api/schemas';

/** How often the bar asks again, while the tab is visible. */
export const BREAKING_POLL_MS = 60_000;

export function getBreaking(signal?: AbortSignal): Promise<BreakingNews> {
  return apiRequest(apiUrl('/api/breaking'), BreakingNewsSchema, { signal });
}

export function breakingQueryOptions() {
  return queryOptions({
    queryKey: ['breaking'],
    queryFn: ({ signal }) => getBreaking(signal),
    staleTime: 30_000,
    // Every minute while the reader can see the page; not at all while the tab is hidden
    // (TanStack Query asks again when it is shown, if the answer is older than staleTime).
    refetchInterval: BREAKING_POLL_MS,
    refetchIntervalInBackground: false,
    // A bar is not worth an error: one quiet retry, then the last answer stays.
    retry: 1,
  });
}

export function useBreaking() {
  return useQuery(breakingQueryOptions());
}
