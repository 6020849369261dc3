import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '@/api/comment-schemas';
import {
  addPendingComment,
  clearDraft,
  forgetPendingComments,
  readDraft,
  forgetGuest,
  readGuestName,
  readPendingComments,
  readRememberedGuest,
  readSort,
  saveDraft,
  saveGuestDetails,
  saveSort,
} from '@/lib/comment-storage';
import { DRAFT_MAX_AGE_MS, PENDING_MAX_AGE_MS, sweepExpiredComments } from '@/lib/storage-expiry';

const pending: Comment = {
  id: 'c9',
  parentId: null,
  authorName: 'سارة',
  body: 'ينتظر',
  createdAt: '2024-11-26T10:00:00Z',
  status: 'pending',
};
const PENDING_SENT_AT = Date.parse(pending.createdAt);

afterEach(() => {
  vi.useRealTimers();
});

describe('comment storage on this device', () => {
  it('keeps a draft per article and per parent, with its idempotency key', () => {
    const draft = { authorName: 'سارة', email: '', body: 'نص', idempotencyKey: 'k1', queued: true };
    saveDraft('a', null, draft);
    saveDraft('a', 'c1', { ...draft, body: 'رد' });
    expect(readDraft('a', null)).toMatchObject(draft);
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

  it('remembers the sort', () => {
    expect(readSort()).toBe('newest');
    saveSort('oldest');
    expect(readSort()).toBe('oldest');
  });

  it('keeps the name and email on this device only when asked to, and forgets them when asked', () => {
    saveGuestDetails({ authorName: 'Layla', email: 'layla@example.com' }, false);
    expect(readRememberedGuest()).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toContain('layla@example.com');
    // Not asked: the name serves the rest of this visit only.
    expect(readGuestName()).toBe('Layla');

    saveGuestDetails({ authorName: 'Layla', email: 'layla@example.com' }, true);
    expect(readRememberedGuest()).toEqual({ authorName: 'Layla', email: 'layla@example.com' });

    forgetGuest();
    expect(readRememberedGuest()).toBeNull();
    expect(readGuestName()).toBe('');
    expect(JSON.stringify({ ...localStorage })).not.toContain('Layla');
  });

  it('lets a draft go after a week, and keeps a younger one', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T09:00:00Z') });
    saveDraft('a', null, {
      authorName: 'سارة',
      email: 's@example.com',
      body: 'نص',
      idempotencyKey: null,
      queued: false,
    });
    vi.setSystemTime(Date.parse('2026-12-01T09:00:00Z') + DRAFT_MAX_AGE_MS - 60_000);
    expect(readDraft('a', null).body).toBe('نص');
    vi.setSystemTime(Date.parse('2026-12-01T09:00:00Z') + DRAFT_MAX_AGE_MS + 60_000);
    expect(readDraft('a', null).body).toBe('');
    expect(localStorage.getItem('comments:draft:a:new')).toBeNull();
  });

  it('sweeps expired drafts and pending markers of every article, and the name kept unasked', () => {
    vi.useFakeTimers({ now: PENDING_SENT_AT });
    saveDraft('old', null, {
      authorName: 'سارة',
      email: 's@example.com',
      body: 'قديم',
      idempotencyKey: null,
      queued: false,
    });
    addPendingComment('old', pending);
    localStorage.setItem('comments:guest-name', JSON.stringify('سارة'));
    vi.setSystemTime(PENDING_SENT_AT + 3 * 24 * 3600_000);
    saveDraft('new', null, {
      authorName: 'سارة',
      email: '',
      body: 'جديد',
      idempotencyKey: null,
      queued: false,
    });
    vi.setSystemTime(PENDING_SENT_AT + PENDING_MAX_AGE_MS + 60_000);

    sweepExpiredComments();
    expect(localStorage.getItem('comments:draft:old:new')).toBeNull();
    expect(localStorage.getItem('comments:pending:old')).toBeNull();
    expect(localStorage.getItem('comments:guest-name')).toBeNull();
    expect(readDraft('new', null).body).toBe('جديد');
  });

  it('shows a pending marker for a week only', () => {
    vi.useFakeTimers({ now: PENDING_SENT_AT + PENDING_MAX_AGE_MS - 60_000 });
    addPendingComment('a', pending);
    expect(readPendingComments('a')).toEqual([pending]);
    vi.setSystemTime(PENDING_SENT_AT + PENDING_MAX_AGE_MS + 60_000);
    expect(readPendingComments('a')).toEqual([]);
  });

  it('keeps pending comments per article until the server lists them', () => {
    vi.useFakeTimers({ now: PENDING_SENT_AT + 60_000 });
    addPendingComment('a', pending);
    addPendingComment('a', pending);
    expect(readPendingComments('a')).toEqual([pending]);
    expect(readPendingComments('b')).toEqual([]);
    forgetPendingComments('a', ['c9']);
    expect(readPendingComments('a')).toEqual([]);
  });
});
