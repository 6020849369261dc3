import { apiRequest, apiUrl } from '@/api/client';

/** Tells the server to stop pushing to this endpoint. */
export async function deletePushSubscription(endpoint: string): Promise<void> {
  await apiRequest(apiUrl('/api/push/subscriptions'), null, { method: 'DELETE', body: { endpoint } });
}
