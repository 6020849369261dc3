/**
 * Writes a Content-Security-Policy into the built index.html: scripts only from the site itself
 * and styles (inline ones only by their hash), no eval, and requests only to the site and the API base.
 * Build only: the dev server injects inline scripts of its own.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function contentSecurityPolicy({ apiBaseUrl }: { apiBaseUrl?: string }): Plugin {
  const apiOrigin = apiBaseUrl ? new URL(apiBaseUrl).origin : null;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = (pattern: RegExp) =>
          [...html.matchAll(pattern)].map(
            ([, body]) =>
              ` 'sha256-${createHash('sha256')
                .update(body ?? '')
                .digest('base64')}'`,
          );
        const scriptHashes = hashes(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
        const styleHashes = hashes(/<style[^>]*>([\s\S]*?)<\/style>/g);
        const policy = [
          "default-src 'self'",
          `script-src 'self'${scriptHashes.join('')}`,
          `style-src 'self'${styleHashes.join('')}`,
          "img-src 'self' data:",
          "font-src 'self'",
          `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
          "worker-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ].join('; ');
        // Right after the charset, ahead of every script it governs.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        if (!/<meta charset[^>]*>/i.test(html))
          throw new Error('index.html needs <meta charset> first in <head>');
        return html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`);
      },
    },
  };
}
