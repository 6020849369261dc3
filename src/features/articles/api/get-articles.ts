import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { ArticlePageSchema, type ArticlePage } from '@/api/schemas';
import { articleKeys } from './keys';

export const ARTICLES_PAGE_SIZE = 10;

export function getArticles(
  { page, tag }: { page: number; tag?: string },
  signal?: AbortSignal,
): Promise<ArticlePage> {
  return apiRequest(apiUrl('/api/articles', { page, pageSize: ARTICLES_PAGE_SIZE, tag }), ArticlePageSchema, {
    signal,
  });
}

export function articlesQueryOptions(tag?: string) {
  return infiniteQueryOptions({
    queryKey: articleKeys.list({ tag }),
    queryFn: ({ pageParam, signal }) => getArticles({ page: pageParam, tag }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function useArticles(tag?: string) {
  return useInfiniteQuery(articlesQueryOptions(tag));
}
