import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArticleSummary } from '@/api/schemas';
import { formatArticleDate } from '@/lib/dates';
import { articlePath, tagPath } from '@/lib/paths';
import { ArticleImage } from './article-image';
import { cardClasses } from './card-classes';

/** Thumbnails: 7rem on a phone; half the column, or the whole column for the lead, above it. */
const THUMB_SIZES = '(min-width: 40rem) 360px, 112px';
const ROW_SIZES = '(min-width: 40rem) 176px, 112px';
const LEAD_SIZES = '(min-width: 48rem) 736px, (min-width: 40rem) calc(100vw - 2rem), 112px';

export function ArticleCard({
  article,
  lead = false,
  priority = false,
  mark = (text) => text,
  row = false,
}: {
  article: ArticleSummary;
  /** The story a list leads with: across the grid, larger. */
  lead?: boolean;
  /** Its picture is on the first screen: fetched first, not lazily. */
  priority?: boolean;
  /** How the title and subtitle are shown: as they are, or with a search's matches marked. */
  mark?: (text: string) => ReactNode;
  /** In a one-column list: the thumbnail at the side at every width. */
  row?: boolean;
}) {
  const tag = article.tags[0];
  return (
    <article className={row ? cardClasses.rowCard : cardClasses.card}>
      <div className={cardClasses.text}>
        <h2 className={`font-serif leading-snug font-bold ${lead ? 'text-xl sm:text-3xl' : 'text-xl'}`}>
          <Link
            to={articlePath(article.slug)}
            className="hover:text-brand hover:underline dark:hover:text-sky-300"
          >
            {mark(article.title)}
          </Link>
        </h2>
        <p className={`text-stone-700 dark:text-stone-300 ${lead ? 'sm:text-lg' : ''}`}>
          {mark(article.subtitle)}
        </p>
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
      </div>
      {article.image && (
        <div className={row ? cardClasses.rowPicture : cardClasses.picture}>
          <ArticleImage
            image={article.image}
            sizes={lead ? LEAD_SIZES : row ? ROW_SIZES : THUMB_SIZES}
            priority={priority}
            decorative
            className="rounded"
          />
        </div>
      )}
    </article>
  );
}
