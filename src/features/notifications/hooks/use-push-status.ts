import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { createPushSubscription } from '../api/create-push-subscription';
import { pushPublicKeyQueryOptions } from '../api/get-push-public-key';
import { pushKeys } from '../api/keys';
import { detectPushSupport, type PushSupport } from '../lib/push-support';
import { findPushRegistration, sameKey, subscribeToPush, vapidKeyToBytes } from '../lib/push-subscription';
import { readConfirmedEndpoint, writeConfirmedEndpoint } from '../lib/server-record';

export type PushStatus = {
  support: PushSupport;
  /** `null` where notifications are not supported. */
  permission: NotificationPermission | null;
  /** On: the browser is subscribed and the server holds that subscription. */
  subscribed: boolean;
  /** The browser is subscribed but the server could not be told: not on yet, to be retried. */
  unfinished: boolean;
};

/**
 * The app's query clients that have read the status once: the server is brought in step at a
 * page's first reading only (the next visit); later readings report, and the reader finishes by hand.
 */
const broughtInStep = new WeakSet<QueryClient>();

/**
 * The browser's state, kept in step with the server's: at the page's first reading, a
 * subscription the server never got (or one for a key the server no longer uses) is sent again,
 * so «مفعّلة» is only said when the server can really push.
 */
async function readPushStatus(queryClient: QueryClient): Promise<PushStatus> {
  const firstReading = !broughtInStep.has(queryClient);
  broughtInStep.add(queryClient);
  const support = detectPushSupport();
  const off = { subscribed: false, unfinished: false };
  if (support !== 'supported') return { support, permission: null, ...off };
  const permission = Notification.permission;
  if (permission !== 'granted') return { support, permission, ...off };
  const registration = await findPushRegistration().catch(() => undefined);
  const subscription = await registration?.pushManager.getSubscription().catch(() => null);
  if (!registration || !subscription) return { support, permission, ...off };
  const confirmed = readConfirmedEndpoint() === subscription.endpoint;
  if (!firstReading) return { support, permission, subscribed: confirmed, unfinished: !confirmed };
  try {
    // Without the key (offline, say), the subscription is judged by the server's record alone.
    const publicKey = await queryClient.fetchQuery(pushPublicKeyQueryOptions()).catch(() => null);
    const current =
      publicKey === null || sameKey(subscription, vapidKeyToBytes(publicKey))
        ? subscription
        : await subscribeToPush(registration, publicKey);
    if (readConfirmedEndpoint() !== current.endpoint) {
      await createPushSubscription(current.toJSON());
      writeConfirmedEndpoint(current.endpoint);
    }
    return { support, permission, subscribed: true, unfinished: false };
  } catch {
    return { support, permission, subscribed: false, unfinished: true };
  }
}

/** The browser's own state, read again whenever the reader comes back to the tab (from its settings, say). */
export function pushStatusQueryOptions() {
  return queryOptions({
    queryKey: pushKeys.status(),
    queryFn: ({ client }) => readPushStatus(client),
    staleTime: 0,
    retry: false,
  });
}

export function usePushStatus() {
  return useQuery(pushStatusQueryOptions());
}
