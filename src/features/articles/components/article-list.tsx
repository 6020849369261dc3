import { ErrorState } from '@/components/ui/error-state';
import { LoadMore } from '@/components/ui/load-more';
import { ar } from '@/i18n/ar';
import { useArticles } from '../api/get-articles';
import { ArticleCard } from './article-card';
import { cardClasses } from './card-classes';
import { ArticleListSkeleton } from './article-list-skeleton';

/** Newest first, with «المزيد» for the next page. Used by the home page and the tag pages. */
export function ArticleList({ tag }: { tag?: string }) {
  const query = useArticles(tag);

  if (query.isPending) return <ArticleListSkeleton />;
  if (!query.data) {
    return (
      <ErrorState title={ar.listLoadError} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  }

  const articles = query.data.pages.flatMap((page) => page.items);
  if (articles.length === 0)
    return <p className="py-8 text-stone-700 dark:text-stone-300">{ar.noArticles}</p>;

  return (
    <>
      <ul className={cardClasses.list}>
        {articles.map((article, index) => (
          <li key={article.slug} className={index === 0 ? cardClasses.leadItem : undefined}>
            <ArticleCard article={article} lead={index === 0} priority={index === 0} />
          </li>
        ))}
      </ul>
      <LoadMore
        query={query}
        label={ar.loadMore}
        errorTitle={ar.listLoadError}
        className="mt-6 flex justify-center"
        buttonClassName="min-h-11 rounded-md border border-brand px-6 font-bold text-brand hover:bg-brand hover:text-white disabled:opacity-60 dark:border-sky-300 dark:text-sky-300"
      />
    </>
  );
}
