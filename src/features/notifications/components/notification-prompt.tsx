import { useEffect, useId, useRef, useState } from 'react';
import { arNotifications } from '@/i18n/ar-notifications';
import { useEnableNotifications } from '../hooks/use-enable-notifications';
import { usePushStatus } from '../hooks/use-push-status';
import { isPromptSnoozed, recordPromptDismissal } from '../lib/prompt-backoff';
import { enableErrorMessage } from '../lib/push-errors';
import { buttonClasses } from '@/components/ui/button-classes';
import { useOnlineStatus } from '@/hooks/use-online-status';

const t = arNotifications;

/**
 * The soft prompt for push notifications, mounted later in a visit to an article, once the reader
 * has engaged with it (useArticleEngagement, in the article's route, which loads this code only
 * then): it shows only where push can work, while the browser's permission is still to be asked,
 * not soon after a «لاحقاً», and not while the reader is offline. A non-modal dialog at the bottom of the screen that never takes
 * the focus from what the reader is doing.
 */
export function NotificationPrompt() {
  const status = usePushStatus().data;
  const [snoozed] = useState(() => isPromptSnoozed());
  const [closed, setClosed] = useState(false);
  // Offline, «السماح» could not reach the push service or the server: the prompt waits for the connection.
  const online = useOnlineStatus();
  const eligible = status?.support === 'supported' && status.permission === 'default' && !snoozed && online;
  const enableNotifications = useEnableNotifications();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  // Once «السماح» is pressed the prompt stays for the outcome, even as the permission changes.
  const open = !closed && (enableNotifications.status !== 'idle' || eligible);
  const phase = enableNotifications.isError
    ? 'error'
    : enableNotifications.isSuccess
      ? 'done'
      : enableNotifications.isPending
        ? 'working'
        : 'asking';

  const close = () => {
    // Focus inside the dialog would be lost with it: hand it to the page's content.
    if (dialogRef.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    setClosed(true);
  };
  const later = () => {
    if (phase === 'asking' || phase === 'error') recordPromptDismissal();
    close();
  };
  const allow = () =>
    enableNotifications.enable((outcome) => {
      // A refusal hides the prompt for good; closing the browser's own question counts as «لاحقاً».
      if (outcome === 'default') recordPromptDismissal();
      if (outcome !== 'subscribed') close();
    });

  const laterRef = useRef(later);
  useEffect(() => {
    laterRef.current = later;
  });
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) laterRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!open) return null;

  const secondary = `${buttonClasses.secondary} text-stone-800 dark:text-stone-100`;

  // A phone or a narrow window: a small bar kept at the bottom of the article's column. A wide
  // screen (1280 px and up): a card in the empty margin, clear of the text and the form.
  return (
    <div className="pointer-events-none sticky bottom-0 z-30 -mx-4 mt-6 px-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] xl:fixed xl:end-4 xl:bottom-4 xl:mx-0 xl:mt-0 xl:w-56 xl:p-0">
      <div
        ref={dialogRef}
        role="dialog"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="pointer-events-auto mx-auto max-h-[40vh] max-w-xl overflow-y-auto rounded-lg border border-stone-200 bg-white p-3 shadow-lg sm:p-4 dark:border-stone-700 dark:bg-stone-900"
      >
        <h2 id={titleId} className="text-base font-bold">
          {t.title}
        </h2>
        <p id={bodyId} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          {t.body}
        </p>
        {phase === 'working' && (
          <p role="status" className="mt-2 text-sm">
            {t.working}
          </p>
        )}
        {phase === 'done' && (
          <p role="status" className="mt-2 text-sm font-bold text-green-800 dark:text-green-300">
            {t.enabled}
          </p>
        )}
        {phase === 'error' && (
          <p role="alert" className="mt-2 text-sm font-bold text-red-800 dark:text-red-300">
            {enableErrorMessage(enableNotifications.error)}
          </p>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          {phase === 'done' ? (
            <button type="button" className={secondary} onClick={close}>
              {t.close}
            </button>
          ) : (
            <>
              <button
                type="button"
                className={buttonClasses.primary}
                onClick={allow}
                disabled={phase === 'working'}
              >
                {phase === 'error' ? t.retry : t.allow}
              </button>
              <button type="button" className={secondary} onClick={later}>
                {t.later}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
