import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { CommentPageSchema, type CommentPage, type CommentSort } from '@/api/comment-schemas';
import { commentKeys } from './keys';

/** An article's comments: read page by page here, posted to in post-comment.ts. */
export const commentsPath = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`;

export function getComments(
  { slug, sort, cursor }: { slug: string; sort: CommentSort; cursor: string | null },
  signal?: AbortSignal,
): Promise<CommentPage> {
  return apiRequest(apiUrl(commentsPath(slug), { sort, cursor: cursor ?? undefined }), CommentPageSchema, {
    signal,
  });
}

export function commentsQueryOptions(slug: string, sort: CommentSort) {
  return infiniteQueryOptions({
    queryKey: commentKeys.list(slug, sort),
    queryFn: ({ pageParam, signal }) => getComments({ slug, sort, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Asked for even offline: the service worker may hold the list (a retry waits for the connection).
    networkMode: 'offlineFirst',
  });
}

export function useComments(slug: string, sort: CommentSort) {
  return useInfiniteQuery(commentsQueryOptions(slug, sort));
}
