import { config } from '@/api/config';
import { ArticleList } from '@/features/articles/components/article-list';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';
import { homeHead } from '../head';

export function HomeRoute() {
  useDocumentTitle(homeHead().title);
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
