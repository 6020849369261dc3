/** The site's frame: `GET /api/sections` for the navigation, `GET /api/breaking` for the bar. */
import { http, HttpResponse } from 'msw';
import type { BreakingNews, Tag } from '../../src/api/schemas';
import { store } from '../store';
import { route } from './respond';

export const sectionHandlers = [
  http.get(
    '*/api/sections',
    route('sections', () => {
      const body: Tag[] = store.sections();
      return HttpResponse.json(body, { headers: { 'Cache-Control': 'public, max-age=300' } });
    }),
  ),

  http.get(
    '*/api/breaking',
    route('breaking', () => {
      const body: BreakingNews = store.breaking();
      // Breaking news changes by the minute: a shared cache keeps it for seconds only.
      return HttpResponse.json(body, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=10' } });
    }),
  ),
];
