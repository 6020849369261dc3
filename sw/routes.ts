/** Which requests the service worker keeps, in which cache, and how many of each. */

export const CACHE_NAMES = {
  pages: 'pages-v1',
  lists: 'api-lists-v1',
  api: 'api-v1',
  assets: 'assets-v1',
  images: 'images-v1',
} as const;

/** Count limits, each cache's oldest entries going first; every one also expires after a week (code: a month). */
export const LIMITS = { pages: 60, lists: 60, api: 120, assets: 60, images: 120 } as const;

/** A page that takes longer than this is served from its saved copy, when there is one. */
export const PAGE_NETWORK_TIMEOUT_SECONDS = 3;

/** A page of the site: a navigation (or the page's own request to save it) to an address with no file extension. */
export function isPageRequest(request: Request, url: URL, origin: string): boolean {
  if (url.origin !== origin || request.method !== 'GET') return false;
  if (/^\/(api|__mocks|assets)\//.test(url.pathname) || /\.\w+$/.test(url.pathname)) return false;
  return request.mode === 'navigate' || request.headers.get('x-save-page') === '1';
}

/** The API's lists, which may show as last seen and refresh behind. */
export function isListApi(pathname: string): boolean {
  return (
    pathname === '/api/articles' ||
    pathname === '/api/most-read' ||
    pathname === '/api/sections' ||
    pathname === '/api/weather' ||
    /^\/api\/tags\/[^/]+$/.test(pathname) ||
    /^\/api\/articles\/[^/]+\/related$/.test(pathname)
  );
}
