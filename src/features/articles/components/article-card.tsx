import { Link } from 'react-router';
import type { ArticleSummary } from '@/api/schemas';
import { formatArticleDate } from '@/lib/dates';
import { articlePath, tagPath } from '../paths';

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const tag = article.tags[0];
  return (
    <article className="flex min-h-36 flex-col gap-2 border-b border-stone-200 py-4 dark:border-stone-800">
      <h2 className="font-serif text-xl leading-snug font-bold">
        <Link
          to={articlePath(article.slug)}
          className="hover:text-brand hover:underline dark:hover:text-sky-300"
        >
          {article.title}
        </Link>
      </h2>
      <p className="text-stone-700 dark:text-stone-300">{article.subtitle}</p>
      <p className="mt-auto flex flex-wrap items-center gap-x-3 text-sm text-stone-600 dark:text-stone-400">
        <time dateTime={article.publishedAt}>{formatArticleDate(new Date(article.publishedAt))}</time>
        {tag && (
          <Link
            to={tagPath(tag.slug)}
            className="inline-flex min-h-11 items-center font-bold text-accent hover:underline dark:text-red-300"
          >
            {tag.name}
          </Link>
        )}
      </p>
    </article>
  );
}
