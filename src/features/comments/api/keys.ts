import type { CommentSort } from '@/api/comment-schemas';

export const commentKeys = {
  all: ['comments'] as const,
  article: (slug: string) => [...commentKeys.all, slug] as const,
  list: (slug: string, sort: CommentSort) => [...commentKeys.article(slug), sort] as const,
  /** The mutation that posts a comment or reply: its defaults are set once per query client. */
  post: () => ['comments', 'post'] as const,
};
