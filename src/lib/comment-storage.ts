/**
 * What a guest writes, kept on this device so nothing is lost, and no longer than it serves them:
 * drafts per article and per parent (with the Idempotency-Key made once for each) for a week, the
 * name and email only if the guest asks «تذكّر بياناتي», the chosen sort, and the guest's own
 * comments that wait for moderation (the server only lists published ones) for a week.
 * Storage may be missing or full (private mode): then everything still works for the visit.
 */
import { CommentSchema, type Comment, type CommentSort } from '@/api/comment-schemas';
import { readStored, writeStored } from './storage';
import {
  DRAFT_MAX_AGE_MS,
  DRAFT_PREFIX,
  isExpired,
  OUTCOME_PREFIX,
  PENDING_MAX_AGE_MS,
} from './storage-expiry';

const PREFIX = 'comments:';
const CHANGE_EVENT = 'comments-storage-change';

export type CommentDraft = {
  authorName: string;
  email: string;
  body: string;
  /** Made once per draft on the first attempt to send it; reused by every retry. */
  idempotencyKey: string | null;
  /** Waiting for the connection to come back, to be sent then without the reader doing anything. */
  queued: boolean;
};

export const emptyDraft = (): CommentDraft => ({
  authorName: '',
  email: '',
  body: '',
  idempotencyKey: null,
  queued: false,
});

const read = (key: string): unknown => readStored(PREFIX + key);
const write = (key: string, value: unknown): void => writeStored(PREFIX + key, value);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function draftKey(slug: string, parentId: string | null): string {
  return parentId === null ? `draft:${slug}:new` : `draft:${slug}:reply:${parentId}`;
}

export function readDraft(slug: string, parentId: string | null): CommentDraft {
  const saved = read(draftKey(slug, parentId));
  if (!isRecord(saved)) return emptyDraft();
  // A draft saved before drafts were dated is kept, and dated at its next save.
  if (typeof saved.savedAt === 'number' && isExpired(saved.savedAt, DRAFT_MAX_AGE_MS)) {
    clearDraft(slug, parentId);
    return emptyDraft();
  }
  return {
    authorName: str(saved.authorName),
    email: str(saved.email),
    body: str(saved.body),
    idempotencyKey: typeof saved.idempotencyKey === 'string' ? saved.idempotencyKey : null,
    queued: saved.queued === true,
  };
}

export function saveDraft(slug: string, parentId: string | null, draft: CommentDraft): void {
  write(draftKey(slug, parentId), { ...draft, savedAt: Date.now() });
}

export function clearDraft(slug: string, parentId: string | null): void {
  write(draftKey(slug, parentId), null);
}

/** A confirmed send clears its draft, unless the reader has since made it another text (another key). */
export function clearDraftIfSent(slug: string, parentId: string | null, idempotencyKey: string): void {
  const draft = readDraft(slug, parentId);
  if (draft.idempotencyKey === null || draft.idempotencyKey === idempotencyKey) clearDraft(slug, parentId);
}

/** Every draft handed to the queue on this device: its article, parent and the text under its key. */
export function readQueuedDrafts(): { slug: string; parentId: string | null; draft: CommentDraft }[] {
  const found: { slug: string; parentId: string | null; draft: CommentDraft }[] = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const match = /^(.+?):(new|reply:(.+))$/.exec(key.slice(DRAFT_PREFIX.length));
      if (!match?.[1]) continue;
      const slug = match[1];
      const parentId = match[3] ?? null;
      const draft = readDraft(slug, parentId);
      if (draft.queued && draft.idempotencyKey) found.push({ slug, parentId, draft });
    }
  } catch {
    // No storage: nothing waits.
  }
  return found;
}

/**
 * What became of a post under one Idempotency-Key, shared by the tabs of this device: the server's
 * comment once it was confirmed, or `withdrawn` when the reader edited the text before it went.
 * A tab that holds the same queued post reads this (under a Web Lock) before sending it again.
 */
export type PostOutcome = { comment: Comment } | { withdrawn: true };

export function readPostOutcome(idempotencyKey: string): PostOutcome | null {
  const saved = readStored(OUTCOME_PREFIX + idempotencyKey);
  if (!isRecord(saved)) return null;
  if (saved.withdrawn === true) return { withdrawn: true };
  const parsed = CommentSchema.safeParse(saved.comment);
  return parsed.success ? { comment: parsed.data } : null;
}

export function savePostOutcome(idempotencyKey: string, outcome: PostOutcome): void {
  writeStored(OUTCOME_PREFIX + idempotencyKey, { ...outcome, savedAt: Date.now() });
}

export type GuestDetails = { authorName: string; email: string };

/** The name of the guest's last comment in this tab's visit, when they did not ask to be remembered. */
const VISIT_NAME_KEY = 'comments:guest-name-this-visit';

function readVisitName(): string {
  try {
    return sessionStorage.getItem(VISIT_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function writeVisitName(name: string): void {
  try {
    if (name) sessionStorage.setItem(VISIT_NAME_KEY, name);
    else sessionStorage.removeItem(VISIT_NAME_KEY);
  } catch {
    // No session storage: the next form starts empty.
  }
}

/** The name and email the guest asked to be remembered on this device, or null. */
export function readRememberedGuest(): GuestDetails | null {
  const saved = read('guest');
  return isRecord(saved) ? { authorName: str(saved.authorName), email: str(saved.email) } : null;
}

/** The name to start a new form with: remembered, or from an earlier comment of this visit. */
export function readGuestName(): string {
  return readRememberedGuest()?.authorName || readVisitName();
}

/**
 * After a comment went: with «تذكّر بياناتي» the name and email are kept on this device; without
 * it, anything kept before is forgotten, and the name serves only the rest of this visit.
 */
export function saveGuestDetails(details: GuestDetails, remember: boolean): void {
  writeVisitName(details.authorName);
  write('guest', remember ? details : null);
  // The name alone, as versions before «تذكّر بياناتي» kept it.
  write('guest-name', null);
}

/** «انسَ بياناتي»: nothing of the guest's is kept any more. */
export function forgetGuest(): void {
  writeVisitName('');
  write('guest', null);
  write('guest-name', null);
}

export function readSort(): CommentSort {
  return read('sort') === 'oldest' ? 'oldest' : 'newest';
}

export function saveSort(sort: CommentSort): void {
  write('sort', sort);
}

/** The guest's comments that await moderation on one article, oldest first. */
export function readPendingComments(slug: string): Comment[] {
  const saved = read(`pending:${slug}`);
  if (!Array.isArray(saved)) return [];
  return saved.filter(
    (item): item is Comment =>
      CommentSchema.safeParse(item).success &&
      !isExpired(Date.parse((item as Comment).createdAt), PENDING_MAX_AGE_MS),
  );
}

export function addPendingComment(slug: string, comment: Comment): void {
  const pending = readPendingComments(slug).filter((item) => item.id !== comment.id);
  write(`pending:${slug}`, [...pending, comment]);
  notify();
}

/** Drops pending comments the server now lists as published. */
export function forgetPendingComments(slug: string, ids: readonly string[]): void {
  const pending = readPendingComments(slug);
  const kept = pending.filter((item) => !ids.includes(item.id));
  if (kept.length === pending.length) return;
  write(`pending:${slug}`, kept.length ? kept : null);
  notify();
}

function notify(): void {
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls `listener` when pending comments change, in this tab or another. */
export function subscribeToCommentStorage(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // Not drafts: another tab saves one on every keystroke.
    if (event.key === null || event.key.startsWith(`${PREFIX}pending:`)) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}
