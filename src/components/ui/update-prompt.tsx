import { useSyncExternalStore } from 'react';
import { ar } from '@/i18n/ar';
import { activateWaitingWorker, onWaitingWorkerChange, waitingWorker } from '@/lib/service-worker';
import { buttonClasses } from './button-classes';

/**
 * A new version of the site is installed and waits: it is announced, never swapped in under the
 * reader. «تحديث» lets it take over and reloads the page onto it.
 */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(onWaitingWorkerChange, waitingWorker, () => null);
  if (!waiting) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md items-center justify-between gap-4 rounded-lg bg-stone-900 px-4 py-3 text-stone-50 shadow-lg dark:bg-stone-100 dark:text-stone-900"
    >
      <span>{ar.updateAvailable}</span>
      <button type="button" className={buttonClasses.primary} onClick={activateWaitingWorker}>
        {ar.update}
      </button>
    </div>
  );
}
