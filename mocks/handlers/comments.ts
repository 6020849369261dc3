import { http, HttpResponse } from 'msw';
import {
  COMMENTS_PAGE_SIZE,
  CommentSortSchema,
  NewCommentSchema,
  type Comment,
  type CommentPage,
} from '../../src/api/comment-schemas';
import { store, type StoredComment } from '../store';
import { apiError, route, cacheHeaders } from './respond';

/** A guest may post this many comments in the window before the mock answers 429. */
const RATE_LIMIT = { posts: 5, windowMs: 60_000 };

function toComment({ articleSlug: _slug, email: _email, ...comment }: StoredComment): Comment {
  return comment;
}

export const commentHandlers = [
  http.get(
    '*/api/articles/:slug/comments',
    route('comments', ({ params, request }) => {
      const slug = String(params.slug);
      if (!store.article(slug)) return apiError(404, 'not-found', 'No article with this slug');
      const url = new URL(request.url);
      const sort = CommentSortSchema.safeParse(url.searchParams.get('sort') ?? 'newest');
      if (!sort.success) return apiError(400, 'invalid-sort', 'sort is newest or oldest');
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      if (!Number.isInteger(offset) || offset < 0) return apiError(400, 'invalid-cursor', 'Bad cursor');

      const published =
        store.settings.mode === 'empty'
          ? []
          : store.comments.filter((c) => c.articleSlug === slug && c.status === 'published');
      const threads = published
        .filter((c) => c.parentId === null)
        .sort((a, b) =>
          sort.data === 'newest'
            ? b.createdAt.localeCompare(a.createdAt)
            : a.createdAt.localeCompare(b.createdAt),
        );
      const page = threads.slice(offset, offset + COMMENTS_PAGE_SIZE);
      const items = page.flatMap((thread) => [
        thread,
        ...published
          .filter((c) => c.parentId === thread.id)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      ]);
      const next = offset + COMMENTS_PAGE_SIZE;
      const body: CommentPage = {
        items: items.map(toComment),
        nextCursor: next < threads.length ? String(next) : null,
        total: published.length,
      };
      return HttpResponse.json(body, { headers: cacheHeaders.comments });
    }),
  ),

  http.post(
    '*/api/articles/:slug/comments',
    route('post-comment', async ({ params, request }) => {
      const slug = String(params.slug);
      if (!store.article(slug)) return apiError(404, 'not-found', 'No article with this slug');

      const key = request.headers.get('Idempotency-Key');
      const payload: unknown = await request.json().catch(() => null);
      store.commentPosts.push({ articleSlug: slug, idempotencyKey: key, body: payload });
      // A key seen before, even while this body was read (a double click), gets the same comment.
      const earlier = key ? store.idempotency.get(key) : undefined;
      const repeated = earlier && store.comments.find((c) => c.id === earlier);
      if (repeated) return HttpResponse.json(toComment(repeated), { status: 201 });

      const parsed = NewCommentSchema.safeParse(payload);
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'body');
          fields[field] ??= issue.message;
        }
        return apiError(400, 'invalid-comment', 'The comment is not valid', { fields });
      }
      const input = parsed.data;
      if (input.website) return apiError(400, 'rejected', 'The comment was rejected');

      let parent: StoredComment | undefined;
      if (input.parentId) {
        parent = store.comments.find((c) => c.id === input.parentId && c.articleSlug === slug);
        if (!parent) return apiError(400, 'invalid-parent', 'No such comment to reply to');
      }

      const now = Date.now();
      store.recentPosts = store.recentPosts.filter((time) => now - time < RATE_LIMIT.windowMs);
      if (store.recentPosts.length >= RATE_LIMIT.posts) {
        const oldest = store.recentPosts[0] ?? now;
        const seconds = Math.ceil((oldest + RATE_LIMIT.windowMs - now) / 1000);
        return apiError(429, 'rate-limited', 'Too many comments', {
          headers: { 'Retry-After': String(seconds) },
        });
      }
      store.recentPosts.push(now);

      // A reply to a reply joins the thread of the top-level comment and names whom it answers.
      const threadRoot = parent?.parentId ? store.comments.find((c) => c.id === parent.parentId) : parent;
      const comment: StoredComment = {
        id: store.newCommentId(),
        articleSlug: slug,
        parentId: threadRoot?.id ?? null,
        replyToName: parent && parent !== threadRoot ? parent.authorName : null,
        authorName: input.authorName,
        ...(input.email ? { email: input.email } : {}),
        body: input.body,
        createdAt: new Date(now).toISOString(),
        status: store.settings.moderation ? 'pending' : 'published',
      };
      store.addComment(comment, key);
      return HttpResponse.json(toComment(comment), { status: 201 });
    }),
  ),
];
