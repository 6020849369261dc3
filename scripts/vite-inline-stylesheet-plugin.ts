/**
 * Puts the app's stylesheet into the built index.html as a <style> element. The page's first
 * paint needs every rule of it, and the stylesheet is small (about 6 KB gzipped): inline, it
 * comes with the HTML instead of costing a request and a round trip before anything shows, as on
 * a static page. The file leaves the build unless a chunk still names it. Allowed by its hash in
 * the Content-Security-Policy. Build only.
 */
import type { Plugin } from 'vite';

export function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has linked the stylesheet; before the CSP plugin hashes inline styles.
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(
          /[ \t]*<link rel="stylesheet"[^>]*\bhref="\/([^"]+\.css)"[^>]*>/g,
          (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            const css = String(asset.source);
            if (/<\/style/i.test(css)) throw new Error(`${file} cannot be inlined: it contains "</style"`);
            const name = file.split('/').pop() ?? file;
            const stillNamed = Object.values(bundle).some(
              (output) => output.type === 'chunk' && output.code.includes(name),
            );
            if (!stillNamed) delete bundle[file];
            return `    <style>${css}</style>`;
          },
        );
      },
    },
  };
}
