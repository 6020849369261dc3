import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

// TanStack Query's onlineManager is the page's one word on the connection: it pauses queries and
// comment posts offline and resumes them when it is back. It follows the browser's flag, read at
// the start too (a page opened offline from its saved copy starts offline).
if (typeof window !== 'undefined') {
  onlineManager.setEventListener((setOnline) => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  });
}

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);

/** Whether the page is online, as TanStack Query's onlineManager (the browser's online and offline events) has it. */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => onlineManager.isOnline(),
    () => true,
  );
}
