// What a production build ships to the browser, and what of it the article page loads: shared by
// `npm run bench` (prints it) and the size check in `npm test` (guards it). Both read the client
// half of the build (`dist/client`, or `<BUILD_OUT_DIR>/client`): its index.html, which the server
// renders the pages into, and the Vite manifest, which names each chunk's static imports.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The module of the article route, as the build manifest names it when the route is a chunk. */
export const ARTICLE_ROUTE_MODULE = 'src/app/routes/article.tsx';

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** As the build's .br copy, which the server sends to every browser that accepts brotli. */
export function brotliSize(buffer) {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every JS and CSS file of the build with its raw and gzipped size, largest first. */
export function listChunks(outDir) {
  return filesUnder(join(outDir, 'assets'))
    .filter((path) => /\.(js|css)$/.test(path))
    .map((path) => {
      const buffer = readFileSync(path);
      return {
        file: posix.relative(outDir, path.split('\\').join('/')),
        raw: buffer.length,
        gzip: gzipSize(buffer),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** What the built HTML loads by itself: external scripts, module preloads, stylesheets, inline CSS. */
function htmlAssets(html) {
  const strip = (url) => url.replace(/^\//, '');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => strip(m[1]));
  // A module preload or stylesheet link, whichever order its attributes come in.
  const links = (rel) =>
    [...html.matchAll(new RegExp(`<link\\b(?=[^>]*\\brel="${rel}")[^>]*\\bhref="([^"]+)"`, 'g'))].map((m) =>
      strip(m[1]),
    );
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  return { scripts, preloads: links('modulepreload'), styles: links('stylesheet'), inlineCss };
}

function readManifest(outDir) {
  const path = join(outDir, '.vite', 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** The manifest's key of the article route: the usual path, or any `routes/article.*` if it moved. */
function articleRouteKey(manifest) {
  if (manifest[ARTICLE_ROUTE_MODULE]) return ARTICLE_ROUTE_MODULE;
  return Object.keys(manifest).find((key) => /(^|\/)routes\/article\.[jt]sx?$/.test(key));
}

/**
 * What the article page loads: the scripts and module preloads of index.html with their static
 * imports (per the manifest), the article route's chunk with its own static imports when the build
 * splits routes (the page cannot hydrate without it), and the CSS of all of them, linked or inline.
 * Dynamic imports (comments, other screens, the prompt) are left out: they load later, and the
 * benchmark's Lighthouse figure counts them.
 */
export function articlePageAssets(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const { scripts, preloads, styles, inlineCss } = htmlAssets(html);
  const manifest = readManifest(outDir);
  const keyOfFile = new Map(Object.entries(manifest ?? {}).map(([key, chunk]) => [chunk.file, key]));

  const js = new Map();
  const css = new Map();
  const add = (into, file, via) => {
    // A stylesheet the build inlined into index.html is in the manifest but not on disk.
    if (into.has(file) || !existsSync(join(outDir, file))) return;
    const buffer = readFileSync(join(outDir, file));
    into.set(file, { file, via, raw: buffer.length, gzip: gzipSize(buffer), br: brotliSize(buffer) });
  };
  const visit = (key, via) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    add(js, chunk.file, via);
    for (const file of chunk.css ?? []) add(css, file, via);
    for (const imported of chunk.imports ?? []) visit(imported, 'import');
  };

  for (const file of [...scripts, ...preloads]) {
    const key = keyOfFile.get(file);
    if (key) visit(key, 'html');
    else if (file.endsWith('.js')) add(js, file, 'html');
  }
  const routeKey = manifest && articleRouteKey(manifest);
  if (routeKey) visit(routeKey, 'route');
  for (const file of styles) add(css, file, 'html');

  const jsFiles = [...js.values()];
  const cssFiles = [...css.values()];
  const inlineCssGzip = inlineCss ? gzipSize(Buffer.from(inlineCss)) : 0;
  const sum = (files, key = 'gzip') => files.reduce((total, f) => total + f[key], 0);
  return {
    js: jsFiles,
    css: cssFiles,
    inlineCss: { raw: Buffer.byteLength(inlineCss), gzip: inlineCssGzip },
    jsGzip: sum(jsFiles),
    jsBrotli: sum(jsFiles, 'br'),
    cssGzip: sum(cssFiles) + inlineCssGzip,
    manifestFound: Boolean(manifest),
    articleRouteChunk: routeKey ? manifest[routeKey].file : null,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain text table: the first row is the header. */
export function table(rows, align = []) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) =>
    r
      .map((cell, c) =>
        align[c] === 'l' ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]),
      )
      .join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function printBundle(outDir, log = console.log) {
  const chunks = listChunks(outDir);
  log(`Production bundle (${outDir}), gzip level 9:`);
  log(table([['file', 'raw', 'gzip'], ...chunks.map((c) => [c.file, kb(c.raw), kb(c.gzip)])], ['l']));
  const page = articlePageAssets(outDir);
  const rows = [...page.js, ...page.css].map((f) => [f.file, f.via, kb(f.raw), kb(f.gzip), kb(f.br)]);
  if (page.inlineCss.raw > 0)
    rows.push(['<style> in index.html', 'html', kb(page.inlineCss.raw), kb(page.inlineCss.gzip), '']);
  log('');
  log(
    `The article page loads (via: index.html, a static import, or the article route's chunk${
      page.articleRouteChunk ? '' : ', which this build keeps in the entry'
    }):`,
  );
  log(table([['file', 'via', 'raw', 'gzip', 'brotli'], ...rows], ['l', 'l']));
  log(
    `JavaScript: ${kb(page.jsBrotli)} brotli (as sent), ${kb(page.jsGzip)} gzip, in ${page.js.length} files; CSS: ${kb(page.cssGzip)} gzip`,
  );
  return page;
}
