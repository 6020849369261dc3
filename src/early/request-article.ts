/**
 * The first half of the pre-app script, inlined into the built page's <head> (see
 * scripts/vite-early-article-plugin.ts): on an article's address it asks for the article at once,
 * before the parser reaches the body, and leaves the request for the paint (./early-article.ts)
 * and the app (src/api/early-request.ts). Only this, so the parser is held up as briefly as it
 * can be: the paint's code is compiled and run with the body, in the task that lays the page out.
 */
import type { EarlyRequest } from '../api/early-request';
import { articleUrl } from '../features/articles/api/article-url';

export type ArticleLike = {
  title: string;
  subtitle: string;
  source: string;
  publishedAt: string;
  body: string[];
  /** Not checked: the pre-app paint only takes their characters, for the fonts it asks for ahead. */
  tags?: unknown;
  commentCount?: unknown;
};

/** A first look only: the app validates the answer fully before it keeps it. */
function looksLikeArticle(data: unknown): data is ArticleLike {
  if (typeof data !== 'object' || data === null) return false;
  const article = data as Record<string, unknown>;
  return (
    ['title', 'subtitle', 'source', 'publishedAt'].every((key) => typeof article[key] === 'string') &&
    Array.isArray(article.body) &&
    article.body.every((paragraph) => typeof paragraph === 'string')
  );
}

/** Starts the article's request, on an article's address. */
function requestArticle(): EarlyRequest | undefined {
  const match = /^\/articles\/([^/]+)\/?$/.exec(location.pathname);
  if (!match?.[1] || typeof fetch !== 'function') return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const url = articleUrl(slug);
  const response = fetch(url, { headers: { Accept: 'application/json' } });
  const early: EarlyRequest = { url, response, settled: Promise.resolve() };
  early.settled = response
    .then((answer) => (answer.ok ? answer.clone().json() : undefined))
    .then((data: unknown) => {
      if (looksLikeArticle(data)) early.data = data;
    })
    // The app asks again and shows its own error state: nothing to do here.
    .catch(() => undefined);
  return early;
}

window.__earlyRequest = requestArticle();
