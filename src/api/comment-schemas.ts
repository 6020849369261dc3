/**
 * The comments' part of the HTTP contract (see schemas.ts): what the API lists and what a guest
 * sends. Each schema is built on its first use, as in schemas.ts, not while the comments' code is
 * evaluated.
 */
import * as z from 'zod/mini';
import { arValidation } from '../i18n/ar-comments';
import { isoDateTime } from './schemas';

export const CommentStatusSchema = z.lazy(() => z.enum(['published', 'pending']));

export const CommentSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    parentId: z.nullable(z.string()),
    /** The name of the comment this one answers, when it answers a reply. */
    replyToName: z.optional(z.nullable(z.string())),
    authorName: z.string(),
    body: z.string(),
    createdAt: isoDateTime,
    status: CommentStatusSchema,
  }),
);
export type Comment = z.infer<typeof CommentSchema>;

export const COMMENTS_PAGE_SIZE = 20;
export const CommentSortSchema = z.lazy(() => z.enum(['newest', 'oldest']));
export type CommentSort = z.infer<typeof CommentSortSchema>;

export const CommentPageSchema = z.lazy(() =>
  z.object({
    items: z.array(CommentSchema),
    nextCursor: z.nullable(z.string()),
    total: z.number().check(z.int(), z.nonnegative()),
  }),
);
export type CommentPage = z.infer<typeof CommentPageSchema>;

export const AUTHOR_NAME_MIN = 2;
export const AUTHOR_NAME_MAX = 50;
export const COMMENT_BODY_MAX = 2000;

/** What a guest sends. Lengths count user-perceived characters (an emoji is one). */
export const NewCommentSchema = z.lazy(() =>
  z.object({
    authorName: z.string().check(
      z.trim(),
      z.refine((value) => countCharacters(value) >= AUTHOR_NAME_MIN, arValidation.nameTooShort),
      z.refine((value) => countCharacters(value) <= AUTHOR_NAME_MAX, arValidation.nameTooLong),
    ),
    email: z.optional(
      z.union([z.literal(''), z.string().check(z.trim(), z.email(arValidation.emailInvalid))]),
    ),
    body: z.string().check(
      z.refine((value) => value.trim().length > 0, arValidation.bodyRequired),
      z.refine((value) => countCharacters(value) <= COMMENT_BODY_MAX, arValidation.bodyTooLong),
    ),
    parentId: z.optional(z.nullable(z.string())),
    /** The honeypot: people never see it, so only bots fill it in. */
    website: z.optional(z.string()),
  }),
);
export type NewComment = z.infer<typeof NewCommentSchema>;
export type NewCommentField = 'authorName' | 'email' | 'body';

// Made on first use, not at start-up (its locale data costs the main thread), then kept: the
// comment form counts on every keystroke.
let graphemes: Intl.Segmenter | undefined;

/**
 * Past this many UTF-16 code units a text is too long for any field (four per character allowed:
 * Arabic with its marks, emoji sequences), and is not segmented at all: Node 20's segmenter is
 * quadratic (100,000 characters take seconds), so size is bounded before any per-character work.
 */
export const MAX_COUNTED_LENGTH = COMMENT_BODY_MAX * 4;

/**
 * Counts graphemes where the platform can, so «👨‍👩‍👧» is one character, as the reader sees it.
 * A text longer than MAX_COUNTED_LENGTH counts its code units: too long either way, and cheap.
 */
export function countCharacters(text: string): number {
  // The form counts its empty draft at its first render: no segmenter for that.
  if (text === '') return 0;
  if (text.length > MAX_COUNTED_LENGTH) return text.length;
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).length;
  graphemes ??= new Intl.Segmenter('ar', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
