import type { QueryClient } from '@tanstack/react-query';
import { config } from '@/api/config';
import { articlesQueryOptions } from '@/features/articles/api/get-articles';
import { ArticleList } from '@/features/articles/components/article-list';
import { pageTitle, useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';

/** Starts the request as the route matches; the page shows skeletons until it lands. */
export const homeLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchInfiniteQuery(articlesQueryOptions());
  return null;
};

export function HomeRoute() {
  useDocumentTitle(pageTitle(ar.latestNews));
  return (
    <>
      <h1 className="text-2xl font-bold">
        {ar.latestNews}
        <span className="sr-only"> – {config.siteName}</span>
      </h1>
      <ArticleList />
    </>
  );
}
