import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createRouter as createRouter,
  UNSAFE_hydrationRouteProperties as hydrationRouteProperties,
  UNSAFE_mapRouteProperties as mapRouteProperties,
  type DataRouter,
  type RouteObject,
} from 'react-router';
import { tookPaintedEarlyAnswer } from '@/api/early-request';
import { yieldToMain } from '@/lib/yield-to-main';
import { App } from './app';
import { createQueryClient } from './query-client';
import { trackReaderPlace } from './reader-place';
import { createRoutes } from './routes';

/**
 * Starts the app in `container`, taking over what the built page painted there before the app's
 * code arrived (src/early/). Starting up is cut into tasks (evaluating the code, the history, the
 * router, its first loaders, the article loader's check of the early answer, the first render), so
 * none blocks a reader who is already scrolling the early-painted article. With the in-browser
 * mocks, call it once their worker is up: the router runs its first loaders as soon as it exists.
 */
export async function startApp(container: HTMLElement): Promise<{ root: Root; router: DataRouter }> {
  await yieldToMain();
  const queryClient = createQueryClient();
  const router = await createBrowserRouterInSteps(createRoutes(queryClient));
  // The first render goes only once the first screen's code is in, so the page never goes blank.
  await routerReady(router);
  await yieldToMain();
  // It reads the scroll position, which may lay the page out: a task apart from React's start.
  trackReaderPlace(container);
  await yieldToMain();
  // The first screen is the article already painted: React adopts those nodes (hydrates them)
  // instead of building, styling and laying out the whole page again. What the paint lacks
  // follows in a second, small render (useHydrated).
  const adopting = tookPaintedEarlyAnswer();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} adopting={adopting} />
    </StrictMode>
  );
  let root: Root | undefined;
  // A transition lets React render the first screen in small slices, never blocking the page long.
  startTransition(() => {
    if (adopting) {
      root = hydrateRoot(container, app);
    } else {
      root = createRoot(container);
      root.render(app);
    }
  });
  if (!root) throw new Error('React did not start');
  return { root, router };
}

/**
 * What `createBrowserRouter` does, in three tasks instead of one: the history (which writes its
 * index into the current history entry), the router (its route tree), and the first navigation
 * (matching, and starting the loaders). Together they were one of the longest tasks of the
 * start-up. There is no server-rendered router state to hydrate, so none is read.
 */
async function createBrowserRouterInSteps(routes: RouteObject[]): Promise<DataRouter> {
  const history = createBrowserHistory();
  await yieldToMain();
  const router = createRouter({ history, routes, mapRouteProperties, hydrationRouteProperties });
  await yieldToMain();
  return router.initialize();
}

/** Resolves once the router has matched the first page and has its screen's code. */
function routerReady(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
