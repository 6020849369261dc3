import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { keepReaderPlaceOnTakeover } from './app/keep-place-on-takeover';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { applyTextScale, readTextScaleIndex } from './lib/reader-preferences';
import { yieldToMain } from './lib/yield-to-main';
import './styles.css';

// Before the first paint, so a reader's larger text never jumps in (the built page's pre-app
// script did it already; the dev server has none).
applyTextScale(readTextScaleIndex());

/** Mocks are on in `npm run dev` unless VITE_ENABLE_MOCKS=false, off in builds unless =true. */
const mocksEnabled = import.meta.env.DEV
  ? import.meta.env.VITE_ENABLE_MOCKS !== 'false'
  : import.meta.env.VITE_ENABLE_MOCKS === 'true';

async function start() {
  if (mocksEnabled) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  // Starting up is cut into tasks (evaluating the code, the router and its first loaders, the
  // first render), so none blocks a reader who is already scrolling the early-painted article.
  await yieldToMain();
  // The router runs its first loaders as soon as it exists: only after the mock worker is up.
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  // The first render replaces what the built page painted before this code arrived (src/early/):
  // only once the first screen's code is in, so the page never goes blank in between.
  await routerReady(router);
  await yieldToMain();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  keepReaderPlaceOnTakeover(root);
  // A transition lets React render the first screen in small slices, never blocking the page long.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
}

/** Resolves once the router has matched the first page and has its screen's code. */
function routerReady(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

void start();
