/**
 * What the app keeps on this device, as JSON in localStorage. Storage may be missing, full or
 * hold something unreadable (private mode, an old version): reading then gives null and writing
 * does nothing, so every feature still works for the visit.
 */
export function readStored(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; null removes it. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No storage: the value lives as long as the page.
  }
}
