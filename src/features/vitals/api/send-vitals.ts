import { apiUrl } from '@/api/client';
import type { VitalsReport } from '@/api/vitals-schemas';

/**
 * `POST /api/vitals`: one page view's report, sent as the page is hidden or left. A beacon, as
 * the browser delivers it after the page is gone; where there is none (or it refuses the
 * report), `fetch` with `keepalive`, which outlives the page too. Not through `apiRequest`: there
 * is no answer to read (204), nothing to retry and no one to tell, and `apiRequest` has no
 * `keepalive`. No cookies are asked for, and the report names no reader.
 */
export function sendVitals(report: VitalsReport): void {
  const url = apiUrl('/api/vitals');
  const body = JSON.stringify(report);
  try {
    if (navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Some browsers once refused a JSON blob in a beacon: fall through to fetch.
  }
  fetch(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
    keepalive: true,
    credentials: 'omit',
  }).catch(() => {
    // Offline or gone: the figures of one view are not worth a retry.
  });
}
