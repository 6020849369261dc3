import { http, HttpResponse } from 'msw';
import { ARTICLES_MAX_PAGE_SIZE, type ArticlePage } from '../../src/api/schemas';
import { store } from '../store';
import { apiError, cacheHeaders, route } from './respond';

const DEFAULT_PAGE_SIZE = 10;

function positiveInt(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

export const articleHandlers = [
  http.get(
    '*/api/articles',
    route('articles', ({ request }) => {
      const url = new URL(request.url);
      const page = positiveInt(url.searchParams.get('page'), 1);
      const pageSize = Math.min(
        positiveInt(url.searchParams.get('pageSize'), DEFAULT_PAGE_SIZE),
        ARTICLES_MAX_PAGE_SIZE,
      );
      const tag = url.searchParams.get('tag');
      const matching =
        store.settings.mode === 'empty'
          ? []
          : store.articles.filter((article) => !tag || article.tags.some((t) => t.slug === tag));
      const body: ArticlePage = {
        items: matching
          .slice((page - 1) * pageSize, page * pageSize)
          .map(({ slug, title, subtitle, publishedAt, tags }) => ({
            slug,
            title,
            subtitle,
            publishedAt,
            tags,
          })),
        page,
        pageSize,
        total: matching.length,
      };
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
];
