import { http, HttpResponse } from 'msw';
import { PushSubscriptionSchema, PushUnsubscribeSchema } from '../../src/api/push-schemas';
import { store } from '../store';
import { apiError, route } from './respond';

/**
 * A real VAPID key pair's public half (an uncompressed P-256 point, base64url), so browsers accept
 * it in `pushManager.subscribe`. The private half is only needed to sign real pushes, which the
 * mock never sends.
 */
export const VAPID_PUBLIC_KEY =
  'BDOrLQMgt1jLlTiZHtIYUnEAuqaB7rGUvM4Jf1NZoIwkUCH9KyJA_PtdWn2Tc8Qwv69Y4wnVYhjpWX5VvKUAG7E';

export const pushHandlers = [
  http.get(
    '*/api/push/public-key',
    route('push-key', () => HttpResponse.json({ publicKey: VAPID_PUBLIC_KEY })),
  ),

  http.post(
    '*/api/push/subscriptions',
    route('push-subscribe', async ({ request }) => {
      const parsed = PushSubscriptionSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return apiError(400, 'invalid-subscription', 'Not a push subscription');
      store.pushSubscriptions.set(parsed.data.endpoint, parsed.data);
      return HttpResponse.json({ endpoint: parsed.data.endpoint }, { status: 201 });
    }),
  ),

  // Debug: what the mock has been sent, so a test or a developer can see a subscription arrive.
  http.get('*/__mocks/push-subscriptions', () => HttpResponse.json([...store.pushSubscriptions.values()])),

  http.delete(
    '*/api/push/subscriptions',
    route('push-unsubscribe', async ({ request }) => {
      const parsed = PushUnsubscribeSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return apiError(400, 'invalid-body', 'Expected { endpoint }');
      store.pushSubscriptions.delete(parsed.data.endpoint);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
