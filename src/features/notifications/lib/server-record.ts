import { readStored, writeStored } from '@/lib/storage';

/**
 * The endpoint the server confirmed it holds. The browser may be subscribed while the server never
 * got the subscription (the POST failed, or the push service changed it): then notifications are
 * not on, whatever the browser says, until the server confirms.
 */
const KEY = 'push:server-endpoint';

export function readConfirmedEndpoint(): string | null {
  const value = readStored(KEY);
  return typeof value === 'string' ? value : null;
}

export function writeConfirmedEndpoint(endpoint: string | null): void {
  writeStored(KEY, endpoint);
}
