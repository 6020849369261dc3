import { Form, useLocation, useSearchParams } from 'react-router';
import { SEARCH_MAX_LENGTH } from '@/api/arabic-search';
import { ar } from '@/i18n/ar';

/** The search page's address: the header's form goes there. */
export const SEARCH_PATH = '/search';

/**
 * «بحث»: a plain GET form to /search, so it works before the app's code comes and without it;
 * with it, react-router's Form navigates in place. On the search page it holds the query.
 */
export function SearchForm() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const query = pathname === SEARCH_PATH ? (params.get('q') ?? '') : '';
  return (
    <Form
      action={SEARCH_PATH}
      method="get"
      role="search"
      aria-label={ar.search}
      className="flex items-center gap-1 max-sm:order-last max-sm:basis-full"
    >
      <label htmlFor="site-search" className="sr-only">
        {ar.search}
      </label>
      <input
        // A new query (the back button, a link) shows in the box.
        key={query}
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={ar.searchPlaceholder}
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 rounded-md bg-white px-3 text-stone-900 placeholder:text-stone-500 sm:w-56"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 shrink-0 items-center rounded-md px-3 font-bold whitespace-nowrap hover:bg-white/15"
      >
        {ar.search}
      </button>
    </Form>
  );
}
