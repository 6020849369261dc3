import { Skeleton } from '@/components/ui/skeleton';
import { ar } from '@/i18n/ar';

const SKELETON_COUNT = 5;

/** The list's shape before it arrives; apart from the list, so a route can show it before the list's code is in. */
export function ArticleListSkeleton() {
  return (
    <div aria-busy="true" aria-label={ar.loading}>
      {Array.from({ length: SKELETON_COUNT }, (_, index) => (
        <ArticleCardSkeleton key={index} />
      ))}
    </div>
  );
}

function ArticleCardSkeleton() {
  return (
    <div
      className="flex min-h-36 flex-col gap-2 border-b border-stone-200 py-4 dark:border-stone-800"
      aria-hidden="true"
    >
      <Skeleton className="h-7 w-11/12" />
      <Skeleton className="h-5 w-3/4" />
      <Skeleton className="mt-auto h-5 w-40" />
    </div>
  );
}
