import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useLocation, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/client';
import { ErrorState } from '@/components/ui/error-state';
import { NearScreen } from '@/components/ui/near-screen';
import { NotFound } from '@/components/ui/not-found';
import { articleQueryOptions, takeEarlyArticle, useArticle } from '@/features/articles/api/get-article';
import { ArticleSkeleton, ArticleView } from '@/features/articles/components/article-view';
import { CommentsHeadingRow } from '@/features/comments/components/comments-heading';
import { useArticleEngagement } from '@/features/notifications/hooks/use-article-engagement';
import { useDocumentTitle, pageTitle } from '@/hooks/use-document-title';
import { AfterHydration } from '@/hooks/use-hydrated';
import { ar } from '@/i18n/ar';
import { lazyChunk } from '@/lib/lazy-chunk';

// Below the article or later in the visit: their code loads after the article shows.
const CommentsSection = lazyChunk(() =>
  import('@/features/comments/components/comments-section').then((m) => ({ default: m.CommentsSection })),
);
const NotificationPrompt = lazyChunk(() =>
  import('@/features/notifications/components/notification-prompt').then((m) => ({
    default: m.NotificationPrompt,
  })),
);

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    if (!params.slug) return null;
    // Already painted from the early answer: React's first render shows the same article.
    const early = await takeEarlyArticle(params.slug);
    if (early) queryClient.setQueryData(articleQueryOptions(params.slug).queryKey, early);
    else void queryClient.prefetchQuery(articleQueryOptions(params.slug));
    return null;
  };

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const query = useArticle(slug);
  const engaged = useArticleEngagement(query.isSuccess);
  useDocumentTitle(query.data?.title ?? pageTitle(query.isError ? ar.articleNotFoundTitle : ar.loading));

  if (query.isPending) return <ArticleSkeleton />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.isNotFound)
      return <NotFound title={ar.articleNotFoundTitle} />;
    return (
      <ErrorState
        title={ar.articleLoadError}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  // The comments' place until they come, and while their code loads: their heading.
  const commentsPlace = (ref?: (element: HTMLElement | null) => void) => (
    <CommentsHeadingRow ref={ref} count={query.data.commentCount} />
  );
  return (
    <>
      <ArticleView article={query.data} />
      {/* Not in the pre-app paint: they come after React adopts it. */}
      <AfterHydration>
        {/* Below the article, the comments' region and heading; the rest comes as the reader
            nears it, or at once for a link to one comment. The region keeps its place until
            then and while the comments' code loads, so nothing below it jumps. A new article
            starts a new region: no reply form, notice or scroll carried over. */}
        <section key={query.data.slug} aria-labelledby="comments-heading" className="relative mt-10 min-h-48">
          <NearScreen eager={hash.startsWith('#comment-')} placeholder={commentsPlace}>
            <Suspense fallback={commentsPlace()}>
              <CommentsSection slug={query.data.slug} initialCount={query.data.commentCount} />
            </Suspense>
          </NearScreen>
        </section>
        {/* Later in the visit: its code and the browser's push state only once the reader has
            engaged with the article. */}
        {engaged && (
          <Suspense fallback={null}>
            <NotificationPrompt />
          </Suspense>
        )}
      </AfterHydration>
    </>
  );
}
