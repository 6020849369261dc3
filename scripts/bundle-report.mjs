// What a production build ships, and what the article page loads before it shows the article:
// shared by `npm run bench` (prints it) and the size check in `npm test` (guards it).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The module of the article route, as the build manifest names it. */
export const ARTICLE_ROUTE_MODULE = 'src/app/routes/article.tsx';

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
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

/** Files the HTML loads at once: scripts, module preloads and stylesheets, as paths in outDir. */
function htmlAssets(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  // The app's entry, when the pre-app script loads it once the article is on screen.
  const deferred = [...html.matchAll(/__paintEarly\|\|[^<]*?\)\("([^"]+)"\)/g)].map((m) => m[1]);
  // A module preload link, whichever order its attributes come in.
  const preloads = [...html.matchAll(/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  const strip = (url) => url.replace(/^\//, '');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return {
    js: [...scripts, ...deferred, ...preloads].map(strip),
    css: styles.map(strip),
    inline,
    inlineCss,
  };
}

/** Static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`); not `import()`. */
function staticImports(code, file) {
  const found = [
    ...code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    ),
  ];
  return found.map((m) => posix.normalize(posix.join(posix.dirname(file), m[1])));
}

function withStaticImports(outDir, files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !file.endsWith('.js')) return;
    seen.add(file);
    const path = join(outDir, file);
    if (!existsSync(path)) return;
    for (const dep of staticImports(readFileSync(path, 'utf8'), file)) visit(dep);
  };
  files.forEach(visit);
  return [...seen];
}

function readManifest(outDir) {
  const path = join(outDir, '.vite', 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/**
 * The JavaScript the article page needs before it can show the article: what index.html loads
 * (its scripts and module preloads, with their static imports), plus the article route's own
 * chunk when routes are split (found through the build manifest), with its static imports.
 */
export function articleCriticalPath(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const { js, css, inline, inlineCss } = htmlAssets(html);
  const inlineGzip = gzipSize(Buffer.from(inline.join('\n')));
  const inlineCssGzip = gzipSize(Buffer.from(inlineCss.join('\n')));
  const initial = withStaticImports(outDir, js);
  const manifest = readManifest(outDir);
  const route = manifest?.[ARTICLE_ROUTE_MODULE];
  const routeFiles = route ? withStaticImports(outDir, [route.file]).filter((f) => !initial.includes(f)) : [];
  const size = (file, from) => {
    const buffer = readFileSync(join(outDir, file));
    return { file, raw: buffer.length, gzip: gzipSize(buffer), from };
  };
  const files = [...initial.map((f) => size(f, 'html')), ...routeFiles.map((f) => size(f, 'route'))];
  const styles = css.map((f) => size(f, 'html'));
  return {
    js: files,
    css: styles,
    jsGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    cssGzip: styles.reduce((sum, f) => sum + f.gzip, 0) + inlineCssGzip,
    inlineGzip,
    manifestFound: Boolean(manifest),
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
  const critical = articleCriticalPath(outDir);
  log('');
  log('The article page loads (the app code once the pre-app script has painted the article):');
  log(
    table(
      [
        ['file', 'via', 'raw', 'gzip'],
        ...[...critical.js, ...critical.css].map((c) => [c.file, c.from, kb(c.raw), kb(c.gzip)]),
      ],
      ['l', 'l'],
    ),
  );
  log(
    `Before the article shows: ${kb(critical.inlineGzip)} of inline script and ${kb(critical.cssGzip)} of CSS (gzip); the app's code after it: ${kb(critical.jsGzip)} gzip`,
  );
  return critical;
}
