/**
 * «لاحقاً» is remembered with a growing back-off: the prompt stays away 3 days after the first
 * «لاحقاً», 7 after the second, then 30 each time.
 */
import { readStored, writeStored } from '@/lib/storage';

const STORAGE_KEY = 'notifications:prompt';
const DAY_MS = 24 * 60 * 60 * 1000;
export const BACKOFF_DAYS = [3, 7, 30] as const;

type PromptMemory = { dismissals: number; snoozedUntil: number };

function read(): PromptMemory {
  const saved = readStored(STORAGE_KEY);
  if (saved && typeof saved === 'object' && 'dismissals' in saved && 'snoozedUntil' in saved) {
    const { dismissals, snoozedUntil } = saved;
    if (typeof dismissals === 'number' && typeof snoozedUntil === 'number')
      return { dismissals, snoozedUntil };
  }
  // Unreadable memory counts as none.
  return { dismissals: 0, snoozedUntil: 0 };
}

export function isPromptSnoozed(now = Date.now()): boolean {
  return now < read().snoozedUntil;
}

export function recordPromptDismissal(now = Date.now()): void {
  const dismissals = read().dismissals + 1;
  const days = BACKOFF_DAYS[Math.min(dismissals, BACKOFF_DAYS.length) - 1] ?? 30;
  // Without storage the prompt may come back next visit, nothing worse.
  writeStored(STORAGE_KEY, { dismissals, snoozedUntil: now + days * DAY_MS });
}
