import { apiUrl } from '@/api/url';

/** Where an article lives in the API. */
export function articleUrl(slug: string): string {
  return apiUrl(`/api/articles/${encodeURIComponent(slug)}`);
}
