import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useOnlineStatus } from '@/hooks/use-online-status';
import { ar } from '@/i18n/ar';
import { formatHeaderDateTime } from '@/lib/dates';

/**
 * When the service worker served this page from its saved copy (no network, or a slow one), it
 * says so on `<html data-saved-at>` (sw/saved-pages.ts): the time the copy was saved. It holds
 * for the page the browser loaded, not the pages reached inside the app after it.
 */
function useSavedCopyTime(): Date | null {
  const { pathname } = useLocation();
  const [first] = useState(pathname);
  const [savedAt] = useState(() => {
    const value = document.documentElement.dataset.savedAt;
    const date = value ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  });
  useEffect(() => {
    if (pathname !== first) delete document.documentElement.dataset.savedAt;
  }, [pathname, first]);
  return pathname === first ? savedAt : null;
}

/** Says the reader is offline, or reads a saved copy and since when; what was loaded stays on the page. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  const savedAt = useSavedCopyTime();
  const shown = !online || savedAt !== null;
  const message = savedAt ? (online ? ar.savedCopy : ar.offlineSavedCopy) : ar.offline;
  return (
    <div
      role="status"
      className={
        shown
          ? 'bg-amber-100 px-4 py-2 text-center text-sm font-bold text-amber-950 dark:bg-amber-900 dark:text-amber-50'
          : 'sr-only'
      }
    >
      {shown && (
        <>
          {message}
          {savedAt && (
            <>
              {' · '}
              <time dateTime={savedAt.toISOString()} className="font-normal">
                {ar.savedAt(formatHeaderDateTime(savedAt))}
              </time>
            </>
          )}
        </>
      )}
    </div>
  );
}
