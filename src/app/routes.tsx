import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { ArticleRoute, articleLoader } from './routes/article';
import { homeLoader, tagLoader } from './routes/loaders';
import { NotFoundRoute } from './routes/not-found';

/**
 * Nothing while a screen's code arrives on the first load: the page then paints once, whole. The
 * browser's first render waits for the router (src/app/start-app.tsx); a memory router in the
 * tests does not.
 */
function FirstLoad() {
  return null;
}

/**
 * The route table, shared by the browser router and the tests' memory router. The article, the
 * page a reader most often lands on, and the tiny not-found page are in the first bundle; the
 * lists load on demand, their data starting at once from their loaders.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError />,
      HydrateFallback: FirstLoad,
      children: [
        {
          index: true,
          loader: homeLoader(queryClient),
          lazy: { Component: async () => (await import('./routes/home')).HomeRoute },
        },
        { path: 'articles/:slug', loader: articleLoader(queryClient), element: <ArticleRoute /> },
        {
          path: 'tags/:slug',
          loader: tagLoader(queryClient),
          lazy: { Component: async () => (await import('./routes/tag')).TagRoute },
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
