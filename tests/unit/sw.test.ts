/**
 * The service worker's push part (`sw/push.js`), run as it is against a stand-in for its global
 * scope: pushed messages become Arabic, right-to-left notifications, and a click brings the
 * reader to the article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

const source = readFileSync(resolve(process.cwd(), 'sw/push.js'), 'utf8');
const ORIGIN = 'https://news.example';

type Listener = (event: Record<string, unknown>) => void;
type FakeWindow = {
  url: string;
  focus: ReturnType<typeof vi.fn>;
  navigate: ReturnType<typeof vi.fn>;
};

function fakeWindow(url: string, { controlled = true } = {}): FakeWindow {
  const client: FakeWindow = {
    url,
    focus: vi.fn(async () => client),
    navigate: vi.fn(async (to: string) => {
      if (!controlled) throw new TypeError('This service worker is not the client’s active service worker.');
      client.url = to;
      return client;
    }),
  };
  return client;
}

function startWorker(scriptUrl = `${ORIGIN}/sw.js`, windows: FakeWindow[] = []) {
  const listeners = new Map<string, Listener>();
  const self = {
    location: new URL(scriptUrl),
    importScripts: vi.fn(),
    skipWaiting: vi.fn(),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    registration: {
      showNotification: vi.fn(async () => undefined),
      pushManager: {
        subscribe: vi.fn(async () => fakeSubscription('https://push.example/new')),
      },
    },
    clients: {
      claim: vi.fn(async () => undefined),
      matchAll: vi.fn(async () => windows),
      openWindow: vi.fn(async (url: string) => fakeWindow(url)),
    },
  };
  const fetch = vi.fn(async (url: string, _init?: RequestInit) =>
    url.endsWith('/api/push/public-key')
      ? Response.json({
          publicKey:
            'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U',
        })
      : new Response(null, { status: 201 }),
  );
  runInNewContext(source, { self, URL, fetch, atob });

  async function dispatch(type: string, event: Record<string, unknown>) {
    const waits: Promise<unknown>[] = [];
    const listener = listeners.get(type);
    if (!listener) throw new Error(`no ${type} listener`);
    listener({ ...event, waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
  }
  const push = (payload?: string) =>
    dispatch('push', {
      data:
        payload === undefined ? null : { json: () => JSON.parse(payload) as unknown, text: () => payload },
    });
  const click = (data: unknown) => {
    const notification = { data, close: vi.fn() };
    return { notification, done: dispatch('notificationclick', { notification }) };
  };
  const subscriptionChange = (event: Record<string, unknown>) => dispatch('pushsubscriptionchange', event);
  return { self, push, click, listeners, fetch, subscriptionChange };
}

function fakeSubscription(endpoint: string) {
  return {
    endpoint,
    options: { applicationServerKey: new Uint8Array([4, 1, 2]).buffer },
    toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: 'p', auth: 'a' } }),
  };
}

describe('the service worker: a pushed message', () => {
  it('shows the title and body with the site icon, in Arabic, right to left, linked to the article', async () => {
    const worker = startWorker();
    await worker.push(
      JSON.stringify({ title: 'عاجل: اتفاق جديد', body: 'تفاصيل الاتفاق', url: '/articles/new-deal' }),
    );
    expect(worker.self.registration.showNotification).toHaveBeenCalledWith('عاجل: اتفاق جديد', {
      body: 'تفاصيل الاتفاق',
      icon: '/icon-192.png',
      badge: '/badge-96.png',
      lang: 'ar',
      dir: 'rtl',
      tag: `${ORIGIN}/articles/new-deal`,
      data: { url: `${ORIGIN}/articles/new-deal` },
    });
  });

  it('shows a plain-text message as the body under a default title, linked to the home page', async () => {
    const worker = startWorker();
    await worker.push('نص بلا عنوان');
    expect(worker.self.registration.showNotification).toHaveBeenCalledWith(
      'خبر جديد',
      expect.objectContaining({ body: 'نص بلا عنوان', data: { url: `${ORIGIN}/` }, lang: 'ar', dir: 'rtl' }),
    );
  });

  it('shows an empty push as a default notification: a push must always show something', async () => {
    const worker = startWorker();
    await worker.push();
    expect(worker.self.registration.showNotification).toHaveBeenCalledWith(
      'خبر جديد',
      expect.objectContaining({ body: '' }),
    );
  });

  it('never links a notification away from the site', async () => {
    const worker = startWorker();
    await worker.push(JSON.stringify({ title: 'خبر', body: '', url: 'https://evil.example/phish' }));
    expect(worker.self.registration.showNotification).toHaveBeenCalledWith(
      'خبر',
      expect.objectContaining({ data: { url: `${ORIGIN}/` } }),
    );
  });
});

describe('the service worker: a click on a notification', () => {
  const ARTICLE = `${ORIGIN}/articles/new-deal`;

  it('closes it and focuses the tab that already shows the article', async () => {
    const home = fakeWindow(`${ORIGIN}/`);
    const article = fakeWindow(ARTICLE);
    const worker = startWorker(undefined, [home, article]);
    const { notification, done } = worker.click({ url: ARTICLE });
    await done;
    expect(notification.close).toHaveBeenCalled();
    expect(article.focus).toHaveBeenCalled();
    expect(home.navigate).not.toHaveBeenCalled();
    expect(worker.self.clients.openWindow).not.toHaveBeenCalled();
  });

  it('brings an open tab of the site to the article and focuses it', async () => {
    const other = fakeWindow('https://elsewhere.example/');
    const home = fakeWindow(`${ORIGIN}/`);
    const worker = startWorker(undefined, [other, home]);
    await worker.click({ url: ARTICLE }).done;
    expect(home.navigate).toHaveBeenCalledWith(ARTICLE);
    expect(home.focus).toHaveBeenCalled();
    expect(other.navigate).not.toHaveBeenCalled();
    expect(worker.self.clients.openWindow).not.toHaveBeenCalled();
  });

  it('opens the article in a new window when the open tab cannot be navigated', async () => {
    const home = fakeWindow(`${ORIGIN}/`, { controlled: false });
    const worker = startWorker(undefined, [home]);
    await worker.click({ url: ARTICLE }).done;
    expect(worker.self.clients.openWindow).toHaveBeenCalledWith(ARTICLE);
  });

  it('opens the article in a new window when no tab of the site is open', async () => {
    const worker = startWorker();
    await worker.click({ url: ARTICLE }).done;
    expect(worker.self.clients.matchAll).toHaveBeenCalledWith({ type: 'window', includeUncontrolled: true });
    expect(worker.self.clients.openWindow).toHaveBeenCalledWith(ARTICLE);
  });

  it('opens the home page for a notification without a link of the site', async () => {
    const worker = startWorker();
    await worker.click({ url: 'javascript:alert(1)' }).done;
    await worker.click(null).done;
    expect(worker.self.clients.openWindow.mock.calls).toEqual([[`${ORIGIN}/`], [`${ORIGIN}/`]]);
  });
});

describe('the service worker: living with the mock API', () => {
  it('loads MSW’s worker into itself only when registered with ?mocks=on', () => {
    expect(startWorker(`${ORIGIN}/sw.js`).self.importScripts).not.toHaveBeenCalled();
    expect(startWorker(`${ORIGIN}/sw.js?mocks=on`).self.importScripts).toHaveBeenCalledWith(
      '/mockServiceWorker.js',
    );
  });

  it('takes control at once, so pushes and clicks work from the first visit', async () => {
    const worker = startWorker();
    worker.listeners.get('install')?.({});
    expect(worker.self.skipWaiting).toHaveBeenCalled();
    const waits: Promise<unknown>[] = [];
    worker.listeners.get('activate')?.({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
    expect(worker.self.clients.claim).toHaveBeenCalled();
  });

  it('lets a new version wait under an older one until the reader asks for it', () => {
    const worker = startWorker();
    Object.assign(worker.self.registration, { active: { state: 'activated' } });
    worker.listeners.get('install')?.({});
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
    worker.listeners.get('message')?.({ data: { type: 'SKIP_WAITING' } });
    expect(worker.self.skipWaiting).toHaveBeenCalledOnce();
  });
});

describe('the service worker: a subscription the push service changed', () => {
  const sent = (fetch: ReturnType<typeof vi.fn>) =>
    fetch.mock.calls
      .filter(([, init]) => init?.method)
      .map(([url, init]) => [init!.method, url, JSON.parse(String(init!.body)) as unknown]);

  it('subscribes again with the old key, tells the server the new one, and has it forget the old', async () => {
    const worker = startWorker();
    await worker.subscriptionChange({ oldSubscription: fakeSubscription('https://push.example/old') });
    expect(worker.self.registration.pushManager.subscribe).toHaveBeenCalledWith({
      userVisibleOnly: true,
      applicationServerKey: expect.any(ArrayBuffer),
    });
    expect(sent(worker.fetch)).toEqual([
      [
        'POST',
        `${ORIGIN}/api/push/subscriptions`,
        expect.objectContaining({ endpoint: 'https://push.example/new' }),
      ],
      ['DELETE', `${ORIGIN}/api/push/subscriptions`, { endpoint: 'https://push.example/old' }],
    ]);
  });

  it('sends the subscription the browser already made, and asks the server for its key when none is left', async () => {
    const worker = startWorker();
    await worker.subscriptionChange({ newSubscription: fakeSubscription('https://push.example/given') });
    expect(worker.self.registration.pushManager.subscribe).not.toHaveBeenCalled();
    expect(sent(worker.fetch)).toEqual([
      [
        'POST',
        `${ORIGIN}/api/push/subscriptions`,
        expect.objectContaining({ endpoint: 'https://push.example/given' }),
      ],
    ]);

    const bare = startWorker();
    await bare.subscriptionChange({});
    expect(bare.fetch).toHaveBeenCalledWith(`${ORIGIN}/api/push/public-key`);
    // The key's 65 bytes of an uncompressed P-256 point (a Uint8Array of the worker's own realm).
    const [options] = bare.self.registration.pushManager.subscribe.mock.calls[0] as unknown as [
      { userVisibleOnly: boolean; applicationServerKey: Uint8Array },
    ];
    expect(options.userVisibleOnly).toBe(true);
    expect(Array.from(options.applicationServerKey)).toHaveLength(65);
    expect(options.applicationServerKey[0]).toBe(4);
  });
});
