import { arNotifications } from '@/i18n/ar-notifications';
import { useDisableNotifications } from '../hooks/use-disable-notifications';
import { useEnableNotifications } from '../hooks/use-enable-notifications';
import { usePushStatus } from '../hooks/use-push-status';
import { enableErrorMessage } from '../lib/push-errors';
import { buttonClasses } from '@/components/ui/button-classes';

const t = arNotifications.footer;

/**
 * The footer's control to turn notifications on or off, showing where they stand; where the
 * browser blocks them, it says how to unblock them.
 */
export function NotificationSettings() {
  const status = usePushStatus().data;
  const enableNotifications = useEnableNotifications();
  const disableNotifications = useDisableNotifications();

  if (!status) return null;

  const note = (text: string) => <p className="mx-auto mb-3 max-w-xl px-4">{text}</p>;
  if (status.support === 'unsupported') return note(t.unsupported);
  if (status.support === 'needs-install') return note(t.needsInstall);

  const busy = enableNotifications.isPending || disableNotifications.isPending;
  const on = status.subscribed;
  const error = enableNotifications.isError
    ? enableErrorMessage(enableNotifications.error)
    : disableNotifications.isError
      ? arNotifications.errorDisable
      : null;

  return (
    <section aria-label={t.label} className="mx-auto mb-4 max-w-xl px-4">
      {status.permission === 'denied' ? (
        <p>{t.blocked}</p>
      ) : (
        <div className="flex flex-wrap items-center justify-center gap-x-4 gap-y-2">
          <p role="status">{on ? t.stateOn : status.unfinished ? t.stateUnfinished : t.stateOff}</p>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (on) disableNotifications.mutate();
              else enableNotifications.enable();
            }}
            className={`${buttonClasses.secondary} text-stone-800 dark:text-stone-100`}
          >
            {busy
              ? on
                ? t.turningOff
                : t.turningOn
              : on
                ? t.turnOff
                : status.unfinished
                  ? t.finish
                  : t.turnOn}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-2 font-bold text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
