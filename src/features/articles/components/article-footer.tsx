import { Link } from 'react-router';
import type { Article } from '@/api/schemas';
import { pageClasses } from '@/components/ui/page-classes';
import { ar } from '@/i18n/ar';
import { articlePath, tagPath } from '@/lib/paths';
import { ShareButton } from './share-button';

/** Under an article: its tags, as links to their pages, and the share button. */
export function ArticleFooter({ article }: { article: Article }) {
  return (
    <footer className="mt-8 flex flex-wrap items-center justify-between gap-4 border-t border-stone-200 pt-5 dark:border-stone-800">
      <nav aria-label={ar.tags}>
        <ul className="flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link to={tagPath(tag.slug)} className={pageClasses.tagLink}>
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ShareButton title={article.title} path={articlePath(article.slug)} />
    </footer>
  );
}
