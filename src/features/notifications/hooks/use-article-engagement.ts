import { useEffect, useState } from 'react';

/** Half a minute on an article counts as reading it. */
export const ENGAGEMENT_DELAY_MS = 30_000;

/**
 * True once the reader has engaged with the article: after `ENGAGEMENT_DELAY_MS` on the page, or
 * on scrolling down into its body (a quarter screen at least, with the body's top in the upper
 * half of the screen). Never at first paint: a page that merely loads with its body in view does
 * not count, nor does the scroll back to the top on arrival. A reader already scrolled into the
 * body when this starts counts at once.
 */
export function useArticleEngagement(bodyId = 'article-body'): boolean {
  const [engaged, setEngaged] = useState(false);

  useEffect(() => {
    if (engaged) return;
    const engage = () => setEngaged(true);
    const timer = window.setTimeout(engage, ENGAGEMENT_DELAY_MS);
    const onScroll = () => {
      const body = document.getElementById(bodyId);
      if (!body) return;
      const scrolledDown = window.scrollY >= window.innerHeight / 4;
      if (scrolledDown && body.getBoundingClientRect().top < window.innerHeight / 2) engage();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // A reader may have scrolled on before this code arrived (the built page shows the article
    // first): where they are now counts as well.
    const already = window.setTimeout(onScroll, 0);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(already);
      window.removeEventListener('scroll', onScroll);
    };
  }, [engaged, bodyId]);

  return engaged;
}
