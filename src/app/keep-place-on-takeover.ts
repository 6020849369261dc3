/**
 * The built page shows the article before the app's code arrives (src/early/), and the app's
 * first render replaces those nodes with its own, identical ones. A reader may already have
 * scrolled on, or be on the skip link, the site's name or the main content with the keyboard:
 * this keeps them there. The router's scroll restoration takes the first render for a new page
 * and scrolls to the top; the new nodes have the same layout, so the old scroll position is the
 * right one. Focus moves to the same element of the new nodes. Call it just before the first
 * render.
 */
export function keepReaderPlaceOnTakeover(root: HTMLElement): void {
  const earlyNodes = [...root.children];
  if (earlyNodes.length === 0) return;
  let focused = document.activeElement;
  let scrollY = window.scrollY;
  const trackFocus = (event: FocusEvent) => {
    focused = event.target instanceof Element ? event.target : null;
  };
  const trackScroll = () => {
    scrollY = window.scrollY;
  };
  document.addEventListener('focusin', trackFocus);
  window.addEventListener('scroll', trackScroll, { passive: true });
  // Runs after the commit that replaced the nodes and its layout effects (the router's scroll
  // restoration among them), before the browser paints.
  const observer = new MutationObserver(() => {
    if (earlyNodes.some((node) => root.contains(node))) return;
    observer.disconnect();
    document.removeEventListener('focusin', trackFocus);
    window.removeEventListener('scroll', trackScroll);
    // From the last scroll event, not window.scrollY: reading that here would lay out the whole
    // new page inside this task, before the browser's next frame does it anyway.
    if (scrollY !== 0) window.scrollTo(0, scrollY);
    if (!(focused instanceof HTMLElement) || focused.isConnected) return;
    const replacement = sameElementIn(root, focused);
    if (replacement && document.activeElement === document.body) replacement.focus({ preventScroll: true });
  });
  observer.observe(root, { childList: true });
}

/** The element of the new nodes that stands where `old` stood: by id, else by tag, link and text. */
function sameElementIn(root: HTMLElement, old: HTMLElement): HTMLElement | null {
  if (old.id) return document.getElementById(old.id);
  const href = old.getAttribute('href');
  return (
    [...root.querySelectorAll<HTMLElement>(old.tagName)].find(
      (element) => element.getAttribute('href') === href && element.textContent === old.textContent,
    ) ?? null
  );
}
