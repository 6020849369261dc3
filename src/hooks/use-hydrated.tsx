import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

const HydratedContext = createContext(true);

/**
 * Around an app that adopts (hydrates) the article the built page painted before the app's code
 * arrived (src/app/start-app.tsx): `useHydrated()` is false in the adopting render, so that render
 * matches the painted nodes exactly and keeps them, then true. The second render is a transition,
 * which React cuts into small slices; a store (useSyncExternalStore) would have it all at once.
 */
export function HydratedProvider({ adopting, children }: { adopting: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!adopting);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False only while React adopts the pre-app paint; true in every render of a page React builds
 * itself. What that paint does not have (buttons, links, the footer) waits for true.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

/**
 * Its children once React has adopted the pre-app paint, at once on any other page. Only this
 * small component re-renders then, not the page around it.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}
