import { useOnlineStatus } from '@/hooks/use-online-status';
import { ar } from '@/i18n/ar';

/** Says the reader is offline; what was loaded stays on the page. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  return (
    <div
      role="status"
      className={
        online
          ? 'sr-only'
          : 'bg-amber-100 px-4 py-2 text-center text-sm font-bold text-amber-950 dark:bg-amber-900 dark:text-amber-50'
      }
    >
      {online ? '' : ar.offline}
    </div>
  );
}
