import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { articlesQueryOptions } from '@/features/articles/api/get-articles';
import { tagQueryOptions } from '@/features/articles/api/get-tag';

// The lists' loaders live apart from their screens, so a screen's code can load on demand while
// its data is already on the way.

/** Starts the request as the route matches; the page shows skeletons until it lands. */
export const homeLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchInfiniteQuery(articlesQueryOptions());
  return null;
};

export const tagLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.slug) {
      void queryClient.prefetchQuery(tagQueryOptions(params.slug));
      void queryClient.prefetchInfiniteQuery(articlesQueryOptions(params.slug));
    }
    return null;
  };
