/**
 * `/__mocks/settings`: read and change the mock's switches over HTTP, the same way in the
 * browser worker, in tests and on the HTTP server. Never subject to faults itself.
 */
import { http, HttpResponse } from 'msw';
import { store, type MockSettings } from '../store';

export const settingsHandlers = [
  http.get('*/__mocks/settings', () => HttpResponse.json(store.settings)),
  http.put('*/__mocks/settings', async ({ request }) => {
    const patch = (await request.json().catch(() => ({}))) as Partial<MockSettings>;
    return HttpResponse.json(store.updateSettings(patch));
  }),
  // Every comment POST the mock received, with its key and body, and the comments it keeps.
  http.get('*/__mocks/comment-posts', () =>
    HttpResponse.json({ posts: store.commentPosts, comments: store.comments }),
  ),
  // The views counted in the last 24 hours, by article, for tests and the curious.
  http.get('*/__mocks/views', () => {
    const counts: Record<string, number> = {};
    const since = Date.now() - 24 * 60 * 60 * 1000;
    for (const view of store.views) if (view.at >= since) counts[view.slug] = (counts[view.slug] ?? 0) + 1;
    return HttpResponse.json({ counts });
  }),
  http.post('*/__mocks/reset', () => {
    store.reset();
    return HttpResponse.json(store.settings);
  }),
];
