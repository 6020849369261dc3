/**
 * The push subscriptions' part of the HTTP contract (see schemas.ts). Built with the notifications'
 * code, which loads later in the visit.
 */
import * as z from 'zod/mini';

export const PushPublicKeySchema = z.object({ publicKey: z.string().check(z.minLength(80)) });

export const PushSubscriptionSchema = z.object({
  endpoint: z.url(),
  expirationTime: z.optional(z.nullable(z.number())),
  keys: z.object({ p256dh: z.string(), auth: z.string() }),
});
export type PushSubscriptionJson = z.infer<typeof PushSubscriptionSchema>;

export const PushUnsubscribeSchema = z.object({ endpoint: z.string() });
