import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deletePushSubscription } from '../api/delete-push-subscription';
import { pushKeys } from '../api/keys';
import { getCurrentSubscription } from '../lib/push-subscription';
import { writeConfirmedEndpoint } from '../lib/server-record';

/**
 * Turns notifications off: the server forgets the endpoint first, then the browser drops the
 * subscription. If the server cannot be reached nothing changes, and the reader can try again.
 */
export function useDisableNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const subscription = await getCurrentSubscription();
      if (!subscription) return;
      await deletePushSubscription(subscription.endpoint);
      writeConfirmedEndpoint(null);
      await subscription.unsubscribe();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pushKeys.status() }),
  });
}
