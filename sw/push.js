/*
 * The service worker's lifecycle and push part: it shows pushed news as notifications and opens
 * them on click. `sw/sw.ts` imports it first and adds the offline caching; the build bundles both
 * into the one worker, `/sw.js`, scope `/` (scripts/vite-service-worker-plugin.ts).
 *
 * In the static demo (the in-browser mock API), the app registers it as `/sw.js?mocks=on` and it
 * loads MSW's worker into itself, so one worker controls the scope and serves both.
 *
 * Plain JavaScript run as it is by tests/unit/sw.test.ts. Everything lives in one function scope,
 * so nothing here can collide with the names of the imported MSW script.
 */
(function (scope) {
  'use strict';

  const params = new URL(scope.location.href).searchParams;
  if (params.get('mocks') === 'on') scope.importScripts('/mockServiceWorker.js');

  const ICON = '/icon-192.png';
  const BADGE = '/badge-96.png';
  const DEFAULT_TITLE = 'خبر جديد';

  /** Reads `{ title, body, url }` from a push; a text payload becomes the body. */
  function readPayload(data) {
    if (!data) return {};
    try {
      const json = data.json();
      return json && typeof json === 'object' ? json : {};
    } catch {
      return { body: data.text() };
    }
  }

  /** Only links to this site: anything else, or nothing, opens the home page. */
  function sameOriginUrl(self, url) {
    const origin = self.location.origin;
    try {
      const resolved = new URL(typeof url === 'string' && url ? url : '/', origin);
      return resolved.origin === origin ? resolved.href : origin + '/';
    } catch {
      return origin + '/';
    }
  }

  function handlePush(self, event) {
    const payload = readPayload(event.data);
    const url = sameOriginUrl(self, payload.url);
    const title = typeof payload.title === 'string' && payload.title.trim() ? payload.title : DEFAULT_TITLE;
    const body = typeof payload.body === 'string' ? payload.body : '';
    event.waitUntil(
      self.registration.showNotification(title, {
        body: body,
        icon: ICON,
        badge: BADGE,
        lang: 'ar',
        dir: 'rtl',
        // One notification per article: a second push for it replaces the first.
        tag: url,
        data: { url: url },
      }),
    );
  }

  /** Focuses the tab already showing the article, else brings a tab of the site to it, else opens one. */
  async function openArticle(self, url) {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const origin = self.location.origin;
    const exact = windows.find(function (client) {
      return client.url === url;
    });
    if (exact) return exact.focus();
    const ours = windows.find(function (client) {
      return new URL(client.url).origin === origin;
    });
    if (ours) {
      // navigate() only works on a tab this worker controls; otherwise open a new one.
      const navigated = await ours.navigate(url).catch(function () {
        return null;
      });
      if (navigated) return navigated.focus();
    }
    return self.clients.openWindow(url);
  }

  function handleNotificationClick(self, event) {
    event.notification.close();
    const data = event.notification.data;
    const url = sameOriginUrl(self, data && data.url);
    event.waitUntil(openArticle(self, url));
  }

  /** A base64url VAPID key as the bytes `pushManager.subscribe` takes. */
  function keyBytes(base64url) {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    return Uint8Array.from(binary, function (char) {
      return char.charCodeAt(0);
    });
  }

  function sendJson(self, method, body) {
    return fetch(new URL('/api/push/subscriptions', self.location.origin).href, {
      method: method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error('The server answered ' + response.status);
    });
  }

  /**
   * The push service replaced or dropped the subscription (it expired, or keys were rotated):
   * subscribe again where the browser did not already, tell the server the new one, and have it
   * forget the old. The page re-checks with the server on the next visit, should any step fail.
   */
  async function resubscribe(self, event) {
    const old = event.oldSubscription || null;
    let fresh = event.newSubscription || null;
    if (!fresh) {
      let key = old && old.options ? old.options.applicationServerKey : null;
      if (!key) {
        const response = await fetch(new URL('/api/push/public-key', self.location.origin).href);
        key = keyBytes((await response.json()).publicKey);
      }
      fresh = await self.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: key,
      });
    }
    await sendJson(self, 'POST', fresh.toJSON());
    if (old && old.endpoint !== fresh.endpoint) await sendJson(self, 'DELETE', { endpoint: old.endpoint });
  }

  // The first worker of a browser takes over at once: there is no older version under the reader.
  // A new version waits until the reader says «تحديث» (the page sends SKIP_WAITING), or every tab
  // of the site is closed.
  scope.addEventListener('install', function () {
    if (!scope.registration.active) scope.skipWaiting();
  });
  scope.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'SKIP_WAITING') scope.skipWaiting();
  });
  scope.addEventListener('activate', function (event) {
    event.waitUntil(scope.clients.claim());
  });
  scope.addEventListener('push', function (event) {
    handlePush(scope, event);
  });
  scope.addEventListener('notificationclick', function (event) {
    handleNotificationClick(scope, event);
  });
  scope.addEventListener('pushsubscriptionchange', function (event) {
    event.waitUntil(resubscribe(scope, event));
  });
})(self);
