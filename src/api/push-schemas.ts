/**
 * The push subscriptions' part of the HTTP contract (see schemas.ts). Each schema is built on its
 * first use, as in schemas.ts: the notifications' code loads with the page's footer, and building
 * them there took a long task of its own.
 */
import * as z from 'zod/mini';

export const PushPublicKeySchema = z.lazy(() => z.object({ publicKey: z.string().check(z.minLength(80)) }));

export const PushSubscriptionSchema = z.lazy(() =>
  z.object({
    endpoint: z.url(),
    expirationTime: z.optional(z.nullable(z.number())),
    keys: z.object({ p256dh: z.string(), auth: z.string() }),
  }),
);
export type PushSubscriptionJson = z.infer<typeof PushSubscriptionSchema>;

export const PushUnsubscribeSchema = z.lazy(() => z.object({ endpoint: z.string() }));
