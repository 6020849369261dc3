/**
 * The HTTP contract, as schemas. The client parses every answer with them, the guest form
 * validates with them and the mock handlers answer with them: one definition for all three.
 * `zod/mini` keeps the production bundle small (tree-shakable functions instead of methods).
 */
import * as z from 'zod/mini';
import { ar } from '../i18n/ar';

export const TagSchema = z.object({ slug: z.string(), name: z.string() });
export type Tag = z.infer<typeof TagSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const ArticleSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  publishedAt: isoDateTime,
  tags: z.array(TagSchema),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  source: z.string(),
  publishedAt: isoDateTime,
  tags: z.array(TagSchema),
  body: z.array(z.string()),
  commentCount: z.number().check(z.int(), z.nonnegative()),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ARTICLES_MAX_PAGE_SIZE = 50;

export const ArticlePageSchema = z.object({
  items: z.array(ArticleSummarySchema),
  page: z.number().check(z.int(), z.positive()),
  pageSize: z.number().check(z.int(), z.positive(), z.maximum(ARTICLES_MAX_PAGE_SIZE)),
  total: z.number().check(z.int(), z.nonnegative()),
});
export type ArticlePage = z.infer<typeof ArticlePageSchema>;

export const CommentStatusSchema = z.enum(['published', 'pending']);

export const CommentSchema = z.object({
  id: z.string(),
  parentId: z.nullable(z.string()),
  /** The name of the comment this one answers, when it answers a reply. */
  replyToName: z.optional(z.nullable(z.string())),
  authorName: z.string(),
  body: z.string(),
  createdAt: isoDateTime,
  status: CommentStatusSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

export const COMMENTS_PAGE_SIZE = 20;
export const CommentSortSchema = z.enum(['newest', 'oldest']);
export type CommentSort = z.infer<typeof CommentSortSchema>;

export const CommentPageSchema = z.object({
  items: z.array(CommentSchema),
  nextCursor: z.nullable(z.string()),
  total: z.number().check(z.int(), z.nonnegative()),
});
export type CommentPage = z.infer<typeof CommentPageSchema>;

export const AUTHOR_NAME_MIN = 2;
export const AUTHOR_NAME_MAX = 50;
export const COMMENT_BODY_MAX = 2000;

/** What a guest sends. Lengths count user-perceived characters (an emoji is one). */
export const NewCommentSchema = z.object({
  authorName: z.string().check(
    z.trim(),
    z.refine((value) => countCharacters(value) >= AUTHOR_NAME_MIN, ar.validation.nameTooShort),
    z.refine((value) => countCharacters(value) <= AUTHOR_NAME_MAX, ar.validation.nameTooLong),
  ),
  email: z.optional(
    z.union([z.literal(''), z.string().check(z.trim(), z.email(ar.validation.emailInvalid))]),
  ),
  body: z.string().check(
    z.refine((value) => value.trim().length > 0, ar.validation.bodyRequired),
    z.refine((value) => countCharacters(value) <= COMMENT_BODY_MAX, ar.validation.bodyTooLong),
  ),
  parentId: z.optional(z.nullable(z.string())),
  /** The honeypot: people never see it, so only bots fill it in. */
  website: z.optional(z.string()),
});
export type NewComment = z.infer<typeof NewCommentSchema>;
export type NewCommentField = 'authorName' | 'email' | 'body';

export const WeatherSchema = z.object({
  city: z.string(),
  temperatureC: z.number(),
  condition: z.string(),
  observedAt: isoDateTime,
});
export type Weather = z.infer<typeof WeatherSchema>;

export const PushPublicKeySchema = z.object({ publicKey: z.string().check(z.minLength(80)) });

export const PushSubscriptionSchema = z.object({
  endpoint: z.url(),
  expirationTime: z.optional(z.nullable(z.number())),
  keys: z.object({ p256dh: z.string(), auth: z.string() }),
});
export type PushSubscriptionJson = z.infer<typeof PushSubscriptionSchema>;

export const PushUnsubscribeSchema = z.object({ endpoint: z.string() });

export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

// Made on first use, not at start-up (its locale data costs the main thread), then kept: the
// comment form counts on every keystroke.
let graphemes: Intl.Segmenter | undefined;

/** Counts graphemes where the platform can, so «👨‍👩‍👧» is one character, as the reader sees it. */
export function countCharacters(text: string): number {
  // The form counts its empty draft at its first render: no segmenter for that.
  if (text === '') return 0;
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).length;
  graphemes ??= new Intl.Segmenter('ar', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
