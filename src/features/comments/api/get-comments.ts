import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { CommentPageSchema, type CommentPage, type CommentSort } from '@/api/schemas';
import { commentKeys } from './keys';

export function getComments(
  { slug, sort, cursor }: { slug: string; sort: CommentSort; cursor: string | null },
  signal?: AbortSignal,
): Promise<CommentPage> {
  return apiRequest(
    apiUrl(`/api/articles/${encodeURIComponent(slug)}/comments`, { sort, cursor: cursor ?? undefined }),
    CommentPageSchema,
    { signal },
  );
}

export function commentsQueryOptions(slug: string, sort: CommentSort) {
  return infiniteQueryOptions({
    queryKey: commentKeys.list(slug, sort),
    queryFn: ({ pageParam, signal }) => getComments({ slug, sort, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useComments(slug: string, sort: CommentSort) {
  return useInfiniteQuery(commentsQueryOptions(slug, sort));
}
