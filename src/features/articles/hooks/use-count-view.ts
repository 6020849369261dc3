import { useEffect } from 'react';
import { sendView } from '../api/count-view';

const seenKey = (slug: string) => `article-viewed:${slug}`;

/**
 * Counts the reader's view of an article once per visit (this tab's session): a reload, the back
 * button or coming back to it later in the visit does not count again.
 */
export function useCountView(slug: string): void {
  useEffect(() => {
    try {
      if (sessionStorage.getItem(seenKey(slug))) return;
      sessionStorage.setItem(seenKey(slug), '1');
    } catch {
      // No session storage: count this view, as a page without the app's memory would.
    }
    sendView(slug);
  }, [slug]);
}
