/**
 * The HTTP contract, as schemas: articles, tags, weather and errors here; comments in
 * comment-schemas.ts and push subscriptions in push-schemas.ts, so that each is built with the
 * code that needs it, not at the app's start. The client parses every answer with them, the guest
 * form validates with them and the mock handlers answer with them: one definition for all three.
 * `zod/mini` keeps the production bundle small (tree-shakable functions instead of methods).
 * Each schema is built on its first use (`z.lazy`), not while the app's code is evaluated: building
 * them all took a third of that evaluation on a throttled phone-class CPU, and the article's first
 * screen needs only the article's.
 */
import * as z from 'zod/mini';

export const TagSchema = z.lazy(() => z.object({ slug: z.string(), name: z.string() }));
export type Tag = z.infer<typeof TagSchema>;

/** A moment with its offset from UTC, as the API writes every date. */
export const isoDateTime = z.lazy(() => z.iso.datetime({ offset: true }));

export const ImageSchema = z.lazy(() =>
  z.object({
    url: z.string(),
    width: z.number().check(z.int(), z.positive()),
    height: z.number().check(z.int(), z.positive()),
    alt: z.string(),
    caption: z.optional(z.string()),
    credit: z.optional(z.string()),
    variants: z.array(z.object({ url: z.string(), width: z.number().check(z.int(), z.positive()) })),
  }),
);
export type Image = z.infer<typeof ImageSchema>;

/** What a list shows of an article: everything but its body. */
const articleSummaryShape = () => ({
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  source: z.optional(z.string()),
  publishedAt: isoDateTime,
  updatedAt: z.optional(isoDateTime),
  author: z.optional(z.object({ name: z.string() })),
  image: z.optional(ImageSchema),
  tags: z.array(TagSchema),
});

export const ArticleSummarySchema = z.lazy(() => z.object(articleSummaryShape()));
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = z.lazy(() =>
  z.object({
    ...articleSummaryShape(),
    source: z.string(),
    body: z.array(z.string()),
    commentCount: z.number().check(z.int(), z.nonnegative()),
  }),
);
export type Article = z.infer<typeof ArticleSchema>;

export const ARTICLES_MAX_PAGE_SIZE = 50;

export const ArticlePageSchema = z.lazy(() =>
  z.object({
    items: z.array(ArticleSummarySchema),
    page: z.number().check(z.int(), z.positive()),
    pageSize: z.number().check(z.int(), z.positive(), z.maximum(ARTICLES_MAX_PAGE_SIZE)),
    total: z.number().check(z.int(), z.nonnegative()),
  }),
);
export type ArticlePage = z.infer<typeof ArticlePageSchema>;

/** A list of articles with no paging: related, most read. */
export const ArticleSummaryListSchema = z.lazy(() => z.array(ArticleSummarySchema));

/** The main sections, for the navigation. */
export const SectionsSchema = z.lazy(() => z.array(TagSchema));

/** The story of the breaking news bar, or none. */
export const BreakingNewsSchema = z.lazy(() => z.nullable(z.object({ slug: z.string(), title: z.string() })));
export type BreakingNews = z.infer<typeof BreakingNewsSchema>;

export const WeatherSchema = z.lazy(() =>
  z.object({
    city: z.string(),
    temperatureC: z.number(),
    condition: z.string(),
    observedAt: isoDateTime,
  }),
);
export type Weather = z.infer<typeof WeatherSchema>;

export const ApiErrorBodySchema = z.lazy(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.optional(z.record(z.string(), z.string())),
    }),
  }),
);
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
