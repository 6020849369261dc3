import { apiRequest, apiUrl } from '@/api/client';
import { PushSubscriptionSchema } from '@/api/push-schemas';

/** Sends the browser's subscription (`subscription.toJSON()`) to the server. */
export async function createPushSubscription(subscription: PushSubscriptionJSON): Promise<void> {
  const parsed = PushSubscriptionSchema.safeParse(subscription);
  if (!parsed.success) throw new Error('The browser gave a push subscription without an endpoint or keys');
  await apiRequest(apiUrl('/api/push/subscriptions'), null, { method: 'POST', body: parsed.data });
}
