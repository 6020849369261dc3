import { memo } from 'react';
import type { Comment } from '@/api/comment-schemas';
import { arComments } from '@/i18n/ar-comments';
import { formatCommentTime, formatDateTime } from '@/lib/dates';
import { OPTIMISTIC_PREFIX } from '../api/post-comment';

type CommentItemProps = {
  comment: Comment;
  nowMs: number;
  highlighted: boolean;
  /** Queued offline: it goes when the connection returns. */
  waiting?: boolean;
  replying: boolean;
  onReply: (comment: Comment) => void;
};

export const commentElementId = (id: string) => `comment-${id}`;
export const replyButtonId = (id: string) => `reply-to-${id}`;

/**
 * One comment: name, time (a permalink), and the text exactly as typed. Plain React text only,
 * so markup, scripts and links stay characters; `dir="auto"` lets Latin or mixed text read right.
 * Far-off comments skip layout and paint (`content-visibility`), so long threads stay smooth.
 */
export const CommentItem = memo(function CommentItem({
  comment,
  nowMs,
  highlighted,
  waiting = false,
  replying,
  onReply,
}: CommentItemProps) {
  const created = new Date(comment.createdAt);
  const sending = comment.id.startsWith(OPTIMISTIC_PREFIX);
  const nameId = `${commentElementId(comment.id)}-author`;
  return (
    <article
      id={commentElementId(comment.id)}
      aria-labelledby={nameId}
      aria-busy={sending || undefined}
      tabIndex={-1}
      data-highlighted={highlighted || undefined}
      className="scroll-mt-24 rounded-lg p-3 transition-colors [contain-intrinsic-size:auto_8rem] [content-visibility:auto] focus:outline-none data-highlighted:bg-amber-100 data-highlighted:ring-2 data-highlighted:ring-amber-500 dark:data-highlighted:bg-amber-950"
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p id={nameId} dir="auto" className="font-bold">
          {comment.authorName}
        </p>
        <a
          href={`#${commentElementId(encodeURIComponent(comment.id))}`}
          title={arComments.permalink}
          className="text-sm text-stone-600 underline-offset-4 hover:underline dark:text-stone-400"
        >
          <time dateTime={comment.createdAt} title={formatDateTime(created)}>
            {formatCommentTime(created, new Date(nowMs))}
          </time>
        </a>
        {comment.status === 'pending' && (
          <span className="rounded-full bg-amber-100 px-2 text-sm font-bold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            {arComments.pending}
          </span>
        )}
        {sending && (
          <span className="text-sm text-stone-600 dark:text-stone-400">
            {waiting ? arComments.waitingForConnection : arComments.sending}
          </span>
        )}
      </header>
      {comment.replyToName && (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {arComments.replyingToLabel} <span dir="auto">{comment.replyToName}</span>
        </p>
      )}
      <p dir="auto" className="mt-2 leading-relaxed whitespace-pre-wrap">
        {comment.body}
      </p>
      {!sending && comment.status === 'published' && (
        <button
          id={replyButtonId(comment.id)}
          type="button"
          aria-expanded={replying}
          onClick={() => onReply(comment)}
          className="mt-2 min-h-11 rounded-md px-3 text-sm font-bold text-brand hover:bg-stone-100 dark:text-sky-300 dark:hover:bg-stone-800"
        >
          {arComments.reply}
        </button>
      )}
    </article>
  );
});
