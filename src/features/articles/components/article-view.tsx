import type { Article } from '@/api/schemas';
import { Skeleton } from '@/components/ui/skeleton';
import { ar } from '@/i18n/ar';
import { formatArticleDate, formatDateTime } from '@/lib/dates';
import { formatReadingTime, readingMinutes } from '@/lib/reading-time';
import { pageClasses } from '@/components/ui/page-classes';
import { ArticleFooter } from './article-footer';
import { ArticleImage } from './article-image';

/** The lead picture's laid-out width: the page's column, less its padding, or the phone's width. */
const LEAD_SIZES = '(min-width: 48rem) 736px, calc(100vw - 2rem)';

export function ArticleView({ article }: { article: Article }) {
  return (
    <article aria-labelledby="article-title">
      <div className={pageClasses.articleHead}>
        <h1 id="article-title" className={pageClasses.articleTitle}>
          {article.title}
        </h1>
        <p className={pageClasses.articleSubtitle}>{article.subtitle}</p>
        <p className={pageClasses.articleMeta}>
          <span className={pageClasses.articleSource}>{article.source}</span>
          {article.author && <span>{ar.byAuthor(article.author.name)}</span>}
        </p>
        <p className={pageClasses.articleMeta}>
          <time dateTime={article.publishedAt}>{formatArticleDate(new Date(article.publishedAt))}</time>
          {article.updatedAt && article.updatedAt !== article.publishedAt && (
            <span>
              {ar.updatedAt}{' '}
              <time dateTime={article.updatedAt}>{formatDateTime(new Date(article.updatedAt))}</time>
            </span>
          )}
          <span>{formatReadingTime(readingMinutes(article.body))}</span>
        </p>
      </div>
      {article.image && (
        <figure className="mt-5">
          <ArticleImage image={article.image} sizes={LEAD_SIZES} priority className="rounded-md" />
          {(article.image.caption || article.image.credit) && (
            <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {article.image.caption}
              {article.image.caption && article.image.credit && ' '}
              {article.image.credit && (
                <span className="ms-2 text-stone-500 dark:text-stone-400">
                  {ar.photoCredit(article.image.credit)}
                </span>
              )}
            </figcaption>
          )}
        </figure>
      )}
      <div id="article-body" className={pageClasses.articleBody}>
        {article.body.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <ArticleFooter article={article} />
    </article>
  );
}

/** The article's shape before it arrives: title, subtitle, meta, and a screenful of lines. */
export function ArticleSkeleton() {
  return (
    <div aria-busy="true" aria-label={ar.loading}>
      <div className="border-b border-stone-200 pb-5 dark:border-stone-800">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="mt-2 h-8 w-2/3" />
        <Skeleton className="mt-4 h-6 w-5/6" />
        <Skeleton className="mt-4 h-5 w-56" />
      </div>
      <div className="mt-6 space-y-3">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-6 w-full" />
        ))}
      </div>
    </div>
  );
}
