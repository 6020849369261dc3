/**
 * Inlines the pre-app script into the built index.html, bundled and minified, so an article's
 * request starts and its text paints before the app's code is even asked for. In <head>, the
 * request (src/early/request-article.ts), with a render-blocking link that holds the first frame
 * until the page's frame is painted; right after #root, the paint (src/early/early-article.ts) and
 * a one-line call that paints and then loads the app. The request goes alone in <head> because
 * the parser waits for it there: the paint's code is compiled and run with the body instead.
 * Allowed by their hashes in the Content-Security-Policy. Build only, and not with the in-browser
 * mocks: their worker is not up that early.
 */
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export function earlyArticle({
  env,
  mocksEnabled,
}: {
  env: Record<string, string | undefined>;
  mocksEnabled: boolean;
}): Plugin {
  return {
    name: 'early-article',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added the app's script tag; before the CSP plugin hashes inline scripts.
      order: 'post',
      async handler(html) {
        if (mocksEnabled) return html;
        const bundle = async (entry: string) => {
          const result = await build({
            entryPoints: [entry],
            bundle: true,
            write: false,
            format: 'iife',
            minify: true,
            charset: 'utf8',
            target: 'es2020',
            tsconfig: 'tsconfig.json',
            // The same build-time settings the app reads through import.meta.env.
            define: {
              'import.meta.env': JSON.stringify(
                Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('VITE_'))),
              ),
            },
          });
          const code = result.outputFiles[0]?.text.trim();
          if (!code) throw new Error(`${entry} did not build`);
          return code;
        };
        const request = await bundle('src/early/request-article.ts');
        const paint = await bundle('src/early/early-article.ts');
        const root = '<div id="root"></div>';
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?/.exec(html);
        if (!html.includes('</title>') || !html.includes(root) || !entry) {
          throw new Error('index.html needs a <title>, an empty <div id="root"></div> and the app script');
        }
        // The app's script leaves <head>: the pre-app script loads it once the article is on screen.
        // Should that script be missing, the call below loads the app at once.
        const appSrc = JSON.stringify(entry[1]);
        const load = `function(s){var e=document.createElement('script');e.type='module';e.crossOrigin='anonymous';e.src=s;document.head.append(e)}`;
        return (
          html
            .replace(entry[0], '')
            // No frame until the pre-app script has painted the page's frame (its <main>): the
            // browser would otherwise paint a blank page between <head> and <body>, then lay the
            // header out in a task of its own. Browsers without link rel=expect ignore it.
            .replace(
              '</title>',
              `</title>\n    <link rel="expect" href="#main" blocking="render" />\n    <script>${request}</script>`,
            )
            .replace(
              root,
              `${root}\n    <script>${paint}</script>\n    <script>(window.__paintEarly||${load})(${appSrc})</script>`,
            )
        );
      },
    },
  };
}
