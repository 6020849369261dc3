import { useEffect, useState } from 'react';
import type { Comment } from '@/api/schemas';
import { readPendingComments, subscribeToCommentStorage } from '@/lib/comment-storage';

/** The guest's own comments on `slug` that wait for moderation, kept on this device. */
export function usePendingComments(slug: string): Comment[] {
  const [state, setState] = useState(() => ({ slug, comments: readPendingComments(slug) }));
  useEffect(
    () => subscribeToCommentStorage(() => setState({ slug, comments: readPendingComments(slug) })),
    [slug],
  );
  return state.slug === slug ? state.comments : readPendingComments(slug);
}
