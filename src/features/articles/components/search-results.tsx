import { Link } from 'react-router';
import { highlightParts, isSearchable } from '@/api/arabic-search';
import { ErrorState } from '@/components/ui/error-state';
import { ar } from '@/i18n/ar';
import { useSearchResults, type SearchParams } from '../api/search-articles';
import { ArticleCard } from './article-card';
import { ArticleListSkeleton } from './article-list-skeleton';

/** The text with the query's matches in `<mark>`, as search matches them. */
function Marked({ text, query }: { text: string; query: string }) {
  return highlightParts(text, query).map((part, index) =>
    part.match ? (
      // No padding: a match inside a word must not break its letters' joining.
      <mark key={index} className="bg-amber-200 text-inherit dark:bg-amber-700">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

const searchPath = (query: string, page: number) =>
  `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`;

const stateClasses = 'py-8 text-stone-700 dark:text-stone-300';
const pageLinkClasses =
  'inline-flex min-h-11 items-center rounded-md border border-brand px-4 font-bold text-brand hover:bg-brand hover:text-white dark:border-sky-300 dark:text-sky-300';

/**
 * The search page's results: how many, the cards with the matches marked, and links to the other
 * pages (plain links, so paging works without the app's code too). An empty or one-letter query
 * and no results each say so in Arabic.
 */
export function SearchResults({ params }: { params: SearchParams }) {
  const searchable = isSearchable(params.query);
  const query = useSearchResults(params, searchable);

  if (params.query === '') return <p className={stateClasses}>{ar.searchEmpty}</p>;
  if (!searchable) return <p className={stateClasses}>{ar.searchTooShort}</p>;
  if (query.isPending) return <ArticleListSkeleton />;
  if (!query.data) {
    return (
      <ErrorState
        title={ar.searchLoadError}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const { items, page, pageSize, total } = query.data;
  if (total === 0) return <p className={stateClasses}>{ar.searchNoResults(params.query)}</p>;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const mark = (text: string) => <Marked text={text} query={params.query} />;
  return (
    <>
      <p role="status" className="mt-2 text-stone-600 dark:text-stone-400">
        {ar.searchCount(total)}
      </p>
      <ul>
        {items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} mark={mark} row />
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label={ar.pagination} className="mt-6 flex flex-wrap items-center justify-between gap-3">
          {page > 1 ? (
            <Link to={searchPath(params.query, page - 1)} className={pageLinkClasses}>
              {ar.previousPage}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-stone-600 dark:text-stone-400">{ar.pageOf(page, pages)}</span>
          {page < pages ? (
            <Link to={searchPath(params.query, page + 1)} className={pageLinkClasses}>
              {ar.nextPage}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
