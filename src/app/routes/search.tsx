import { useSearchParams } from 'react-router';
import { readSearchParams } from '@/features/articles/api/search-articles';
import { SearchResults } from '@/features/articles/components/search-results';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';
import { searchHead } from '../head';

export function SearchRoute() {
  const [searchParams] = useSearchParams();
  const params = readSearchParams(searchParams);
  useDocumentTitle(searchHead(params.query).title);
  return (
    <>
      <h1 className="text-2xl font-bold">
        {params.query ? ar.searchResultsTitle(params.query) : ar.searchTitle}
      </h1>
      {/* A new query or page is a new list: no focus or state carried over. */}
      <SearchResults key={`${params.query}\n${params.page}`} params={params} />
    </>
  );
}
