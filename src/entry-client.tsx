import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './app/app';
import { readAppState } from './app/app-state';
import { createBrowserQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { reloadIfFileGone } from './lib/chunk-recovery';
import { registerServiceWorker } from './lib/service-worker';
import { sweepExpiredComments } from './lib/storage-expiry';

/**
 * The browser's start: hydrate the page the server rendered, with the router and the query cache
 * it handed over, so nothing is fetched twice; from then on it is a single-page app. A page no
 * server rendered (the static demo on the in-browser mocks) is rendered here instead.
 */
async function start() {
  // Code the page asks for later, gone since a new version was deployed: one reload onto it.
  // (Parts loaded with lazyPart also show their own retry when the file is still there.)
  window.addEventListener('vite:preloadError', (event) => {
    void reloadIfFileGone((event as Event & { payload?: unknown }).payload);
  });
  // The one place src/ loads the mocks: the static demo's in-browser mock API, whose worker must
  // be up before the router asks for the page's data. Off in every other build.
  if (import.meta.env.VITE_ENABLE_MOCKS === 'true') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  // Wherever the mocks answer (the dev server or the worker), a panel switches their modes.
  if (import.meta.env.DEV || import.meta.env.VITE_ENABLE_MOCKS === 'true') {
    const { mountMockPanel } = await import('../mocks/dev-panel');
    void mountMockPanel();
  }

  const state = readAppState();
  const queryClient = createBrowserQueryClient();
  // Before the router starts, so nothing the server fetched is asked for again.
  if (state) hydrate(queryClient, state.queries);
  const router = createBrowserRouter(createRoutes(queryClient), { hydrationData: state?.router });

  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const app = (
    <StrictMode>
      <App queryClient={queryClient} renderedAt={state ? new Date(state.renderedAt) : undefined}>
        <RouterProvider router={router} />
      </App>
    </StrictMode>
  );
  if (state) {
    // A transition: React hydrates in slices and yields to the reader between them.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    createRoot(container).render(app);
  }
  // Offline reading and the update notice. Not in the static demo, whose mock API registers the
  // same worker as `/sw.js?mocks=on`; not under the dev server (no cached code under hot reload).
  if (import.meta.env.PROD && import.meta.env.VITE_ENABLE_MOCKS !== 'true') registerServiceWorker();
  // The query cache and the queued comments kept on this device: their code after the first paint.
  // The buster is this chunk's hashed address, so a new build starts afresh.
  setTimeout(() => {
    void import('./app/persistence')
      .then(({ startPersistence }) => startPersistence(queryClient, import.meta.url))
      .catch(() => undefined);
  }, 0);
}

void start();
// What a guest left on this device and no longer needs (old drafts, old «بانتظار المراجعة»
// markers) goes, once the page has settled.
setTimeout(() => sweepExpiredComments(), 5000);
