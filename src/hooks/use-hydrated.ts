import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * False while React adopts the article the built page painted before the app's code arrived
 * (src/main.tsx hydrates it), true from the render right after, and in every render of a page
 * React builds itself. What the pre-app paint does not have (buttons, links, the footer) waits
 * for true, so the adopting render matches the painted nodes exactly and keeps them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
