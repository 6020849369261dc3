import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { ArticleSummaryListSchema, type ArticleSummary } from '@/api/schemas';
import { articleUrl } from './article-url';
import { articleKeys } from './keys';

export function getRelated(slug: string, signal?: AbortSignal): Promise<ArticleSummary[]> {
  return apiRequest(`${articleUrl(slug)}/related`, ArticleSummaryListSchema, { signal });
}

export function relatedQueryOptions(slug: string) {
  return queryOptions({
    queryKey: articleKeys.related(slug),
    queryFn: ({ signal }) => getRelated(slug, signal),
    staleTime: 5 * 60_000,
  });
}

export function useRelated(slug: string) {
  return useQuery(relatedQueryOptions(slug));
}
