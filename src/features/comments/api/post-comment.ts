import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import {
  CommentSchema,
  type Comment,
  type CommentPage,
  type CommentSort,
  type NewComment,
} from '@/api/comment-schemas';
import { addPendingComment, clearDraft, saveGuestDetails } from '@/lib/comment-storage';
import { commentsPath } from './get-comments';
import { commentKeys } from './keys';

export type PostCommentVariables = {
  slug: string;
  input: NewComment;
  idempotencyKey: string;
  /** The comment the guest answered, to place the optimistic reply in its thread. */
  replyTo: Pick<Comment, 'id' | 'parentId' | 'authorName'> | null;
  /** «تذكّر بياناتي»: keep the name and email on this device once the comment went. */
  remember: boolean;
};

export function postComment({ slug, input, idempotencyKey }: PostCommentVariables): Promise<Comment> {
  return apiRequest(apiUrl(commentsPath(slug)), CommentSchema, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

type CommentsData = InfiniteData<CommentPage, string | null>;

export const OPTIMISTIC_PREFIX = 'sending-';

/** Puts `comment` where the reader expects it: a thread at the top (newest) or the end (oldest), a reply after its thread. */
function insertComment(data: CommentsData, sort: CommentSort, comment: Comment): CommentsData {
  const pages = data.pages.map((page) => ({ ...page, items: [...page.items] }));
  if (comment.parentId === null) {
    if (sort === 'newest') pages[0]?.items.unshift(comment);
    else pages[pages.length - 1]?.items.push(comment);
    return { ...data, pages };
  }
  for (const page of pages) {
    const rootIndex = page.items.findIndex((item) => item.id === comment.parentId);
    if (rootIndex === -1) continue;
    let at = rootIndex + 1;
    while (at < page.items.length && page.items[at]?.parentId === comment.parentId) at++;
    page.items.splice(at, 0, comment);
    break;
  }
  return { ...data, pages };
}

function replaceComment(
  data: CommentsData,
  id: string,
  next: Comment | null,
  totalDelta: number,
): CommentsData {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      total: page.total + totalDelta,
      items: page.items.flatMap((item) => (item.id === id ? (next ? [next] : []) : [item])),
    })),
  };
}

function sortOf(queryKey: readonly unknown[]): CommentSort {
  return queryKey[queryKey.length - 1] === 'oldest' ? 'oldest' : 'newest';
}

function updateLists(
  queryClient: QueryClient,
  slug: string,
  update: (data: CommentsData, sort: CommentSort) => CommentsData,
) {
  for (const [queryKey, data] of queryClient.getQueriesData<CommentsData>({
    queryKey: commentKeys.article(slug),
  })) {
    if (data) queryClient.setQueryData<CommentsData>(queryKey, update(data, sortOf(queryKey)));
  }
}

/** The comment as it will look, shown at once while it is on its way. */
export function optimisticComment({ input, idempotencyKey, replyTo }: PostCommentVariables): Comment {
  return {
    id: `${OPTIMISTIC_PREFIX}${idempotencyKey}`,
    parentId: replyTo ? (replyTo.parentId ?? replyTo.id) : null,
    replyToName: replyTo?.parentId ? replyTo.authorName : null,
    authorName: input.authorName.trim(),
    body: input.body,
    createdAt: new Date().toISOString(),
    status: 'published',
  };
}

/**
 * Posts a guest's comment with an optimistic update: the comment shows at once and is taken out
 * of the lists again if the server refuses. The draft is cleared, and the guest's details kept
 * (if they asked), only after the server accepted it, even if the form has gone by then.
 */
export function usePostComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postComment,
    onMutate: async (variables): Promise<{ tempId: string }> => {
      await queryClient.cancelQueries({ queryKey: commentKeys.article(variables.slug) });
      const temp = optimisticComment(variables);
      updateLists(queryClient, variables.slug, (data, sort) => insertComment(data, sort, temp));
      return { tempId: temp.id };
    },
    // Only this comment goes: another form's comment, sending or sent meanwhile, stays.
    onError: (_error, { slug }, context) => {
      if (context) updateLists(queryClient, slug, (data) => replaceComment(data, context.tempId, null, 0));
    },
    onSuccess: (comment, { slug, input, replyTo, remember }, context) => {
      const tempId = context?.tempId ?? '';
      if (comment.status === 'published') {
        updateLists(queryClient, slug, (data, sort) => {
          const placed = data.pages.some((page) => page.items.some((item) => item.id === tempId));
          return placed
            ? replaceComment(data, tempId, comment, 1)
            : insertComment(replaceComment(data, tempId, null, 1), sort, comment);
        });
      } else {
        updateLists(queryClient, slug, (data) => replaceComment(data, tempId, null, 0));
        addPendingComment(slug, comment);
      }
      clearDraft(slug, replyTo?.id ?? null);
      saveGuestDetails({ authorName: input.authorName.trim(), email: input.email ?? '' }, remember);
    },
    onSettled: async (_comment, _error, { slug }) => {
      const lists = { queryKey: commentKeys.article(slug) };
      await queryClient.invalidateQueries({ ...lists, refetchType: 'none' });
      // A list still on its first load when the comment went (a comment that waited offline goes
      // as the page opens) was cancelled above with nothing to show: it loads now, comment and all.
      void queryClient.refetchQueries({
        ...lists,
        type: 'active',
        predicate: (query) => query.state.data === undefined,
      });
    },
  });
}
