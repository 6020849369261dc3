import { useEffect } from 'react';
import { useLocation, useMatches } from 'react-router';

/**
 * Reports real readers' Core Web Vitals (LCP, INP, CLS) for each page view, with its route's
 * pattern and nothing of the reader (see ../lib/page-views.ts). Renders nothing. Its code loads
 * after hydration, in a chunk of its own, and stays out of the first bundle: this component is
 * all of it that the first bundle holds. A new path or query is a new view; a hash is not.
 */
export function VitalsReporter() {
  const { pathname, search } = useLocation();
  const matches = useMatches();
  const page = matches[matches.length - 1];
  const key = pathname + search;
  useEffect(() => {
    if (!page) return;
    import('../lib/track-views').then(
      ({ trackView }) => trackView(page, key),
      // Offline as the app started, or a deploy took the chunk away: no figures for this visit.
      () => {},
    );
  }, [page, key]);
  return null;
}
