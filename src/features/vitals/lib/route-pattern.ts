import type { Params } from 'react-router';
import { decodeOrKeep } from '@/lib/url-text';

/** What the pattern is read from: react-router's deepest match (`useMatches()`). */
export type MatchedPage = { pathname: string; params: Params };

/**
 * The route's pattern for the page the reader is on, `/articles/:slug`, never its address: a
 * report names no article, tag or search of a reader. react-router's matches carry the matched
 * path and the params, not the pattern, so the params' values are put back as their names, from
 * the end (a route's params follow its fixed segments: `/tags/tags` is `/tags/:slug`). A splat
 * becomes `*`. If a value cannot be found in the path, the page is reported as `/*` rather than
 * risk sending it.
 */
export function routePattern({ pathname, params }: MatchedPage): string {
  const { '*': splat, ...named } = params;
  const segments = pathname.split('/').filter(Boolean);
  if (splat !== undefined)
    segments.splice(segments.length - splat.split('/').filter(Boolean).length, Infinity, '*');

  let before = segments.length;
  for (const [name, value] of Object.entries(named).reverse()) {
    if (value === undefined) continue;
    let at = before - 1;
    while (at >= 0 && segments[at] !== value && decodeOrKeep(segments[at]!) !== value) at--;
    if (at < 0) return '/*';
    segments[at] = `:${name}`;
    before = at;
  }
  return `/${segments.join('/')}`;
}
