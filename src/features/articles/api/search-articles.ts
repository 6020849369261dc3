import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { ArticlePageSchema, type ArticlePage } from '@/api/schemas';
import { articleKeys } from './keys';

export const SEARCH_PAGE_SIZE = 10;

export type SearchParams = { query: string; page: number };

/** What the search page's address asks for: `?q=` trimmed, `?page=` a whole number from 1. */
export function readSearchParams(params: URLSearchParams): SearchParams {
  const page = Number(params.get('page'));
  return {
    query: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function searchArticles({ query, page }: SearchParams, signal?: AbortSignal): Promise<ArticlePage> {
  return apiRequest(
    apiUrl('/api/search', { q: query, page, pageSize: SEARCH_PAGE_SIZE }),
    ArticlePageSchema,
    { signal },
  );
}

export function searchQueryOptions(params: SearchParams) {
  return queryOptions({
    queryKey: articleKeys.search(params),
    queryFn: ({ signal }) => searchArticles(params, signal),
  });
}

export function useSearchResults(params: SearchParams, enabled: boolean) {
  return useQuery({ ...searchQueryOptions(params), enabled });
}
