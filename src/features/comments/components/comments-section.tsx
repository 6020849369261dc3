import { useMutationState } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Comment, CommentSort } from '@/api/comment-schemas';
import { ErrorState } from '@/components/ui/error-state';
import { LoadMore } from '@/components/ui/load-more';
import { useMinuteClock } from '@/hooks/use-now';
import { arComments, arForm } from '@/i18n/ar-comments';
import { ar } from '@/i18n/ar';
import { forgetPendingComments, readSort, saveSort } from '@/lib/comment-storage';
import { decodeOrKeep } from '@/lib/url-text';
import { useComments } from '../api/get-comments';
import { commentKeys } from '../api/keys';
import { OPTIMISTIC_PREFIX, optimisticComment, type PostCommentVariables } from '../api/post-comment';
import { usePendingComments } from '../hooks/use-pending-comments';
import { CommentForm } from './comment-form';
import { CommentsHeadingRow } from './comments-heading';
import { CommentItem, commentElementId, replyButtonId } from './comment-item';
import { buttonClasses } from '@/components/ui/button-classes';

type Thread = { root: Comment; replies: Comment[] };

/**
 * How many pages a permalink loads looking for its comment (20 threads each): a link to a comment
 * that is gone, or was never there, must not page through every comment of a busy article.
 */
export const PERMALINK_MAX_PAGES = 10;

/** Groups pages of `[thread, ...its replies]` into threads, once each, with the guest's pending ones. */
function buildThreads(pages: readonly Comment[][], pending: readonly Comment[], sort: CommentSort): Thread[] {
  const seen = new Set<string>();
  const threads: Thread[] = [];
  const byId = new Map<string, Thread>();
  for (const comment of pages.flat()) {
    if (seen.has(comment.id)) continue;
    seen.add(comment.id);
    if (comment.parentId === null) {
      const thread = { root: comment, replies: [] };
      threads.push(thread);
      byId.set(comment.id, thread);
    } else {
      byId.get(comment.parentId)?.replies.push(comment);
    }
  }
  const waiting = pending.filter((comment) => !seen.has(comment.id));
  for (const comment of waiting) {
    if (comment.parentId === null) {
      const thread = { root: comment, replies: [] };
      if (sort === 'newest') threads.unshift(thread);
      else threads.push(thread);
      byId.set(comment.id, thread);
    }
  }
  for (const comment of waiting)
    if (comment.parentId !== null) byId.get(comment.parentId)?.replies.push(comment);
  return threads;
}

/**
 * What the region «التعليقات (N)» holds (the region itself is the article route's, there before
 * this code): the heading with the sort, the comments of one article, their pages and the guest form.
 */
export function CommentsSection({ slug, initialCount }: { slug: string; initialCount: number }) {
  const [sort, setSort] = useState<CommentSort>(readSort);
  const query = useComments(slug, sort);
  const held = usePendingComments(slug);
  // This article's posts in the query client's queue: shown in the thread until the server has
  // them, marked «في انتظار الاتصال» while they wait (one restored after a reload shows too).
  const queue = useMutationState({
    filters: {
      mutationKey: commentKeys.post(),
      status: 'pending',
      predicate: (mutation) => (mutation.state.variables as PostCommentVariables | undefined)?.slug === slug,
    },
    select: (mutation) => ({
      variables: mutation.state.variables as PostCommentVariables,
      createdAt: mutation.state.submittedAt,
      waiting: mutation.state.isPaused || mutation.state.failureCount > 0,
    }),
  });
  const waitingIds = useMemo(
    () =>
      new Set(
        queue
          .filter((post) => post.waiting)
          .map((post) => `${OPTIMISTIC_PREFIX}${post.variables.idempotencyKey}`),
      ),
    [queue],
  );
  const pending = useMemo(
    () => [
      ...held,
      ...queue.map((post) => ({
        ...optimisticComment(post.variables),
        ...(post.createdAt ? { createdAt: new Date(post.createdAt).toISOString() } : {}),
      })),
    ],
    [held, queue],
  );
  const now = useMinuteClock();
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusReturn, setFocusReturn] = useState<{ id: string } | null>(null);
  const { hash } = useLocation();
  const targetId = hash.startsWith('#comment-') ? decodeOrKeep(hash.slice('#comment-'.length)) : null;

  const pages = useMemo(() => query.data?.pages.map((page) => page.items) ?? [], [query.data]);
  const threads = useMemo(() => buildThreads(pages, pending, sort), [pages, pending, sort]);
  const total = query.data?.pages[0]?.total ?? initialCount;
  const targetLoaded = targetId !== null && pages.some((items) => items.some((c) => c.id === targetId));

  // The server now lists some of the guest's pending comments: they are published, stop keeping them.
  useEffect(() => {
    const listed = new Set(pages.flat().map((comment) => comment.id));
    const published = pending.filter((comment) => listed.has(comment.id)).map((comment) => comment.id);
    if (published.length) forgetPendingComments(slug, published);
  }, [pages, pending, slug]);

  // A permalink to a comment beyond the first page: load pages until it arrives, there are none
  // left, or PERMALINK_MAX_PAGES have come; then say it was not found.
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const searching = targetId !== null && !targetLoaded && pages.length > 0;
  const mayLoadMore = hasNextPage && pages.length < PERMALINK_MAX_PAGES;
  useEffect(() => {
    if (searching && mayLoadMore && !isFetchingNextPage && !isError) void fetchNextPage();
    // `pages.length`: a fast page can arrive in the same render that ends its fetch.
  }, [searching, mayLoadMore, isFetchingNextPage, isError, fetchNextPage, pages.length]);
  const targetMissing =
    searching && !mayLoadMore && !isFetchingNextPage && !pending.some((c) => c.id === targetId);

  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!targetId || !targetLoaded || scrolledTo.current === hash) return;
    const element = document.getElementById(commentElementId(targetId));
    if (!element) return;
    scrolledTo.current = hash;
    element.focus({ preventScroll: true });
    // Comments above it render at their real height once near the screen (content-visibility),
    // which pushes it down: scroll again until it stays put.
    let frame = 0;
    let settles = 0;
    let lastTop = Number.NaN;
    const settle = () => {
      const top = element.getBoundingClientRect().top;
      if (top !== lastTop && settles++ < 10) {
        element.scrollIntoView?.({ block: 'center' });
        lastTop = element.getBoundingClientRect().top;
        frame = requestAnimationFrame(() => (frame = requestAnimationFrame(settle)));
      }
    };
    settle();
    return () => cancelAnimationFrame(frame);
  }, [hash, targetId, targetLoaded]);

  useEffect(() => {
    if (focusReturn) document.getElementById(replyButtonId(focusReturn.id))?.focus();
  }, [focusReturn]);

  const changeSort = (next: CommentSort) => {
    setSort(next);
    saveSort(next);
  };
  const onReply = useCallback((comment: Comment) => {
    setReplyTo((current) => (current?.id === comment.id ? null : comment));
  }, []);
  const closeReply = () => {
    if (replyTo) setFocusReturn({ id: replyTo.id });
    setReplyTo(null);
  };
  const onPosted = (comment: Comment) => {
    setAnnouncement(comment.status === 'pending' ? arForm.sentPending : arForm.sent);
    setReplyTo(null);
  };

  const renderComment = (comment: Comment) => (
    <>
      <CommentItem
        comment={comment}
        nowMs={now.getTime()}
        highlighted={comment.id === targetId}
        waiting={waitingIds.has(comment.id)}
        replying={replyTo?.id === comment.id}
        onReply={onReply}
      />
      {replyTo?.id === comment.id && (
        <div className="ms-3">
          <CommentForm
            key={comment.id}
            slug={slug}
            replyTo={comment}
            onPosted={onPosted}
            onCancel={closeReply}
          />
        </div>
      )}
    </>
  );

  const sortButton = (value: CommentSort, label: string) => (
    <button
      type="button"
      aria-pressed={sort === value}
      onClick={() => changeSort(value)}
      className="min-h-11 rounded-md px-4 font-bold aria-pressed:bg-brand aria-pressed:text-white hover:bg-stone-200 aria-pressed:hover:bg-brand-strong dark:hover:bg-stone-800"
    >
      {label}
    </button>
  );

  return (
    <>
      <CommentsHeadingRow count={total}>
        <div
          role="group"
          aria-label={arComments.sortLabel}
          className="flex gap-1 rounded-lg border border-stone-200 p-1 dark:border-stone-800"
        >
          {sortButton('newest', arComments.newest)}
          {sortButton('oldest', arComments.oldest)}
        </div>
      </CommentsHeadingRow>
      {targetMissing && (
        <p role="status" className="mt-4 font-bold text-stone-700 dark:text-stone-300">
          {arComments.permalinkMissing}
        </p>
      )}

      {query.isError && !query.data ? (
        <div className="mt-4">
          <ErrorState
            title={arComments.loadError}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </div>
      ) : query.isPending ? (
        <p className="mt-4 text-stone-600 dark:text-stone-400">{ar.loading}</p>
      ) : threads.length === 0 ? (
        <p className="mt-4 text-stone-700 dark:text-stone-300">{arComments.empty}</p>
      ) : (
        <ol aria-label={arComments.list} className="mt-4 space-y-3">
          {threads.map(({ root, replies }) => (
            <li key={root.id}>
              {renderComment(root)}
              {replies.length > 0 && (
                <ol
                  aria-label={arComments.repliesTo(root.authorName)}
                  className="ms-4 mt-2 space-y-2 border-s-2 border-stone-200 ps-3 dark:border-stone-700"
                >
                  {replies.map((reply) => (
                    <li key={reply.id}>{renderComment(reply)}</li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}

      <LoadMore
        query={query}
        label={arComments.loadMore}
        errorTitle={arComments.loadError}
        className="mt-4"
        buttonClassName={`${buttonClasses.secondary} w-full`}
      />
      <p role="status" className="mt-4 font-bold text-green-800 empty:hidden dark:text-green-300">
        {announcement}
      </p>
      <CommentForm slug={slug} replyTo={null} onPosted={onPosted} />
    </>
  );
}
