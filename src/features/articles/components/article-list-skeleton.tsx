import { Skeleton } from '@/components/ui/skeleton';
import { ar } from '@/i18n/ar';
import { cardClasses } from './card-classes';

const SKELETON_COUNT = 5;

/** The list's shape before it arrives; apart from the list, so a route can show it before the list's code is in. */
export function ArticleListSkeleton() {
  return (
    <div aria-busy="true" aria-label={ar.loading} className={cardClasses.list}>
      {Array.from({ length: SKELETON_COUNT }, (_, index) => (
        <div key={index} className={index === 0 ? cardClasses.leadItem : undefined}>
          <ArticleCardSkeleton />
        </div>
      ))}
    </div>
  );
}

function ArticleCardSkeleton() {
  return (
    <div className={cardClasses.card} aria-hidden="true">
      <div className={cardClasses.text}>
        <Skeleton className="h-7 w-11/12" />
        <Skeleton className="h-5 w-3/4" />
        <Skeleton className="mt-auto h-5 w-40" />
      </div>
      <div className={cardClasses.picture}>
        <Skeleton className="aspect-video w-full" />
      </div>
    </div>
  );
}
