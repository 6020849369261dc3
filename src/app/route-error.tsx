import { useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { ar } from '@/i18n/ar';

/** The last line of defence: a render crash shows an Arabic error with a retry, not a blank page. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <div className="mx-auto max-w-3xl p-6">
      <ErrorState title={ar.articleLoadError} onRetry={() => location.reload()} />
    </div>
  );
}
