import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { SectionsSchema, type Tag } from '@/api/schemas';

export function getSections(signal?: AbortSignal): Promise<Tag[]> {
  return apiRequest(apiUrl('/api/sections'), SectionsSchema, { signal });
}

export function sectionsQueryOptions() {
  return queryOptions({
    queryKey: ['sections'],
    queryFn: ({ signal }) => getSections(signal),
    // The site's sections change with a redesign, not within a visit.
    staleTime: 60 * 60_000,
    retry: 1,
  });
}

export function useSections() {
  return useQuery(sectionsQueryOptions());
}
