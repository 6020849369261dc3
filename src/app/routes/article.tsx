import { useLocation, useParams } from 'react-router';
import { lazyPart } from '@/components/ui/lazy-part';
import { NearScreen } from '@/components/ui/near-screen';
import { useArticle } from '@/features/articles/api/get-article';
import { ArticleView } from '@/features/articles/components/article-view';
import { moreStoriesPlaceClasses } from '@/features/articles/components/more-stories-place';
import { useCountView } from '@/features/articles/hooks/use-count-view';
import { CommentsHeadingRow } from '@/features/comments/components/comments-heading';
import { useArticleEngagement } from '@/features/notifications/hooks/use-article-engagement';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { AfterHydration } from '@/hooks/use-hydrated';
import { ar } from '@/i18n/ar';
import { articleHead } from '../head';

// Below the article or later in the visit: their code loads in the browser, after the article
// shows. If it fails to load, the comments say so with a retry; the prompt, which the reader never
// asked for, is simply not shown.
const CommentsSection = lazyPart(
  async () => ({
    default: (await import('@/features/comments/components/comments-section')).CommentsSection,
  }),
  { failedTitle: ar.commentsPartFailed },
);
const MoreStories = lazyPart(
  async () => ({ default: (await import('@/features/articles/components/more-stories')).MoreStories }),
  { failedTitle: ar.moreStoriesPartFailed },
);
const NotificationPrompt = lazyPart(
  async () => ({
    default: (await import('@/features/notifications/components/notification-prompt')).NotificationPrompt,
  }),
  { failedTitle: null },
);

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  // The loader has put it in the cache (or shown the route's error page instead).
  const { data: article } = useArticle(slug);
  const engaged = useArticleEngagement();
  useCountView(slug);
  useDocumentTitle(articleHead(article).title);

  // The comments' place until they come, and while their code loads: their heading.
  const commentsPlace = (ref?: (element: HTMLElement | null) => void) => (
    <CommentsHeadingRow ref={ref} count={article.commentCount} />
  );
  return (
    <>
      <ArticleView article={article} />
      {/* Related and most read: their place is kept until they come, as the reader nears them. */}
      <NearScreen
        key={`more-${article.slug}`}
        placeholder={(ref) => <div ref={ref} className={moreStoriesPlaceClasses} />}
      >
        <MoreStories fallback={<div className={moreStoriesPlaceClasses} />} slug={article.slug} />
      </NearScreen>
      {/* Below the article, the comments' region and heading (in the server's HTML too); the rest
          comes as the reader nears it, or at once for a link to one comment. The region keeps its
          place until then and while the comments' code loads, so nothing below it jumps. A new
          article starts a new region: no reply form, notice or scroll carried over. */}
      <section key={article.slug} aria-labelledby="comments-heading" className="relative mt-10 min-h-48">
        <NearScreen eager={hash.startsWith('#comment-')} placeholder={commentsPlace}>
          <CommentsSection
            fallback={commentsPlace()}
            slug={article.slug}
            initialCount={article.commentCount}
          />
        </NearScreen>
      </section>
      {/* Later in the visit: its code and the browser's push state only once the reader has
          engaged with the article. */}
      <AfterHydration>{engaged && <NotificationPrompt fallback={null} />}</AfterHydration>
    </>
  );
}
