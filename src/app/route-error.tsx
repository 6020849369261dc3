import {
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { NotFound } from '@/components/ui/not-found';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ar } from '@/i18n/ar';
import { errorHead, notFoundHead } from './head';
import type { RouteHandle } from './routes';

/**
 * A route's error page, in the page's frame: the not-found page for a 404, else an Arabic message
 * that names what failed and a retry that loads the route's data again, without a reload. A
 * render crash (not a failed request) is logged, and shows the same page.
 *
 * The retry goes to the same address again rather than revalidating: react-router clears a route's
 * error on a new location, or on a revalidation it saw start and end. A quick revalidation's two
 * states can reach React in one render, and then the error page stayed over the loaded data.
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const loading = useNavigation().state === 'loading';
  const routeHandle = useMatches().findLast((match) => match.handle)?.handle as RouteHandle | undefined;
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const notFoundTitle = routeHandle?.notFoundTitle ?? ar.notFoundTitle;
  const failedTitle = routeHandle?.failedTitle ?? ar.articleLoadError;
  useDocumentTitle((notFound ? notFoundHead(notFoundTitle) : errorHead(failedTitle)).title);
  if (!isRouteErrorResponse(error)) console.error(error);

  if (notFound) return <NotFound title={notFoundTitle} />;
  return (
    <ErrorState
      title={failedTitle}
      onRetry={() => void navigate({ pathname, search, hash }, { replace: true, preventScrollReset: true })}
      retrying={loading}
    />
  );
}
