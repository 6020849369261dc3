/**
 * On an article's address, asks for the article as soon as the HTML is read, while the app's code
 * is still downloading: a small inline script (allowed by its hash in the Content-Security-Policy)
 * leaves the request on `window.__earlyRequest`, and `apiRequest` takes it over for the same URL.
 * Build only, and not with the in-browser mocks: their worker is not up that early.
 */
import type { Plugin } from 'vite';

/** The script, kept to what every browser the app runs in understands. */
export function earlyRequestScript(apiBaseUrl: string): string {
  return `(function () {
  var match = /^\\/articles\\/([^/]+)\\/?$/.exec(location.pathname);
  if (!match || !window.fetch) return;
  var url;
  try {
    url = (${JSON.stringify(apiBaseUrl.replace(/\/$/, ''))} || location.origin) + '/api/articles/' + encodeURIComponent(decodeURIComponent(match[1]));
  } catch (error) {
    return;
  }
  var response = fetch(url, { headers: { Accept: 'application/json' } });
  response.catch(function () {});
  window.__earlyRequest = { url: url, response: response };
})();`;
}

export function earlyArticleRequest({
  apiBaseUrl,
  mocksEnabled,
}: {
  apiBaseUrl?: string;
  mocksEnabled: boolean;
}): Plugin {
  return {
    name: 'early-article-request',
    apply: 'build',
    transformIndexHtml(html) {
      if (mocksEnabled) return html;
      if (!html.includes('</title>')) throw new Error('index.html needs a <title> in <head>');
      return html.replace(
        '</title>',
        `</title>\n    <script>${earlyRequestScript(apiBaseUrl ?? '')}</script>`,
      );
    },
  };
}
