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

/** The breaking story the reader closed on this device (its slug): it stays closed. */
export const BREAKING_DISMISSED_KEY = 'breaking:dismissed';
/** Set on <html> before the first paint when the server's breaking bar is the one the reader closed. */
export const BREAKING_DISMISSED_ATTRIBUTE = 'data-breaking-dismissed';
/** The breaking bar's element, and the attribute that names its story. */
export const BREAKING_BAR_ID = 'breaking-bar';

const TEXT_SCALE_SCRIPT = `try{var s=[${TEXT_SCALES.join(',')}][JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}))];s&&document.documentElement.style.setProperty('--reader-scale',String(s))}catch(e){}`;

// As the parser adds the breaking bar, before it is painted: the story the reader closed stays
// hidden (the stylesheet hides the bar under the attribute), and the page never moves up under them
// when the app removes it.
const BREAKING_SCRIPT = `try{var d=JSON.parse(localStorage.getItem(${JSON.stringify(BREAKING_DISMISSED_KEY)}));if(typeof d=='string'){var h=document.documentElement,o=new MutationObserver(function(){var b=document.getElementById(${JSON.stringify(BREAKING_BAR_ID)});if(b){o.disconnect();b.getAttribute('data-slug')===d&&h.setAttribute(${JSON.stringify(BREAKING_DISMISSED_ATTRIBUTE)},'')}});o.observe(h,{childList:true,subtree:true});addEventListener('DOMContentLoaded',function(){o.disconnect()})}}catch(e){}`;

/**
 * The page's one inline script, at the top of `<head>`: it applies the reader's stored settings
 * before the first paint, so a reader's larger text never jumps in and a breaking story they closed
 * never shows and then goes. The server cannot know them (they live on the device, and pages are
 * shared by caches). Its text never changes with the page, so the Content-Security-Policy allows
 * it by its hash.
 */
export const READER_SCRIPT = TEXT_SCALE_SCRIPT + BREAKING_SCRIPT;
