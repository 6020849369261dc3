/** Query keys for articles and tags, from general to specific. */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (filter: { tag?: string }) => [...articleKeys.lists(), filter] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (slug: string) => [...articleKeys.details(), slug] as const,
  tag: (slug: string) => ['tags', slug] as const,
  search: (params: { query: string; page: number }) => [...articleKeys.all, 'search', params] as const,
  related: (slug: string) => [...articleKeys.detail(slug), 'related'] as const,
  mostRead: () => [...articleKeys.all, 'most-read'] as const,
};
