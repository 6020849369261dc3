import { describe, expect, it } from 'vitest';
import type { Comment } from '@/api/comment-schemas';
import {
  addPendingComment,
  clearDraft,
  forgetPendingComments,
  readDraft,
  readGuestName,
  readPendingComments,
  readSort,
  saveDraft,
  saveGuestName,
  saveSort,
} from '@/lib/comment-storage';

const pending: Comment = {
  id: 'c9',
  parentId: null,
  authorName: 'سارة',
  body: 'ينتظر',
  createdAt: '2024-11-26T10:00:00Z',
  status: 'pending',
};

describe('comment storage on this device', () => {
  it('keeps a draft per article and per parent, with its idempotency key', () => {
    const draft = { authorName: 'سارة', email: '', body: 'نص', idempotencyKey: 'k1', queued: true };
    saveDraft('a', null, draft);
    saveDraft('a', 'c1', { ...draft, body: 'رد' });
    expect(readDraft('a', null)).toEqual(draft);
    expect(readDraft('a', 'c1').body).toBe('رد');
    expect(readDraft('b', null).body).toBe('');
    clearDraft('a', null);
    expect(readDraft('a', null)).toEqual({
      authorName: '',
      email: '',
      body: '',
      idempotencyKey: null,
      queued: false,
    });
    expect(readDraft('a', 'c1').body).toBe('رد');
  });

  it('reads a corrupt or foreign draft as an empty one', () => {
    localStorage.setItem('comments:draft:a:new', '{not json');
    expect(readDraft('a', null).body).toBe('');
    localStorage.setItem('comments:draft:a:new', JSON.stringify({ body: 42, idempotencyKey: {} }));
    expect(readDraft('a', null)).toMatchObject({ body: '', idempotencyKey: null });
  });

  it('remembers the name and the sort', () => {
    expect(readGuestName()).toBe('');
    expect(readSort()).toBe('newest');
    saveGuestName('Layla');
    saveSort('oldest');
    expect(readGuestName()).toBe('Layla');
    expect(readSort()).toBe('oldest');
  });

  it('keeps pending comments per article until the server lists them', () => {
    addPendingComment('a', pending);
    addPendingComment('a', pending);
    expect(readPendingComments('a')).toEqual([pending]);
    expect(readPendingComments('b')).toEqual([]);
    forgetPendingComments('a', ['c9']);
    expect(readPendingComments('a')).toEqual([]);
  });
});
