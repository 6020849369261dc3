import { queryOptions, useQuery } from '@tanstack/react-query';
import { pushKeys } from '../api/keys';
import { detectPushSupport, type PushSupport } from '../lib/push-support';
import { getCurrentSubscription } from '../lib/push-subscription';

export type PushStatus = {
  support: PushSupport;
  /** `null` where notifications are not supported. */
  permission: NotificationPermission | null;
  subscribed: boolean;
};

async function readPushStatus(): Promise<PushStatus> {
  const support = detectPushSupport();
  if (support !== 'supported') return { support, permission: null, subscribed: false };
  const permission = Notification.permission;
  if (permission !== 'granted') return { support, permission, subscribed: false };
  const subscription = await getCurrentSubscription().catch(() => null);
  return { support, permission, subscribed: subscription !== null };
}

/** The browser's own state, read again whenever the reader comes back to the tab (from its settings, say). */
export function pushStatusQueryOptions() {
  return queryOptions({
    queryKey: pushKeys.status(),
    queryFn: readPushStatus,
    staleTime: 0,
    retry: false,
  });
}

export function usePushStatus() {
  return useQuery(pushStatusQueryOptions());
}
