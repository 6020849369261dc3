import { useEffect, useState } from 'react';
import type { Comment } from '@/api/comment-schemas';
import { readPendingComments, subscribeToCommentStorage } from '@/lib/comment-storage';

/** The guest's own comments on `slug` that wait for moderation, kept on this device. */
export function usePendingComments(slug: string): Comment[] {
  // The comments section is keyed by its article, so `slug` is the same for this state's life.
  const [comments, setComments] = useState(() => readPendingComments(slug));
  useEffect(() => subscribeToCommentStorage(() => setComments(readPendingComments(slug))), [slug]);
  return comments;
}
