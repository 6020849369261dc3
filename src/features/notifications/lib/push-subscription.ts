/**
 * The browser side of a push subscription. One service worker, `/sw.js`, controls the scope `/`;
 * in the static demo it is registered as `/sw.js?mocks=on` by the in-browser mock API (it then
 * also runs MSW), and is reused as it is here.
 */
import { SERVICE_WORKER_URL } from '@/lib/service-worker';
import { deletePushSubscription } from '../api/delete-push-subscription';

/** The registration of the site's worker, without registering anything. */
export async function findPushRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing;
  if (registration && worker && new URL(worker.scriptURL).pathname === SERVICE_WORKER_URL)
    return registration;
  return undefined;
}

/** Registers `/sw.js` unless it already is, and waits for it to be active. */
export async function registerPushWorker(): Promise<ServiceWorkerRegistration> {
  if (!(await findPushRegistration())) {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  }
  return navigator.serviceWorker.ready;
}

/** A base64url VAPID key as the bytes `pushManager.subscribe` takes. */
export function vapidKeyToBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function sameKey(subscription: PushSubscription, key: Uint8Array): boolean {
  const current = subscription.options?.applicationServerKey;
  if (!current) return true;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((byte, index) => byte === key[index]);
}

/** The current subscription if it is for this key, else a new one. */
export async function subscribeToPush(
  registration: ServiceWorkerRegistration,
  publicKey: string,
): Promise<PushSubscription> {
  const applicationServerKey = vapidKeyToBytes(publicKey);
  const existing = await registration.pushManager.getSubscription();
  if (existing && sameKey(existing, applicationServerKey)) return existing;
  // The server changed its key: the old subscription cannot carry its pushes. The server forgets
  // it first (a failure stops here, to be tried again), then the browser drops it.
  if (existing) {
    await deletePushSubscription(existing.endpoint);
    await existing.unsubscribe();
  }
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
}

export async function getCurrentSubscription(): Promise<PushSubscription | null> {
  const registration = await findPushRegistration();
  return registration ? registration.pushManager.getSubscription() : null;
}
