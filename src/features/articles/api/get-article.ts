import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { ArticleSchema, type Article } from '@/api/schemas';
import { articleUrl } from './article-url';
import { articleKeys } from './keys';

export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return apiRequest(articleUrl(slug), ArticleSchema, { signal });
}

export function articleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal }) => getArticle(slug, signal),
  });
}

/** The article its route's loader has put in the cache. */
export function useArticle(slug: string) {
  return useSuspenseQuery(articleQueryOptions(slug));
}
