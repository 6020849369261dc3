import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { ArticleRoute, articleLoader } from './routes/article';
import { HomeRoute, homeLoader } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { TagRoute, tagLoader } from './routes/tag';

/** The route table, shared by the browser router and the tests' memory router. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, loader: homeLoader(queryClient), element: <HomeRoute /> },
        { path: 'articles/:slug', loader: articleLoader(queryClient), element: <ArticleRoute /> },
        { path: 'tags/:slug', loader: tagLoader(queryClient), element: <TagRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
