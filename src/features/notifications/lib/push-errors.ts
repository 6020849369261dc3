import { isApiError } from '@/api/client';
import { arNotifications } from '@/i18n/ar-notifications';

/** What went wrong while turning notifications on, in words a reader can act on. */
export function enableErrorMessage(error: unknown): string {
  if (isApiError(error)) return arNotifications.errorApi;
  // `subscribe` rejects with AbortError when the browser cannot reach its push service.
  if (error instanceof DOMException && error.name === 'AbortError') return arNotifications.errorNoPushService;
  return arNotifications.errorGeneric;
}
