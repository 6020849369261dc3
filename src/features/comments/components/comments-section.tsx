import { useState } from 'react';
import type { CommentSort } from '@/api/schemas';
import { ErrorState } from '@/components/ui/error-state';
import { ar } from '@/i18n/ar';
import { useComments } from '../api/get-comments';

/** «التعليقات (N)»: the comments of one article. */
export function CommentsSection({ slug, initialCount }: { slug: string; initialCount: number }) {
  const [sort] = useState<CommentSort>('newest');
  const query = useComments(slug, sort);
  const total = query.data?.pages[0]?.total ?? initialCount;
  const comments = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="comments-heading" className="mt-10">
      <h2 id="comments-heading" className="text-xl font-bold">
        {ar.comments.heading(total)}
      </h2>
      {query.isError ? (
        <div className="mt-4">
          <ErrorState
            title={ar.comments.loadError}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </div>
      ) : query.isSuccess && comments.length === 0 ? (
        <p className="mt-4 text-stone-700 dark:text-stone-300">{ar.comments.empty}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p dir="auto" className="font-semibold">
                {comment.authorName}
              </p>
              <p dir="auto" className="whitespace-pre-wrap">
                {comment.body}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
