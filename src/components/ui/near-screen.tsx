import { useEffect, useState, type ReactNode } from 'react';
import { useHydrated } from '@/hooks/use-hydrated';

/**
 * How far ahead of the reader a part below the article starts loading: a screen's height, so on
 * a phone its code and data have the time it takes to scroll a screen.
 */
const AHEAD = '100% 0px';

/**
 * `children` once their place comes within a screen of the reader's: until then `placeholder`
 * holds that place. For the parts below the article (the comments, the footer's controls): a
 * reader who stays on the first screen pays for none of their code, data or rendering. Scrolling
 * near them, the first Tab of a keyboard reader, or a link to a place inside them brings them. The
 * server and the hydrating render show the placeholder; then at once where IntersectionObserver is
 * missing, or when `eager`.
 */
export function NearScreen({
  placeholder,
  eager = false,
  children,
}: {
  /** Holds the place: one element, given `ref`, which is what is watched. */
  placeholder: (ref: (element: HTMLElement | null) => void) => ReactNode;
  eager?: boolean;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  // Once shown, shown for good: a link that brought them may give way to another address.
  const [near, setNear] = useState(false);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const shown = hydrated && (near || eager || typeof IntersectionObserver === 'undefined');
  // A keyboard reader moves through the page stop by stop: from their first Tab, the parts below
  // load, so the focus finds them there when it gets that far, even on a slow connection.
  useEffect(() => {
    if (shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab') setNear(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown]);
  useEffect(() => {
    if (shown || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown, element]);
  return shown ? children : placeholder(setElement);
}
