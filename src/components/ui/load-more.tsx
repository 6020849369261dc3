import { ar } from '@/i18n/ar';
import { ErrorState } from './error-state';

/** What the end of a paged list needs of its infinite query. */
type PagedQuery = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
};

type LoadMoreProps = {
  query: PagedQuery;
  label: string;
  errorTitle: string;
  /** The wrapper's place and the button's look, which differ between lists. */
  className: string;
  buttonClassName: string;
};

/**
 * The end of a paged list: a button for the next page, busy while it loads; if that page fails,
 * an error with «إعادة المحاولة» in its place, so there is one way to try again.
 */
export function LoadMore({ query, label, errorTitle, className, buttonClassName }: LoadMoreProps) {
  const loadNext = () => void query.fetchNextPage();
  if (query.isFetchNextPageError) {
    return (
      <div className={className}>
        <ErrorState title={errorTitle} onRetry={loadNext} retrying={query.isFetchingNextPage} />
      </div>
    );
  }
  if (!query.hasNextPage) return null;
  return (
    <div className={className}>
      <button
        type="button"
        onClick={loadNext}
        disabled={query.isFetchingNextPage}
        aria-busy={query.isFetchingNextPage}
        className={buttonClassName}
      >
        {query.isFetchingNextPage ? ar.loadingMore : label}
      </button>
    </div>
  );
}
