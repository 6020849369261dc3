import type { ReactNode } from 'react';
import { pageClasses } from '@/components/ui/page-classes';
import { ar } from '@/i18n/ar';

/**
 * «التعليقات (N)» and, once the comments' code is in, the sort beside it. As tall as the sort, so
 * the heading stays put when the comments fill the section around it (src/app/routes/article.tsx).
 */
export function CommentsHeadingRow({
  count,
  children,
  ref,
}: {
  count: number;
  children?: ReactNode;
  ref?: (element: HTMLElement | null) => void;
}) {
  return (
    <div ref={ref} className="flex min-h-[calc(3.25rem+2px)] flex-wrap items-center justify-between gap-3">
      <h2 id="comments-heading" className={pageClasses.commentsHeading}>
        {ar.commentsHeading(count)}
      </h2>
      {children}
    </div>
  );
}
