import { http, HttpResponse } from 'msw';
import {
  ARTICLES_MAX_PAGE_SIZE,
  type Article,
  type ArticlePage,
  type ArticleSummary,
} from '../../src/api/schemas';
import { store } from '../store';
import { apiError, cacheHeaders, route } from './respond';

const DEFAULT_PAGE_SIZE = 10;

export function positiveInt(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** What a list shows of an article: no body, source or comment count. */
export function toSummary({
  slug,
  title,
  subtitle,
  publishedAt,
  updatedAt,
  author,
  image,
  tags,
}: Article): ArticleSummary {
  return {
    slug,
    title,
    subtitle,
    publishedAt,
    ...(updatedAt ? { updatedAt } : {}),
    ...(author ? { author } : {}),
    ...(image ? { image } : {}),
    tags,
  };
}

/** The page of `items` that `page` and `pageSize` ask for, as the contract writes a page. */
export function pageOf(items: Article[], url: URL): ArticlePage {
  const page = positiveInt(url.searchParams.get('page'), 1);
  const pageSize = Math.min(
    positiveInt(url.searchParams.get('pageSize'), DEFAULT_PAGE_SIZE),
    ARTICLES_MAX_PAGE_SIZE,
  );
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize).map(toSummary),
    page,
    pageSize,
    total: items.length,
  };
}

export const articleHandlers = [
  http.get(
    '*/api/articles',
    route('articles', ({ request }) => {
      const url = new URL(request.url);
      const tag = url.searchParams.get('tag');
      const matching =
        store.settings.mode === 'empty'
          ? []
          : store.articles.filter((article) => !tag || article.tags.some((t) => t.slug === tag));
      const body = pageOf(matching, url);
      return HttpResponse.json(body, { headers: cacheHeaders.published });
    }),
  ),

  http.get(
    '*/api/articles/:slug',
    route('article', ({ params }) => {
      const article = store.article(String(params.slug));
      return article
        ? HttpResponse.json(article, { headers: cacheHeaders.published })
        : apiError(404, 'not-found', 'No article with this slug');
    }),
  ),

  http.get(
    '*/api/tags/:slug',
    route('tag', ({ params }) => {
      const tag = store.tags.get(String(params.slug));
      return tag
        ? HttpResponse.json(tag, { headers: cacheHeaders.published })
        : apiError(404, 'not-found', 'No tag with this slug');
    }),
  ),

  http.get(
    '*/api/articles/:slug/related',
    route('related', ({ params }) => {
      const slug = String(params.slug);
      if (!store.article(slug)) return apiError(404, 'not-found', 'No article with this slug');
      const body: ArticleSummary[] =
        store.settings.mode === 'empty' ? [] : store.related(slug).map(toSummary);
      return HttpResponse.json(body, { headers: cacheHeaders.published });
    }),
  ),

  http.get(
    '*/api/most-read',
    route('most-read', () => {
      const body: ArticleSummary[] = store.settings.mode === 'empty' ? [] : store.mostRead().map(toSummary);
      return HttpResponse.json(body, { headers: cacheHeaders.published });
    }),
  ),

  http.post(
    '*/api/articles/:slug/views',
    route('views', ({ params }) => {
      const slug = String(params.slug);
      if (!store.article(slug)) return apiError(404, 'not-found', 'No article with this slug');
      store.addView(slug);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
