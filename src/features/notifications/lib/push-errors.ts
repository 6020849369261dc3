import { isApiError } from '@/api/client';
import { ar } from '@/i18n/ar';

/** What went wrong while turning notifications on, in words a reader can act on. */
export function enableErrorMessage(error: unknown): string {
  if (isApiError(error)) return ar.notifications.errorApi;
  // `subscribe` rejects with AbortError when the browser cannot reach its push service.
  if (error instanceof DOMException && error.name === 'AbortError')
    return ar.notifications.errorNoPushService;
  return ar.notifications.errorGeneric;
}
