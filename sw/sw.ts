/**
 * The site's one service worker, `/sw.js`, built by scripts/vite-service-worker-plugin.ts into a
 * classic script (so the static demo can `importScripts` MSW's worker into it):
 *
 * - push and notification clicks, and the lifecycle (`./push.js`): a new version waits for the
 *   reader's «تحديث»;
 * - offline reading with Workbox: the app's first-screen code, the offline page, the manifest and
 *   the icons precached; pages network first (3 s), API lists stale-while-revalidate, other API
 *   reads network first, later code cache first; every runtime cache bounded in count and age.
 *
 * The development server's worker has push alone (`__SW_CACHING__` is false): no cached code under
 * hot reload. The static demo's has push and the mocks, and no caching either: MSW answers there.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import './push.js';
import { CACHE_NAMES, LIMITS, PAGE_NETWORK_TIMEOUT_SECONDS, isListApi, isPageRequest } from './routes';
import { OFFLINE_PAGE_URL, renderOfflinePage, savedCopyPlugin, type SavedPage } from './saved-pages';

declare const self: ServiceWorkerGlobalScope;
declare const __SW_CACHING__: boolean;
declare const __SW_PRECACHE__: { url: string; revision: string | null }[];
declare const __SW_LATER__: string[];

const mocks = new URL(self.location.href).searchParams.get('mocks') === 'on';

if (__SW_CACHING__ && !mocks) {
  const DAY = 24 * 60 * 60;
  const ok = new CacheableResponsePlugin({ statuses: [200] });

  // What the page sends and never reads back (comments, views, vitals, push) goes straight to the
  // network, without waking this worker: a beacon sent as a page is left was sometimes lost in
  // Chromium while a first version was still installing. (ServiceWorker static routing; browsers
  // without it pass those requests on through the fetch handler, which leaves them alone.)
  self.addEventListener('install', (event) => {
    const install = event as ExtendableEvent & { addRoutes?: (rules: object[]) => Promise<void> };
    if (install.addRoutes)
      install.waitUntil(
        install
          .addRoutes([
            { condition: { urlPattern: { pathname: '/api/*' }, requestMethod: 'POST' }, source: 'network' },
          ])
          .catch(() => undefined),
      );
  });

  precacheAndRoute(__SW_PRECACHE__);
  cleanupOutdatedCaches();

  // Pages: the network's copy when it comes within 3 s, else the saved one, marked as saved.
  const pages = new NetworkFirst({
    cacheName: CACHE_NAMES.pages,
    networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
    plugins: [
      ok,
      new ExpirationPlugin({ maxEntries: LIMITS.pages, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
      savedCopyPlugin(),
    ],
  });
  registerRoute(({ request, url }) => isPageRequest(request, url, self.location.origin), pages);

  // Lists (home, tags, most read, related, sections, weather): the saved answer at once, a fresh
  // one fetched behind it for next time.
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && isListApi(url.pathname),
    new StaleWhileRevalidate({
      cacheName: CACHE_NAMES.lists,
      plugins: [
        ok,
        new ExpirationPlugin({ maxEntries: LIMITS.lists, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  );

  // Everything else the API reads (an article, its comments, search): the network's answer, the
  // saved one only when the network fails or is slow.
  registerRoute(
    ({ url, sameOrigin }) =>
      sameOrigin && url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/push/'),
    new NetworkFirst({
      cacheName: CACHE_NAMES.api,
      networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
      plugins: [
        ok,
        new ExpirationPlugin({ maxEntries: LIMITS.api, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  );

  // Code that loads later (comments, the prompt…): hashed names, so kept as they are once used.
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
    new CacheFirst({
      cacheName: CACHE_NAMES.assets,
      plugins: [
        ok,
        new ExpirationPlugin({ maxEntries: LIMITS.assets, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  );

  // The site's own images (an article's lead image, in the sizes the page asked for): kept as
  // they are seen, so a saved article has its picture offline. Other origins' images are not
  // kept (their opaque answers would count for megabytes each against the site's quota).
  registerRoute(
    ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
    new CacheFirst({
      cacheName: CACHE_NAMES.images,
      plugins: [
        ok,
        new ExpirationPlugin({ maxEntries: LIMITS.images, maxAgeSeconds: 7 * DAY, purgeOnQuotaError: true }),
      ],
    }),
  );

  // A page never saved, with no network: the Arabic offline page with the saved ones.
  setCatchHandler(async ({ request }) => {
    if (request.mode !== 'navigate') return Response.error();
    const shell = await matchPrecache(OFFLINE_PAGE_URL);
    if (!shell) return Response.error();
    return renderOfflinePage(await shell.text(), await savedPages());
  });

  self.addEventListener('message', (event: ExtendableMessageEvent) => {
    const data: unknown = event.data;
    // The page asks for the code of its later parts ahead of use, unless the reader saves data.
    // A page the browser fetched before this worker controlled it, or one reached inside the app:
    // saved as a reload would have saved it.
    if (isMessage(data, 'SAVE_PAGE')) {
      const url = new URL(String((data as { url?: unknown }).url), self.location.origin);
      const request = new Request(url, { headers: { Accept: 'text/html', 'x-save-page': '1' } });
      if (isPageRequest(request, url, self.location.origin))
        event.waitUntil(pages.handle({ event, request }).catch(() => undefined));
    }
    if (isMessage(data, 'CACHE_LATER_CODE'))
      event.waitUntil(
        caches.open(CACHE_NAMES.assets).then(async (cache) => {
          for (const url of __SW_LATER__) if (!(await cache.match(url))) await cache.add(url).catch(() => {});
        }),
      );
    // An offline page asks whether its later parts can load: yes when all their code is kept.
    if (isMessage(data, 'HAS_LATER_CODE')) {
      const [port] = event.ports;
      event.waitUntil(laterCodeKept().then((kept) => port?.postMessage(kept)));
    }
  });
}

async function laterCodeKept(): Promise<boolean> {
  const cache = await caches.open(CACHE_NAMES.assets);
  for (const url of __SW_LATER__) if (!(await cache.match(url))) return false;
  return true;
}

function isMessage(data: unknown, type: string): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
}

async function savedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(CACHE_NAMES.pages);
  const pages: SavedPage[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const savedAt = response?.headers.get('x-saved-at');
    const title = response?.headers.get('x-saved-title');
    if (!savedAt || !title) continue;
    pages.push({
      path: new URL(request.url).pathname + new URL(request.url).search,
      title: decodeURIComponent(title),
      savedAt,
    });
  }
  return pages.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
