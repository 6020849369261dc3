/**
 * How long caches may keep what the server answers. Pages are the same for every reader (nothing
 * personal is in them: text size, theme, drafts and notification state stay in the browser), so a
 * shared cache (a CDN, nginx) may serve one page to every reader of a breaking story.
 */
import { createHash } from 'node:crypto';

/**
 * A page's Cache-Control by its status:
 * - 200: browsers revalidate each time (max-age=0, cheap with the ETag's 304); a shared cache keeps
 *   it `pageCacheSeconds`, then serves it stale for 5 minutes while it fetches a fresh one, and for
 *   a day if the server fails meanwhile: a spike or an outage reaches the server once per page.
 * - 404: briefly, in shared caches only: a story may be published at that address soon.
 * - 5xx: never: a cache keeps serving its last good copy instead (stale-if-error).
 */
export function pageCacheControl(status: number, pageCacheSeconds: number): string {
  if (status === 200) {
    return `public, max-age=0, must-revalidate, s-maxage=${pageCacheSeconds}, stale-while-revalidate=300, stale-if-error=86400`;
  }
  if (status === 404) return `public, max-age=0, s-maxage=${Math.min(30, pageCacheSeconds)}`;
  return 'no-store';
}

/**
 * A weak ETag for a page: the build's template and the page's content. Weak, since the clock in
 * its header and the weather beside it move on; the browser brings them up to date as it starts.
 */
export function pageETag(templateVersion: string, contentKey: string): string {
  const hash = createHash('sha256')
    .update(templateVersion)
    .update('\0')
    .update(contentKey)
    .digest('base64url');
  return `W/"${hash.slice(0, 27)}"`;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as for GET). */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
