import { queryOptions } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { PushPublicKeySchema } from '@/api/push-schemas';
import { pushKeys } from './keys';

/** The server's VAPID public key (base64url), which a push subscription is made for. */
export async function getPushPublicKey(signal?: AbortSignal): Promise<string> {
  const { publicKey } = await apiRequest(apiUrl('/api/push/public-key'), PushPublicKeySchema, { signal });
  return publicKey;
}

export function pushPublicKeyQueryOptions() {
  return queryOptions({
    queryKey: pushKeys.publicKey(),
    queryFn: ({ signal }) => getPushPublicKey(signal),
    staleTime: Infinity,
    // Asked for from a click: a failure shows at once, with its own «إعادة المحاولة».
    retry: false,
  });
}
