/**
 * The built page shows the article before the app's code arrives (src/early/), and the app's
 * first render replaces those nodes with its own, identical ones. A keyboard reader may already
 * be on the skip link, the site's name or the main content by then: this puts their focus on the
 * same place in the new nodes, so it is never dropped to the top of the page. Call it just
 * before the first render.
 */
export function keepFocusOnTakeover(root: HTMLElement): void {
  const earlyNodes = [...root.children];
  if (earlyNodes.length === 0) return;
  let focused = document.activeElement;
  const track = (event: FocusEvent) => {
    focused = event.target instanceof Element ? event.target : null;
  };
  document.addEventListener('focusin', track);
  const observer = new MutationObserver(() => {
    if (earlyNodes.some((node) => root.contains(node))) return;
    observer.disconnect();
    document.removeEventListener('focusin', track);
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
