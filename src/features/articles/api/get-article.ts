import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { takeEarlyData } from '@/api/early-request';
import { ArticleSchema, type Article } from '@/api/schemas';
import { articleUrl } from './article-url';
import { articleKeys } from './keys';

export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return apiRequest(articleUrl(slug), ArticleSchema, { signal });
}

/** The article the page asked for before the app's code arrived, if it is already in. */
export function takeEarlyArticle(slug: string): Promise<Article | undefined> {
  return takeEarlyData(articleUrl(slug), ArticleSchema);
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
