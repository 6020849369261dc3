/** The site's addresses of an article and a tag: slugs are encoded wherever they go into a URL. */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`;
