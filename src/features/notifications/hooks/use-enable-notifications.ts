import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createPushSubscription } from '../api/create-push-subscription';
import { pushPublicKeyQueryOptions } from '../api/get-push-public-key';
import { pushKeys } from '../api/keys';
import { registerPushWorker, subscribeToPush } from '../lib/push-subscription';
import { writeConfirmedEndpoint } from '../lib/server-record';

/** `subscribed`, or the permission the reader gave instead of `granted`. */
export type EnableOutcome = 'subscribed' | 'denied' | 'default';

/**
 * Turns notifications on: permission, the service worker, the server's key, the subscription, and
 * the server told. `enable()` must be called from the click itself, as browsers only ask for
 * permission in answer to a gesture.
 */
export function useEnableNotifications() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (permission: Promise<NotificationPermission>): Promise<EnableOutcome> => {
      const answer = await permission;
      if (answer !== 'granted') return answer;
      const registration = await registerPushWorker();
      const publicKey = await queryClient.fetchQuery(pushPublicKeyQueryOptions());
      const subscription = await subscribeToPush(registration, publicKey);
      await createPushSubscription(subscription.toJSON());
      writeConfirmedEndpoint(subscription.endpoint);
      return 'subscribed';
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pushKeys.status() }),
  });
  const { mutate } = mutation;
  const enable = (onOutcome?: (outcome: EnableOutcome) => void) =>
    mutate(Notification.requestPermission(), { onSuccess: onOutcome });
  return { ...mutation, enable };
}
