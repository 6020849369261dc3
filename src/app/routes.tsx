import type { QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject } from 'react-router';
import { articleQueryOptions } from '@/features/articles/api/get-article';
import { tagQueryOptions } from '@/features/articles/api/get-tag';
import { readSearchParams } from '@/features/articles/api/search-articles';
import { ArticleListSkeleton } from '@/features/articles/components/article-list-skeleton';
import { ArticleSkeleton } from '@/features/articles/components/article-view';
import { NotFound } from '@/components/ui/not-found';
import { ar } from '@/i18n/ar';
import { articleHead, homeHead, searchHead, tagHead, type PageHead } from './head';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { ArticleRoute } from './routes/article';
import { HomeRoute } from './routes/home';
import { SearchRoute } from './routes/search';
import { TagRoute } from './routes/tag';
import { articleLoader, homeLoader, notFoundLoader, searchLoader, tagLoader } from './routes/loaders';

/** What each route tells the server's `<head>` and its own error page. */
export type RouteHandle = {
  /** The page's head, from the data its loader put in the cache. */
  head?: (params: Params, queryClient: QueryClient, search: URLSearchParams) => PageHead | undefined;
  /** What the error page says when the route's data is missing or failed. */
  notFoundTitle: string;
  failedTitle: string;
};

const handle = (routeHandle: RouteHandle) => routeHandle;

/**
 * The route table, the same on the server (static handler), in the browser (hydrating router)
 * and in the tests (memory router). Every screen is in the first bundle: they are small, and a
 * lazily loaded one would have to be in before hydration (react-router runs a lazy route's loader
 * again as it hydrates). What comes below or later in a page loads on demand instead.
 * `HydrateFallback` shows only where no server rendered the page (the static demo).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          loader: homeLoader(queryClient),
          Component: HomeRoute,
          HydrateFallback: ArticleListSkeleton,
          errorElement: <RouteError />,
          handle: handle({ head: homeHead, notFoundTitle: ar.notFoundTitle, failedTitle: ar.listLoadError }),
        },
        {
          path: 'articles/:slug',
          loader: articleLoader(queryClient),
          element: <ArticleRoute />,
          HydrateFallback: ArticleSkeleton,
          errorElement: <RouteError />,
          handle: handle({
            head: (params, client) => {
              const article = client.getQueryData(articleQueryOptions(params.slug ?? '').queryKey);
              return article && articleHead(article);
            },
            notFoundTitle: ar.articleNotFoundTitle,
            failedTitle: ar.articleLoadError,
          }),
        },
        {
          path: 'tags/:slug',
          loader: tagLoader(queryClient),
          Component: TagRoute,
          HydrateFallback: ArticleListSkeleton,
          errorElement: <RouteError />,
          handle: handle({
            head: (params, client) => {
              const tag = client.getQueryData(tagQueryOptions(params.slug ?? '').queryKey);
              return tag && tagHead(tag);
            },
            notFoundTitle: ar.notFoundTitle,
            failedTitle: ar.listLoadError,
          }),
        },
        {
          path: 'search',
          loader: searchLoader(queryClient),
          Component: SearchRoute,
          HydrateFallback: ArticleListSkeleton,
          errorElement: <RouteError />,
          handle: handle({
            head: (_params, _client, search) => searchHead(readSearchParams(search).query),
            notFoundTitle: ar.notFoundTitle,
            failedTitle: ar.searchLoadError,
          }),
        },
        {
          path: '*',
          loader: notFoundLoader,
          // Never shown (its loader always answers 404, shown by the error page), but a route
          // that matches must have something to render.
          element: <NotFound />,
          errorElement: <RouteError />,
          handle: handle({ notFoundTitle: ar.notFoundTitle, failedTitle: ar.loadError }),
        },
      ],
    },
  ];
}
