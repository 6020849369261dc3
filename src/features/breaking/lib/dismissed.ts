import { BREAKING_DISMISSED_KEY as KEY } from '@/lib/reader-preferences';
import { readStored, writeStored } from '@/lib/storage';

/** The breaking story the reader closed on this device, if any: it stays closed, the next one shows. */
export function readDismissedBreaking(): string | null {
  const value = readStored(KEY);
  return typeof value === 'string' ? value : null;
}

export function writeDismissedBreaking(slug: string): void {
  writeStored(KEY, slug);
}
