/**
 * `GET /api/search?q=&page=&pageSize=`: articles whose title, subtitle or body hold every word of
 * the query, matched the way Arabic readers type (src/api/arabic-search.ts), best first: a word in
 * the title counts most, then the subtitle, then the body; newest first among equals.
 */
import { http, HttpResponse } from 'msw';
import { countMatches, isSearchable, matchesAll, searchTerms } from '../../src/api/arabic-search';
import type { Article } from '../../src/api/schemas';
import { store } from '../store';
import { pageOf } from './articles';
import { cacheHeaders, route } from './respond';

function score(article: Article, terms: string[][]): number {
  return (
    countMatches(article.title, terms) * 4 +
    countMatches(article.subtitle, terms) * 2 +
    countMatches(article.body.join('\n'), terms)
  );
}

export const searchHandlers = [
  http.get(
    '*/api/search',
    route('search', ({ request }) => {
      const url = new URL(request.url);
      const query = url.searchParams.get('q') ?? '';
      const terms = searchTerms(query);
      const found =
        store.settings.mode === 'empty' || !isSearchable(query)
          ? []
          : store.articles
              .filter((article) =>
                matchesAll([article.title, article.subtitle, ...article.body].join('\n'), terms),
              )
              .map((article) => ({ article, score: score(article, terms) }))
              // Stable: the store is newest first.
              .sort((a, b) => b.score - a.score)
              .map(({ article }) => article);
      return HttpResponse.json(pageOf(found, url), { headers: cacheHeaders.published });
    }),
  ),
];
