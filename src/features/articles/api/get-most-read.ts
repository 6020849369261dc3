import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { ArticleSummaryListSchema, type ArticleSummary } from '@/api/schemas';
import { articleKeys } from './keys';

export function getMostRead(signal?: AbortSignal): Promise<ArticleSummary[]> {
  return apiRequest(apiUrl('/api/most-read'), ArticleSummaryListSchema, { signal });
}

export function mostReadQueryOptions() {
  return queryOptions({
    queryKey: articleKeys.mostRead(),
    queryFn: ({ signal }) => getMostRead(signal),
    staleTime: 5 * 60_000,
  });
}

export function useMostRead() {
  return useQuery(mostReadQueryOptions());
}
