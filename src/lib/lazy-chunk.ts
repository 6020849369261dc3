import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * `React.lazy` for a part that comes after the first screen. Offline, the import waits for the
 * connection: the browser keeps a failed module request as failed for the page's life, so trying
 * then would lose the part for the visit. The part's place is kept by its Suspense fallback
 * meanwhile.
 */
// `any` as in React's own signature of `lazy`: the props are whatever the component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyChunk<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() => whenOnline().then(load));
}

function whenOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}
