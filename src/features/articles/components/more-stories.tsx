import { Link } from 'react-router';
import type { ArticleSummary } from '@/api/schemas';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ar } from '@/i18n/ar';
import { formatArticleDate } from '@/lib/dates';
import { useMostRead } from '../api/get-most-read';
import { useRelated } from '../api/get-related';
import { articlePath } from '@/lib/paths';
import { ArticleImage } from './article-image';
import { moreStoriesPlaceClasses } from './more-stories-place';

const headingClasses = 'border-b-4 border-accent pb-2 text-xl font-bold';

function StoryRow({ article, rank }: { article: ArticleSummary; rank?: number }) {
  return (
    <article className="flex min-h-20 items-start gap-3 border-b border-stone-200 py-3 dark:border-stone-800">
      {rank !== undefined && (
        <span aria-hidden="true" className="w-6 shrink-0 text-2xl leading-none font-bold text-accent">
          {rank}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <h3 className="font-serif leading-snug font-bold">
          <Link
            to={articlePath(article.slug)}
            className="hover:text-brand hover:underline dark:hover:text-sky-300"
          >
            {article.title}
          </Link>
        </h3>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={article.publishedAt}>{formatArticleDate(new Date(article.publishedAt))}</time>
        </p>
      </div>
      {article.image && (
        <div className="w-24 shrink-0">
          <ArticleImage image={article.image} sizes="96px" decorative className="rounded" />
        </div>
      )}
    </article>
  );
}

function RowsSkeleton({ count }: { count: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="flex min-h-20 gap-3 border-b border-stone-200 py-3 dark:border-stone-800">
          <div className="flex-1 space-y-2">
            <Skeleton className="h-5 w-11/12" />
            <Skeleton className="h-4 w-24" />
          </div>
          <Skeleton className="aspect-video w-24" />
        </div>
      ))}
    </div>
  );
}

function StoryList({
  headingId,
  heading,
  query,
  empty,
  errorTitle,
  ranked = false,
  skeletonRows,
}: {
  headingId: string;
  heading: string;
  query: ReturnType<typeof useRelated>;
  empty: string;
  errorTitle: string;
  ranked?: boolean;
  skeletonRows: number;
}) {
  let content;
  if (query.isPending) content = <RowsSkeleton count={skeletonRows} />;
  else if (!query.data)
    content = (
      <ErrorState title={errorTitle} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  else if (query.data.length === 0)
    content = <p className="py-4 text-stone-700 dark:text-stone-300">{empty}</p>;
  else {
    const List = ranked ? 'ol' : 'ul';
    content = (
      <List>
        {query.data.map((article, index) => (
          <li key={article.slug}>
            <StoryRow article={article} rank={ranked ? index + 1 : undefined} />
          </li>
        ))}
      </List>
    );
  }
  return (
    <section aria-labelledby={headingId} aria-busy={query.isPending || undefined}>
      <h2 id={headingId} className={headingClasses}>
        {heading}
      </h2>
      {content}
    </section>
  );
}

/**
 * After the article: «أخبار ذات صلة» (sharing a tag, never this one) and «الأكثر قراءة» (the day's
 * top five). Their code and data come as the reader nears them.
 */
export function MoreStories({ slug }: { slug: string }) {
  const related = useRelated(slug);
  const mostRead = useMostRead();
  return (
    <div className={moreStoriesPlaceClasses}>
      <StoryList
        headingId="related-heading"
        heading={ar.related}
        query={related}
        empty={ar.noRelated}
        errorTitle={ar.relatedLoadError}
        skeletonRows={4}
      />
      <StoryList
        headingId="most-read-heading"
        heading={ar.mostRead}
        query={mostRead}
        empty={ar.noMostRead}
        errorTitle={ar.mostReadLoadError}
        ranked
        skeletonRows={5}
      />
    </div>
  );
}
