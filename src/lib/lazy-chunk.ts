import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { reloadIfFileGone } from './chunk-recovery';

/**
 * `React.lazy` for a part that comes after the first screen. Offline, the import waits for the
 * connection: the browser keeps a failed module request as failed for the page's life, so trying
 * then would lose the part for the visit. The part's place is kept by its Suspense fallback
 * meanwhile. Code gone after a deploy reloads the page onto the new version (the fallback stays
 * until then); any other failure is thrown to the part's boundary (see LazyPart).
 */
// `any` as in React's own signature of `lazy`: the props are whatever the component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyChunk<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() =>
    whenOnline()
      .then(load)
      .catch(async (error: unknown) => {
        if (await reloadIfFileGone(error)) return new Promise<never>(() => {});
        throw error;
      }),
  );
}

function whenOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}
