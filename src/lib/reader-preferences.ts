import { readStored, writeStored } from './storage';

/** The reader's text size, remembered on this device. Applied to <html> so rem units follow it. */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;
const STORAGE_KEY = 'reader:text-scale';
export const DEFAULT_TEXT_SCALE_INDEX = 1;

export function readTextScaleIndex(): number {
  const index = readStored(STORAGE_KEY);
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < TEXT_SCALES.length
    ? index
    : DEFAULT_TEXT_SCALE_INDEX;
}

export function applyTextScale(index: number): void {
  document.documentElement.style.setProperty('--reader-scale', String(TEXT_SCALES[index] ?? 1));
}

export function saveTextScaleIndex(index: number): void {
  applyTextScale(index);
  // Without storage the size still applies for this visit.
  writeStored(STORAGE_KEY, index);
}

/**
 * The page's one inline script, at the top of `<head>`: it applies the stored text size before
 * the first paint, so a reader's larger text never jumps in. The server cannot know the size (it
 * lives on the device, and pages are shared by caches). Its text never changes with the page, so
 * the Content-Security-Policy allows it by its hash.
 */
export const TEXT_SCALE_SCRIPT = `try{var s=[${TEXT_SCALES.join(',')}][JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}))];s&&document.documentElement.style.setProperty('--reader-scale',String(s))}catch(e){}`;
