import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { reloadIfFileGone } from './chunk-recovery';
import { laterCodeKept } from './service-worker';

/**
 * `React.lazy` for a part that comes after the first screen. Offline, the import goes ahead only
 * when the site's worker keeps the code (a page reloaded offline still gets its comment form);
 * otherwise it waits for the connection: the browser keeps a failed module request as failed for
 * the page's life, so trying then would lose the part for the visit. The part's place is kept by
 * its Suspense fallback meanwhile. Code gone after a deploy reloads the page onto the new version (the fallback stays
 * until then); any other failure is thrown to the part's boundary (see LazyPart).
 */
// `any` as in React's own signature of `lazy`: the props are whatever the component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyChunk<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() =>
    whenLoadable()
      .then(load)
      .catch(async (error: unknown) => {
        if (await reloadIfFileGone(error)) return new Promise<never>(() => {});
        throw error;
      }),
  );
}

async function whenLoadable(): Promise<void> {
  if (navigator.onLine || (await laterCodeKept())) return;
  await new Promise<void>((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}
