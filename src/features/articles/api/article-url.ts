import { apiUrl } from '@/api/url';

/** Where an article lives in the API; also used by the pre-app script, so it stays tiny. */
export function articleUrl(slug: string): string {
  return apiUrl(`/api/articles/${encodeURIComponent(slug)}`);
}
