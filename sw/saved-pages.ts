/**
 * Saved pages: each copy keeps when it was saved and its title (headers of the cached answer);
 * served offline, it says so on `<html data-saved-at>`, which the page's notice reads. A page never
 * saved gets the offline page, listing the saved ones.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { formatHeaderDateTime } from '../src/lib/dates';
import { escapeHtml } from '../src/lib/html';

export const OFFLINE_PAGE_URL = '/offline.html';
export const SAVED_LIST_MARKER = '<!--saved-pages-->';

export type SavedPage = { path: string; title: string; savedAt: string };

/** Headers for a body the worker rewrote: no length or encoding of the network's bytes. */
function rewrittenHeaders(headers: Headers, extra: Record<string, string>): Headers {
  const result = new Headers(headers);
  result.delete('content-length');
  result.delete('content-encoding');
  for (const [name, value] of Object.entries(extra)) result.set(name, value);
  return result;
}

export function savedCopyPlugin(now: () => Date = () => new Date()): WorkboxPlugin {
  return {
    async cacheWillUpdate({ response }) {
      const html = await response.text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      return new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: rewrittenHeaders(response.headers, {
          'x-saved-at': now().toISOString(),
          'x-saved-title': encodeURIComponent(decodeEntities(title)),
        }),
      });
    },
    async cachedResponseWillBeUsed({ cachedResponse }) {
      if (!cachedResponse) return null;
      const savedAt = cachedResponse.headers.get('x-saved-at');
      if (!savedAt) return cachedResponse;
      const html = (await cachedResponse.text()).replace(
        /<html\b/,
        `<html data-saved-at="${escapeHtml(savedAt)}"`,
      );
      return new Response(html, {
        status: cachedResponse.status,
        statusText: cachedResponse.statusText,
        headers: rewrittenHeaders(cachedResponse.headers, {}),
      });
    },
  };
}

/** The server escapes `&<>"'` in titles; the list writes them again, escaped once. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The offline page: the built shell (scripts/vite-service-worker-plugin.ts) with the saved pages listed. */
export function renderOfflinePage(shell: string, pages: SavedPage[]): Response {
  const list =
    pages.length === 0
      ? '<p class="mt-6">لا توجد صفحات محفوظة على هذا الجهاز بعد.</p>'
      : `<h2 class="mt-8 text-xl font-bold">المحفوظ على هذا الجهاز</h2><ul class="mt-3 space-y-3">${pages
          .map(
            (page) =>
              `<li><a class="font-bold underline" href="${escapeHtml(page.path)}">${escapeHtml(page.title)}</a> <span class="block text-sm opacity-75">حُفظت ${escapeHtml(formatHeaderDateTime(new Date(page.savedAt)))}</span></li>`,
          )
          .join('')}</ul>`;
  return new Response(shell.replace(SAVED_LIST_MARKER, list), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
