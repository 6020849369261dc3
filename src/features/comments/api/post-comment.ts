import {
  MutationObserver,
  mutationOptions,
  useMutation,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { apiRequest, apiUrl, isApiError } from '@/api/client';
import {
  CommentSchema,
  type Comment,
  type CommentPage,
  type CommentSort,
  type NewComment,
} from '@/api/comment-schemas';
import {
  addPendingComment,
  clearDraftIfSent,
  readPostOutcome,
  readQueuedDrafts,
  readRememberedGuest,
  saveGuestDetails,
  savePostOutcome,
  type PostOutcome,
} from '@/lib/comment-storage';
import { createStore, get, set } from 'idb-keyval';
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

/** The reader changed the text of a queued post before it went: that post is not sent. */
export class WithdrawnPostError extends Error {
  constructor() {
    super('The queued comment was withdrawn for an edit');
    this.name = 'WithdrawnPostError';
  }
}

/**
 * Sends a post once across this device's tabs: under a Web Lock named by its Idempotency-Key, a
 * tab first reads what became of that key (sent by another tab, or withdrawn), and posts only if
 * nothing did. Two tabs that resume the same queued comment when the connection returns make one
 * request; the server's idempotency covers what is left (an answer lost on the way).
 */
export async function postCommentOnce(variables: PostCommentVariables): Promise<Comment> {
  const key = variables.idempotencyKey;
  const attempt = async () => {
    const outcome = (await readSharedOutcome(key)) ?? readPostOutcome(key);
    if (outcome && 'withdrawn' in outcome) throw new WithdrawnPostError();
    if (outcome) return outcome.comment;
    const comment = await postComment(variables);
    await recordOutcome(key, { comment });
    return comment;
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(`comment-post:${key}`, attempt) : attempt();
}

/**
 * The outcomes, where every tab reads what another wrote the moment it is written: IndexedDB
 * (localStorage reaches other tabs a little later in Chromium, too late for a tab that takes the
 * lock just after). The localStorage copy serves the form, which reads it as it renders.
 */
let sharedStore: ReturnType<typeof createStore> | undefined;
const outcomeStore = () =>
  typeof indexedDB === 'undefined' ? null : (sharedStore ??= createStore('zagros-reader-posts', 'outcomes'));

async function readSharedOutcome(key: string): Promise<PostOutcome | null> {
  const store = outcomeStore();
  if (!store) return null;
  try {
    const saved = await get<PostOutcome>(key, store);
    return saved ?? null;
  } catch {
    return null;
  }
}

async function recordOutcome(key: string, outcome: PostOutcome): Promise<void> {
  savePostOutcome(key, outcome);
  const store = outcomeStore();
  if (store) await set(key, outcome, store).catch(() => undefined);
}

/** A post that failed on the connection is tried again, 15 s apart, three times; offline it waits for the connection. */
const NETWORK_RETRIES = 3;
const NETWORK_RETRY_DELAY_MS = 15_000;

/**
 * The comment mutation, by its key (`commentKeys.post()`): set as the query client's defaults, so a
 * post queued offline, restored from storage after the tab closed, or resumed when the connection
 * returns on any page of the site, runs with the same function and updates. The comment shows at
 * once (optimistic), and goes from the lists again if the server refuses. The draft is cleared, and
 * the guest's details kept (if they asked), only after the server accepted it.
 */
function postCommentOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: commentKeys.post(),
    mutationFn: postCommentOnce,
    // Offline, TanStack Query holds the post (paused) and sends it when onlineManager says the
    // connection is back. A connection that failed while the browser still called itself online
    // is tried again a few times.
    networkMode: 'online',
    retry: (failureCount, error) =>
      isApiError(error) && error.kind === 'network' && failureCount < NETWORK_RETRIES,
    retryDelay: NETWORK_RETRY_DELAY_MS,
    onMutate: async (variables: PostCommentVariables): Promise<{ tempId: string }> => {
      await queryClient.cancelQueries({ queryKey: commentKeys.article(variables.slug) });
      const temp = optimisticComment(variables);
      updateLists(queryClient, variables.slug, (data, sort) =>
        data.pages.some((page) => page.items.some((item) => item.id === temp.id))
          ? data
          : insertComment(data, sort, temp),
      );
      return { tempId: temp.id };
    },
    // Only this comment goes: another form's comment, sending or sent meanwhile, stays.
    onError: (_error, variables, context) => {
      const tempId = context?.tempId ?? optimisticComment(variables).id;
      updateLists(queryClient, variables.slug, (data) => replaceComment(data, tempId, null, 0));
    },
    onSuccess: (comment, variables, context) => {
      const { slug, input, replyTo, remember, idempotencyKey } = variables;
      const tempId = context?.tempId ?? optimisticComment(variables).id;
      if (comment.status === 'published') {
        updateLists(queryClient, slug, (data, sort) => {
          const listed = data.pages.some((page) => page.items.some((item) => item.id === comment.id));
          if (listed) return replaceComment(data, tempId, null, 0);
          const placed = data.pages.some((page) => page.items.some((item) => item.id === tempId));
          return placed
            ? replaceComment(data, tempId, comment, 1)
            : insertComment(replaceComment(data, tempId, null, 1), sort, comment);
        });
      } else {
        updateLists(queryClient, slug, (data) => replaceComment(data, tempId, null, 0));
        addPendingComment(slug, comment);
      }
      // Another post of the same text, waiting for its retry (the reader sent it again), is done too.
      for (const other of unsettledPosts(queryClient, idempotencyKey))
        if (other.state.context !== context) queryClient.getMutationCache().remove(other);
      clearDraftIfSent(slug, replyTo?.id ?? null, idempotencyKey);
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

/** Once per query client (src/app): the defaults that let a stored or resumed post run anywhere. */
export function registerCommentMutations(queryClient: QueryClient): void {
  queryClient.setMutationDefaults(commentKeys.post(), postCommentOptions(queryClient));
}

/** The posts of this client under `idempotencyKey` that have not settled (queued, retrying or on their way). */
export function unsettledPosts(queryClient: QueryClient, idempotencyKey: string) {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: commentKeys.post(), status: 'pending' })
    .filter(
      (mutation) =>
        (mutation.state.variables as PostCommentVariables | undefined)?.idempotencyKey === idempotencyKey,
    );
}

/**
 * The reader edits a queued draft: its post must not go. It leaves this tab's queue, the other
 * tabs read it as withdrawn before sending, and its comment leaves the thread. The edit goes later
 * under a new key.
 */
export function withdrawQueuedPost(queryClient: QueryClient, slug: string, idempotencyKey: string): void {
  void recordOutcome(idempotencyKey, { withdrawn: true });
  for (const mutation of unsettledPosts(queryClient, idempotencyKey))
    queryClient.getMutationCache().remove(mutation);
  updateLists(queryClient, slug, (data) =>
    replaceComment(data, `${OPTIMISTIC_PREFIX}${idempotencyKey}`, null, 0),
  );
}

/**
 * Drafts this device handed to the queue that no post of this client holds (the tab that queued
 * them closed before its queue was stored, or another tab stored over it): queued again, with
 * their own key. Offline they wait; online they go, once (postCommentOnce).
 */
export function requeueWaitingDrafts(queryClient: QueryClient): void {
  for (const { slug, parentId, draft } of readQueuedDrafts()) {
    const key = draft.idempotencyKey;
    if (!key || unsettledPosts(queryClient, key).length > 0) continue;
    const outcome = readPostOutcome(key);
    if (outcome && 'withdrawn' in outcome) continue;
    const observer = new MutationObserver<Comment, Error, PostCommentVariables, { tempId: string }>(
      queryClient,
      {
        mutationKey: commentKeys.post(),
      },
    );
    observer
      .mutate({
        slug,
        idempotencyKey: key,
        replyTo: parentId ? { id: parentId, parentId: null, authorName: '' } : null,
        remember: readRememberedGuest() !== null,
        input: {
          authorName: draft.authorName.trim(),
          ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
          body: draft.body,
          ...(parentId ? { parentId } : {}),
        },
      })
      .catch(() => undefined);
  }
}

/** The form's handle on the comment mutation (its options are the client's defaults, set here too for tests' clients). */
export function usePostComment() {
  const queryClient = useQueryClient();
  return useMutation(postCommentOptions(queryClient));
}
