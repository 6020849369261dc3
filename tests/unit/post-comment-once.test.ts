/**
 * A queued post goes once per Idempotency-Key across this device's tabs: under a Web Lock, a tab
 * reads what became of the key before it sends (another tab's confirmed comment, or a withdrawal).
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import {
  postCommentOnce,
  WithdrawnPostError,
  type PostCommentVariables,
} from '@/features/comments/api/post-comment';
import { readPostOutcome, savePostOutcome } from '@/lib/comment-storage';
import { REFERENCE_SLUG } from '../support/render-app';

const variables = (idempotencyKey: string): PostCommentVariables => ({
  slug: REFERENCE_SLUG,
  idempotencyKey,
  replyTo: null,
  remember: false,
  input: { authorName: 'سارة', body: 'مرة واحدة' },
});

function countPosts() {
  const posts: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') posts.push(request.headers.get('Idempotency-Key') ?? '');
  });
  return posts;
}

/** navigator.locks as the browser has it for one name: one holder at a time, in order. */
function fakeLocks() {
  const queues = new Map<string, Promise<unknown>>();
  return {
    request: vi.fn((name: string, callback: () => Promise<unknown>) => {
      const run = (queues.get(name) ?? Promise.resolve()).then(callback, callback);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    }),
  };
}

describe('postCommentOnce', () => {
  it('two holders of the same queued post make one request, and both get the server’s comment', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { locks }));
    const posts = countPosts();
    const [a, b] = await Promise.all([postCommentOnce(variables('k1')), postCommentOnce(variables('k1'))]);
    expect(posts).toEqual(['k1']);
    expect(a).toEqual(b);
    expect(locks.request).toHaveBeenCalledWith('comment-post:k1', expect.any(Function));
    expect(readPostOutcome('k1')).toEqual({ comment: a });
    vi.unstubAllGlobals();
  });

  it('a withdrawn post is not sent', async () => {
    savePostOutcome('k2', { withdrawn: true });
    const posts = countPosts();
    await expect(postCommentOnce(variables('k2'))).rejects.toBeInstanceOf(WithdrawnPostError);
    expect(posts).toEqual([]);
  });

  it('a failed post records nothing, so it may be sent again', async () => {
    server.use(http.post('*/api/articles/:slug/comments', () => HttpResponse.error(), { once: true }));
    await expect(postCommentOnce(variables('k3'))).rejects.toThrow();
    expect(readPostOutcome('k3')).toBeNull();
    await expect(postCommentOnce(variables('k3'))).resolves.toMatchObject({ body: 'مرة واحدة' });
  });
});
