/**
 * The pre-app script, inlined into the built index.html (see scripts/vite-early-article-plugin.ts).
 * On an article's address it asks for the article at once, while the app's code downloads, and
 * paints its first screen (header, title, subtitle, source, date, paragraphs) as plain text with
 * the app's own classes. The app then takes the same answer and renders the same article in its
 * place, so the reader sees the text as early as on a static page and nothing moves.
 * Kept free of React, the router, the query client and zod: a few KB.
 */
import type { EarlyRequest } from '../api/early-request';
import { config } from '../api/config';
import { pageClasses as c } from '../components/ui/page-classes';
import { articleUrl } from '../features/articles/api/article-url';
import { formatArticleDate, formatHeaderDateTime } from '../lib/dates';
import { applyTextScale, readTextScaleIndex } from '../lib/reader-preferences';

type ArticleLike = { title: string; subtitle: string; source: string; publishedAt: string; body: string[] };

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

/** An element with classes and children; text goes in as text, never as HTML. */
function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function paint(root: HTMLElement, article: ArticleLike): void {
  const now = new Date();
  const header = h(
    'header',
    { class: c.header },
    h(
      'div',
      { class: c.headerInner },
      h('a', { href: '/', class: c.siteName }, config.siteName),
      h(
        'p',
        { class: c.headerMeta },
        h('span', { class: c.weatherSlot }, h('span', { 'aria-hidden': 'true' }, '\u00a0')),
        h('time', { class: c.clock, datetime: now.toISOString() }, formatHeaderDateTime(now)),
      ),
      // The text size buttons' place; the app brings the buttons.
      h(
        'div',
        { class: c.textSizeGroup, 'aria-hidden': 'true' },
        h('span', { class: c.textSizeButton }, h('span', { class: 'text-sm' }, 'أ-')),
        h('span', { class: c.textSizeButton }, h('span', { class: 'text-lg' }, 'أ+')),
      ),
    ),
  );
  const published = new Date(article.publishedAt);
  const main = h(
    'main',
    { id: 'main', class: c.main },
    h(
      'article',
      { 'aria-labelledby': 'article-title' },
      h(
        'div',
        { class: c.articleHead },
        h('h1', { id: 'article-title', class: c.articleTitle }, article.title),
        h('p', { class: c.articleSubtitle }, article.subtitle),
        h(
          'p',
          { class: c.articleMeta },
          h('span', { class: c.articleSource }, article.source),
          h('time', { datetime: article.publishedAt }, formatArticleDate(published)),
        ),
      ),
      h('div', { id: 'article-body', class: c.articleBody }, ...article.body.map((text) => h('p', {}, text))),
    ),
  );
  root.replaceChildren(h('div', { class: c.layout }, header, main));
  document.title = article.title;
}

function start(): void {
  applyTextScale(readTextScaleIndex());
  const match = /^\/articles\/([^/]+)\/?$/.exec(location.pathname);
  if (!match?.[1] || typeof fetch !== 'function') return;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  const url = articleUrl(slug);
  const early: EarlyRequest = { url, response: fetch(url, { headers: { Accept: 'application/json' } }) };
  window.__earlyRequest = early;
  early.response
    .then((response) => (response.ok ? response.clone().json() : undefined))
    .then((data: unknown) => {
      if (!looksLikeArticle(data)) return;
      early.data = data;
      const root = document.getElementById('root');
      if (root && !window.__appStarted) paint(root, data);
    })
    // The app asks again and shows its own error state: nothing to do here.
    .catch(() => undefined);
}

start();
