import { useParams } from 'react-router';
import { isApiError } from '@/api/client';
import { ErrorState } from '@/components/ui/error-state';
import { NotFound } from '@/components/ui/not-found';
import { Skeleton } from '@/components/ui/skeleton';
import { useTag } from '@/features/articles/api/get-tag';
import { ArticleList } from '@/features/articles/components/article-list';
import { pageTitle, useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';

export function TagRoute() {
  const { slug = '' } = useParams();
  const tag = useTag(slug);
  useDocumentTitle(pageTitle(tag.data ? ar.tagPageTitle(tag.data.name) : ar.loading));

  if (tag.isError) {
    if (isApiError(tag.error) && tag.error.isNotFound) return <NotFound />;
    return (
      <ErrorState title={ar.listLoadError} onRetry={() => void tag.refetch()} retrying={tag.isFetching} />
    );
  }
  return (
    <>
      {tag.data ? (
        <h1 className="text-2xl font-bold">{ar.tagPageTitle(tag.data.name)}</h1>
      ) : (
        <Skeleton className="h-8 w-48" />
      )}
      <ArticleList tag={slug} />
    </>
  );
}
