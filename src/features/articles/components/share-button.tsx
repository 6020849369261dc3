import { useState } from 'react';
import { ar } from '@/i18n/ar';
import { buttonClasses } from '@/components/ui/button-classes';

type ShareState = 'idle' | 'copied' | 'failed';

/** Web Share where the browser has it; otherwise copies the link and says so. */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const [state, setState] = useState<ShareState>('idle');

  async function share() {
    const url = new URL(path, location.href).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void share()}
        className={`${buttonClasses.secondary} inline-flex items-center gap-2`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" />
        </svg>
        {ar.share}
      </button>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {state === 'copied' ? ar.linkCopied : state === 'failed' ? ar.shareFailed : ''}
      </p>
    </div>
  );
}
