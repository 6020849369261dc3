import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while React hydrates its HTML, true from the render after. What the
 * server cannot know (the reader's stored settings, the browser's features, the address's hash)
 * waits for true, so the hydrating render matches the server's HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Its children only in the browser, once the page is hydrated. */
export function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}
