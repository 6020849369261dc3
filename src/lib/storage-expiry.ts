/**
 * How long what a guest leaves on this device is kept, and the sweep that drops what has expired,
 * on every article, not only the ones the reader comes back to. Apart from comment-storage (and
 * its schemas) so the sweep costs the first page's code next to nothing.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** An unsent draft (name, email, text): a week, then it is gone. */
export const DRAFT_MAX_AGE_MS = 7 * DAY_MS;
/** «بانتظار المراجعة» beside the guest's own comment: a week, as moderation takes hours, not weeks. */
export const PENDING_MAX_AGE_MS = 7 * DAY_MS;

export const DRAFT_PREFIX = 'comments:draft:';
export const PENDING_PREFIX = 'comments:pending:';
/** What became of a queued post's key (src/lib/comment-storage.ts): a week, as a draft. */
export const OUTCOME_PREFIX = 'comments:outcome:';
/** A name earlier versions kept without asking: dropped. */
const UNASKED_NAME_KEY = 'comments:guest-name';

export function isExpired(savedAtMs: number, maxAgeMs: number, now = Date.now()): boolean {
  return !Number.isFinite(savedAtMs) || now - savedAtMs > maxAgeMs;
}

/** Removes every expired draft and pending marker. Storage that cannot be read is left alone. */
export function sweepExpiredComments(now = Date.now()): void {
  try {
    localStorage.removeItem(UNASKED_NAME_KEY);
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) {
      if (key === null) continue;
      const value = parse(localStorage.getItem(key));
      if (key.startsWith(DRAFT_PREFIX) || key.startsWith(OUTCOME_PREFIX)) {
        const savedAt = (value as { savedAt?: unknown } | null)?.savedAt;
        if (typeof savedAt === 'number' && isExpired(savedAt, DRAFT_MAX_AGE_MS, now))
          localStorage.removeItem(key);
      } else if (key.startsWith(PENDING_PREFIX) && Array.isArray(value)) {
        const kept = value.filter(
          (item) =>
            !isExpired(Date.parse((item as { createdAt?: string }).createdAt ?? ''), PENDING_MAX_AGE_MS, now),
        );
        if (kept.length === 0) localStorage.removeItem(key);
        else if (kept.length < value.length) localStorage.setItem(key, JSON.stringify(kept));
      }
    }
  } catch {
    // No storage, or none to read: nothing kept, nothing to sweep.
  }
}

function parse(raw: string | null): unknown {
  try {
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}
