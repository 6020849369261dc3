import { describe, expect, it, vi } from 'vitest';
import { ArticleSchema } from '@/api/schemas';
import { CommentPageSchema, NewCommentSchema, countCharacters } from '@/api/comment-schemas';
import { referenceArticle } from '../../../mocks/data/reference-article';

describe('the contract schemas', () => {
  it('accepts the reference article', () => {
    expect(ArticleSchema.safeParse(referenceArticle).success).toBe(true);
  });

  it('rejects an article without its body', () => {
    const { body: _body, ...broken } = referenceArticle;
    expect(ArticleSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a comment page whose status is unknown', () => {
    const page = {
      items: [
        {
          id: '1',
          parentId: null,
          authorName: 'سارة',
          body: 'نص',
          createdAt: '2024-11-26T02:16:00Z',
          status: 'spam',
        },
      ],
      nextCursor: null,
      total: 1,
    };
    expect(CommentPageSchema.safeParse(page).success).toBe(false);
  });

  it('validates a guest comment with Arabic messages', () => {
    const result = NewCommentSchema.safeParse({ authorName: 'س', email: 'not-an-email', body: '   ' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      authorName: 'الاسم قصير جداً: حرفان على الأقل',
      email: 'البريد الإلكتروني غير صحيح',
      body: 'اكتب تعليقك أولاً',
    });
  });

  it('counts an emoji family as one character', () => {
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('مرحباً 👍')).toBe(7);
    expect(NewCommentSchema.safeParse({ authorName: '👨‍👩‍👧👍', body: 'x' }).success).toBe(true);
  });

  it('refuses a huge text by its size, before any per-character work', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const huge = 'بّ'.repeat(100_000);
    const result = NewCommentSchema.safeParse({ authorName: huge, body: huge });
    expect(result.success).toBe(false);
    expect(countCharacters(huge)).toBe(huge.length);
    expect(segment).not.toHaveBeenCalled();
    segment.mockRestore();
  });

  it('holds a comment to 2000 characters', () => {
    expect(NewCommentSchema.safeParse({ authorName: 'سارة', body: 'ب'.repeat(2000) }).success).toBe(true);
    expect(NewCommentSchema.safeParse({ authorName: 'سارة', body: 'ب'.repeat(2001) }).success).toBe(false);
  });
});
