import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { ArticleSchema, type Article } from '@/api/schemas';
import { articleKeys } from './keys';

export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return apiRequest(apiUrl(`/api/articles/${encodeURIComponent(slug)}`), ArticleSchema, { signal });
}

export function articleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal }) => getArticle(slug, signal),
  });
}

export function useArticle(slug: string) {
  return useQuery(articleQueryOptions(slug));
}
