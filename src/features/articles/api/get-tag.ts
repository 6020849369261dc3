import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { TagSchema, type Tag } from '@/api/schemas';
import { articleKeys } from './keys';

export function getTag(slug: string, signal?: AbortSignal): Promise<Tag> {
  return apiRequest(apiUrl(`/api/tags/${encodeURIComponent(slug)}`), TagSchema, { signal });
}

export function tagQueryOptions(slug: string) {
  return queryOptions({
    queryKey: articleKeys.tag(slug),
    queryFn: ({ signal }) => getTag(slug, signal),
  });
}

/** The tag its route's loader has put in the cache. */
export function useTag(slug: string) {
  return useSuspenseQuery(tagQueryOptions(slug));
}
