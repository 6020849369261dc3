/**
 * Inlines the pre-app script (src/early/early-article.ts) into the built index.html, bundled and
 * minified, so an article's request starts and its text paints before the app's code arrives:
 * the script in <head>, and a one-line call right after #root that paints.
 * Allowed by its hash in the Content-Security-Policy. Build only, and not with the in-browser
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
      order: 'pre',
      async handler(html) {
        if (mocksEnabled) return html;
        const result = await build({
          entryPoints: ['src/early/early-article.ts'],
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
        if (!code) throw new Error('the pre-app script did not build');
        const root = '<div id="root"></div>';
        if (!html.includes('</title>') || !html.includes(root)) {
          throw new Error('index.html needs a <title> and an empty <div id="root"></div>');
        }
        return html
          .replace('</title>', `</title>\n    <script>${code}</script>`)
          .replace(root, `${root}\n    <script>window.__paintEarly&&window.__paintEarly()</script>`);
      },
    },
  };
}
