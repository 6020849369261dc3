/**
 * jsdom has no Notification, service worker or Push API: these stand in for a browser that has
 * them, with the permission and push service a test asks for.
 */
import { vi } from 'vitest';

type StubOptions = {
  permission?: NotificationPermission;
  /** What the browser's own permission question answers. */
  answer?: NotificationPermission;
  /** Already subscribed from an earlier visit. */
  subscribed?: boolean;
};

export type FakeSubscription = {
  endpoint: string;
  options: { applicationServerKey: ArrayBuffer | null };
  toJSON: () => PushSubscriptionJSON;
  unsubscribe: () => Promise<boolean>;
};

export function stubPushBrowser({
  permission = 'default',
  answer = 'granted',
  subscribed = false,
}: StubOptions = {}) {
  const state = {
    permission,
    registered: subscribed,
    subscription: null as FakeSubscription | null,
  };

  const makeSubscription = (applicationServerKey: ArrayBuffer | null): FakeSubscription => {
    const endpoint = 'https://push.example.test/send/reader-1';
    const subscription: FakeSubscription = {
      endpoint,
      options: { applicationServerKey },
      toJSON: () => ({
        endpoint,
        expirationTime: null,
        keys: { p256dh: 'BPublicKeyOfTheReader', auth: 'authSecret' },
      }),
      unsubscribe: vi.fn(async () => {
        state.subscription = null;
        return true;
      }),
    };
    return subscription;
  };
  if (subscribed) state.subscription = makeSubscription(null);

  const requestPermission = vi.fn(async (): Promise<NotificationPermission> => {
    if (state.permission === 'default') state.permission = answer;
    return state.permission;
  });
  vi.stubGlobal(
    'Notification',
    class {
      static get permission() {
        return state.permission;
      }
      static requestPermission = requestPermission;
    },
  );
  vi.stubGlobal('PushManager', class {});

  const pushManager = {
    getSubscription: vi.fn(async () => state.subscription),
    subscribe: vi.fn(async (options: PushSubscriptionOptionsInit) => {
      const key = options.applicationServerKey;
      state.subscription = makeSubscription(key instanceof Uint8Array ? (key.buffer as ArrayBuffer) : null);
      return state.subscription;
    }),
  };
  const registration = { active: { scriptURL: new URL('/sw.js', location.href).href }, pushManager };
  const serviceWorker = {
    register: vi.fn(async () => {
      state.registered = true;
      return registration;
    }),
    getRegistration: vi.fn(async () => (state.registered ? registration : undefined)),
    ready: Promise.resolve(registration),
  };
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: serviceWorker });

  return { state, requestPermission, pushManager, serviceWorker };
}

/** A browser with none of it (jsdom as it is), or an iPhone's Safari tab. */
export function stubUserAgent(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
}

export function unstubPushBrowser() {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
}
