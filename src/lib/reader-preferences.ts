/** The reader's text size, remembered on this device. Applied to <html> so rem units follow it. */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;
const STORAGE_KEY = 'reader:text-scale';
const DEFAULT_INDEX = 1;

export function readTextScaleIndex(): number {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    const index = Number(saved);
    return saved !== null && Number.isInteger(index) && index >= 0 && index < TEXT_SCALES.length
      ? index
      : DEFAULT_INDEX;
  } catch {
    return DEFAULT_INDEX;
  }
}

export function applyTextScale(index: number): void {
  document.documentElement.style.setProperty('--reader-scale', String(TEXT_SCALES[index] ?? 1));
}

export function saveTextScaleIndex(index: number): void {
  applyTextScale(index);
  try {
    localStorage.setItem(STORAGE_KEY, String(index));
  } catch {
    // Private mode without storage: the size still applies for this visit.
  }
}
