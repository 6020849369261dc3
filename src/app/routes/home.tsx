import { config } from '@/api/config';
import { ArticleList } from '@/features/articles/components/article-list';
import { pageTitle, useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';

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
