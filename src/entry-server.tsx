/**
 * The server's render of one request, with the same routes, loaders and components as the
 * browser: the static handler runs the route's loaders (which fill a query cache made for this
 * request), then React renders the page as a stream. The caller writes `headTags` into `<head>`,
 * the stream into `#root` and `stateScript` after it, for the browser to hydrate from.
 */
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  StaticRouterProvider,
  type StaticHandlerContext,
} from 'react-router';
import { configureApi } from './api/url';
import { App } from './app/app';
import { appStateScript } from './app/app-state';
import { errorHead, homeHead, notFoundHead, renderHeadTags, type PageHead } from './app/head';
import { createServerQueryClient } from './app/query-client';
import { createRoutes, type RouteHandle } from './app/routes';
import { breakingQueryOptions } from './features/breaking/api/get-breaking';
import { sectionsQueryOptions } from './features/header/api/get-sections';
import { weatherQueryOptions } from './features/header/api/get-weather';

export { configureApi };

/** How long the header's weather may hold up a page: decoration, not worth a slower page. */
const WEATHER_WAIT_MS = 150;
/**
 * How long the page's frame (the sections' line and the breaking bar) may hold up a page. Both are
 * asked for beside the page's own data, so a quick API costs nothing; a slow one gets a page
 * without them, never a late bar that pushes the page down (the sections' line keeps its place).
 */
const FRAME_WAIT_MS = 300;

const atMost = (ms: number, work: Promise<unknown>) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms))]);

export type RenderedPage = {
  status: number;
  /** Changes when the page's content does (its routes' data), for the page's ETag. */
  contentKey: string;
  headTags: string;
  stateScript: string;
  /** Starts React's render; the callbacks are React's own. */
  stream: (options: RenderToPipeableStreamOptions) => ReturnType<typeof renderToPipeableStream>;
};

/** Renders `request` (a page address), or answers with the Response a loader returned (a redirect). */
export async function renderPage(request: Request, siteUrl: string): Promise<RenderedPage | Response> {
  const queryClient = createServerQueryClient();
  const { query, dataRoutes } = createStaticHandler(createRoutes(queryClient));
  const weather = atMost(WEATHER_WAIT_MS, queryClient.prefetchQuery(weatherQueryOptions()));
  const frame = atMost(
    FRAME_WAIT_MS,
    Promise.all([
      queryClient.prefetchQuery(sectionsQueryOptions()),
      queryClient.prefetchQuery(breakingQueryOptions()),
    ]),
  );
  const [context] = await Promise.all([query(request), weather, frame]);
  if (context instanceof Response) return context;

  const renderedAt = new Date();
  const router = createStaticRouter(dataRoutes, context);
  return {
    status: context.statusCode,
    contentKey: contentKey(context.statusCode, queryClient),
    headTags: renderHeadTags(pageHead(context, queryClient), siteUrl),
    stateScript: appStateScript({
      router: {
        loaderData: context.loaderData,
        actionData: context.actionData,
        errors: serializableErrors(context.errors),
      },
      queries: dehydrate(queryClient),
      renderedAt: renderedAt.toISOString(),
    }),
    stream: (options) =>
      renderToPipeableStream(
        <App queryClient={queryClient} renderedAt={renderedAt}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </App>,
        options,
      ),
  };
}

/**
 * The page's data, as the routes' loaders put it in the cache: the weather is left out, as the
 * header's clock is, since the browser brings both up to date as it starts.
 */
function contentKey(status: number, queryClient: QueryClient): string {
  const [weatherKey] = weatherQueryOptions().queryKey;
  const content = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success' && query.queryKey[0] !== weatherKey)
    .map((query) => [query.queryHash, query.state.data]);
  return JSON.stringify([status, content]);
}

/** The head of the deepest route that has one, or of its error page. */
function pageHead(context: StaticHandlerContext, queryClient: QueryClient): PageHead {
  const match = context.matches.findLast((candidate) => candidate.route.handle);
  const handle = match?.route.handle as RouteHandle | undefined;
  if (context.errors) {
    return context.statusCode === 404
      ? notFoundHead(handle?.notFoundTitle)
      : errorHead(handle?.failedTitle ?? notFoundHead().title);
  }
  const search = new URLSearchParams(context.location.search);
  return (match && handle?.head?.(match.params, queryClient, search)) ?? homeHead();
}

/**
 * The routes' errors as plain data that the browser's router reads back: a route error keeps its
 * status (`isRouteErrorResponse` still knows it); anything else, already logged, becomes a 500
 * without its message.
 */
function serializableErrors(errors: StaticHandlerContext['errors']) {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([routeId, error]: [string, unknown]) => {
      if (isRouteErrorResponse(error)) {
        const { status, statusText, data } = error;
        return [routeId, { status, statusText, internal: false, data }];
      }
      console.error(error);
      return [routeId, { status: 500, statusText: 'Internal Server Error', internal: true, data: null }];
    }),
  );
}
