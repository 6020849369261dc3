import { ar } from '@/i18n/ar';

type ErrorStateProps = {
  title: string;
  onRetry: () => void;
  /** Shown while a retry is on its way, so a second click does nothing. */
  retrying?: boolean;
};

/** A failed load: what went wrong in Arabic, and «إعادة المحاولة». Never a blank page. */
export function ErrorState({ title, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-bold">{title}</p>
      <p className="mt-1 text-sm">{ar.loadError}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-3 min-h-11 rounded-md bg-red-800 px-4 font-bold text-white hover:bg-red-900 disabled:opacity-60"
      >
        {ar.retry}
      </button>
    </div>
  );
}
