import { articleUrl } from './article-url';

/**
 * `POST /api/articles/:slug/views`: one view, as a beacon (delivered even if the reader leaves at
 * once), or `fetch` with `keepalive` where there is none. No body, no cookies, no answer read:
 * the count names no reader. Only a browser that runs the app's code counts, so crawlers do not.
 */
export function sendView(slug: string): void {
  const url = `${articleUrl(slug)}/views`;
  try {
    if (navigator.sendBeacon?.(url)) return;
  } catch {
    // Fall through to fetch.
  }
  fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' }).catch(() => {
    // Offline or gone: one view is not worth a retry.
  });
}
