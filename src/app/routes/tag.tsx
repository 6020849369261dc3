import { useParams } from 'react-router';
import { useTag } from '@/features/articles/api/get-tag';
import { ArticleList } from '@/features/articles/components/article-list';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';
import { tagHead } from '../head';

export function TagRoute() {
  const { slug = '' } = useParams();
  // The loader has put it in the cache (or shown the route's error page instead).
  const { data: tag } = useTag(slug);
  useDocumentTitle(tagHead(tag).title);
  return (
    <>
      <h1 className="text-2xl font-bold">{ar.tagPageTitle(tag.name)}</h1>
      <ArticleList tag={slug} />
    </>
  );
}
