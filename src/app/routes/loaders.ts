/**
 * The routes' loaders: each puts its page's data into the query cache before the page renders,
 * on the server (so the HTML holds the page) and on client-side navigation alike; the components
 * then read the same query options. A failure becomes the route's error with a true HTTP status:
 * 404 for what the API does not have, 502 for a bad answer, 503 when the API did not answer.
 * They live apart from the screens, so a screen's code can load on demand while its data is
 * already on the way.
 */
import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/client';
import { articleQueryOptions } from '@/features/articles/api/get-article';
import { articlesQueryOptions } from '@/features/articles/api/get-articles';
import { tagQueryOptions } from '@/features/articles/api/get-tag';
import { readSearchParams, searchQueryOptions } from '@/features/articles/api/search-articles';
import { isSearchable } from '@/api/arabic-search';

/** What a failed route's error carries: no URL or message of the API reaches the page. */
export type RouteFailure = { reason: 'not-found' | 'bad-answer' | 'unavailable' };

async function loadOrFail(load: Promise<unknown>): Promise<null> {
  try {
    await load;
    return null;
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.isNotFound) throw data<RouteFailure>({ reason: 'not-found' }, { status: 404 });
    // The server's log says what failed; the reader gets the Arabic error page.
    if (import.meta.env.SSR) console.error(error.message);
    if (error.kind === 'network' || error.kind === 'timeout')
      throw data<RouteFailure>({ reason: 'unavailable' }, { status: 503 });
    throw data<RouteFailure>({ reason: 'bad-answer' }, { status: 502 });
  }
}

/**
 * Offline, a page already in the cache opens from it; one that is not fails at once, to the
 * route's error page with its retry, instead of a navigation paused until the connection returns.
 */
const atOnce = { networkMode: 'always' } as const;

export const homeLoader = (queryClient: QueryClient) => () =>
  loadOrFail(queryClient.ensureInfiniteQueryData({ ...articlesQueryOptions(), ...atOnce }));

export const articleLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    loadOrFail(queryClient.ensureQueryData({ ...articleQueryOptions(params.slug ?? ''), ...atOnce }));

export const tagLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    loadOrFail(
      Promise.all([
        queryClient.ensureQueryData({ ...tagQueryOptions(params.slug ?? ''), ...atOnce }),
        queryClient.ensureInfiniteQueryData({ ...articlesQueryOptions(params.slug), ...atOnce }),
      ]),
    );

/** The search page: the results of a query long enough to search; the page's states otherwise. */
export const searchLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const params = readSearchParams(new URL(request.url).searchParams);
    if (!isSearchable(params.query)) return null;
    return loadOrFail(queryClient.ensureQueryData({ ...searchQueryOptions(params), ...atOnce }));
  };

/** Any other address: a true 404, with the not-found page. */
export const notFoundLoader = () => {
  throw data<RouteFailure>({ reason: 'not-found' }, { status: 404 });
};
