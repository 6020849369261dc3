/**
 * The built page shows the article before the app's code arrives (src/early/). The app's first
 * render adopts those nodes when it shows the same page, or else replaces them with its own
 * (src/app/start-app.tsx). A reader may already have scrolled on, or be on the skip link, the
 * site's name or the main content with the keyboard: this keeps them there. The router's scroll
 * restoration takes the first render for a new page and scrolls to the top, yet the page has the
 * same layout as before, so the old scroll position is the right one; on replaced nodes, focus
 * moves to the same element of the new ones. `trackReaderPlace` goes just before the first
 * render, `restoreReaderPlace` in its layout effects (RootLayout's), after the router's.
 */
let tracked: { scrollY: number; focused: Element | null; stop: () => void } | undefined;

export function trackReaderPlace(root: HTMLElement): void {
  if (root.childElementCount === 0) return;
  const place = {
    focused: document.activeElement,
    scrollY: window.scrollY,
    stop: () => {
      document.removeEventListener('focusin', trackFocus);
      window.removeEventListener('scroll', trackScroll);
    },
  };
  const trackFocus = (event: FocusEvent) => {
    place.focused = event.target instanceof Element ? event.target : null;
  };
  const trackScroll = () => {
    place.scrollY = window.scrollY;
  };
  document.addEventListener('focusin', trackFocus);
  window.addEventListener('scroll', trackScroll, { passive: true });
  tracked = place;
}

/** Puts the reader back where the first render found them; once, and only if tracked. */
export function restoreReaderPlace(): void {
  if (!tracked) return;
  const { scrollY, focused, stop } = tracked;
  tracked = undefined;
  stop();
  // From the last scroll event, not window.scrollY: reading that here would lay out the whole
  // page inside this task, before the browser's next frame does it anyway.
  if (scrollY !== 0) window.scrollTo(0, scrollY);
  if (!(focused instanceof HTMLElement) || focused.isConnected) return;
  const replacement = sameElementAs(focused);
  if (replacement && document.activeElement === document.body) replacement.focus({ preventScroll: true });
}

/** The element of the new nodes that stands where `old` stood: by id, else by tag, link and text. */
function sameElementAs(old: HTMLElement): HTMLElement | null {
  if (old.id) return document.getElementById(old.id);
  const href = old.getAttribute('href');
  return (
    [...document.querySelectorAll<HTMLElement>(old.tagName)].find(
      (element) => element.getAttribute('href') === href && element.textContent === old.textContent,
    ) ?? null
  );
}
