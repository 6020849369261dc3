import type { CommentSort } from '@/api/comment-schemas';

export const commentKeys = {
  all: ['comments'] as const,
  article: (slug: string) => [...commentKeys.all, slug] as const,
  list: (slug: string, sort: CommentSort) => [...commentKeys.article(slug), sort] as const,
};
