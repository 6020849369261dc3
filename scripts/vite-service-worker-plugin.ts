/**
 * Builds the site's one service worker, `sw/sw.ts`, into `<client>/sw.js`: a classic script (the
 * static demo `importScripts` MSW's worker into it) with Workbox bundled in, and the build's
 * precache list written into it. Also writes the offline page, `offline.html`, from the built
 * `index.html` (its inline stylesheet, no script).
 *
 * Precached: the first screen's code (the entry and what it imports), the offline page, the web
 * app manifest and its icons. The code of the parts that load later is listed apart: the page
 * asks the worker for it when the reader does not save data (src/lib/service-worker.ts).
 *
 * The development server serves a worker built the same way but with push alone: no caching
 * under hot reload.
 */
import { createHash } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { build } from 'vite';
import { escapeHtml } from '../src/lib/html';

type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type PrecacheEntry = { url: string; revision: string | null };

/** Files of public/ that the offline app needs; revisioned by content. */
const PUBLIC_PRECACHE = [
  '/manifest.webmanifest',
  '/icon-192.png',
  '/icon-512.png',
  '/icon-maskable-512.png',
  '/favicon-32.png',
];

const OFFLINE_BODY = `<header class="border-b border-slate-200 px-4 py-3 dark:border-slate-700"><a href="/" class="text-xl font-bold">%SITE%</a></header><main id="main" class="mx-auto w-full max-w-3xl flex-1 px-4 py-10"><h1 class="text-2xl font-bold">أنت غير متصل بالإنترنت</h1><p class="mt-3">هذه الصفحة لم تُحفظ على هذا الجهاز. تُفتح الصفحات التي قرأتها مؤخراً دون اتصال.</p><p class="mt-4"><a class="font-bold underline" href="">إعادة المحاولة</a></p><!--saved-pages--></main>`;

async function serviceWorkerCode(
  root: string,
  define: { caching: boolean; precache: PrecacheEntry[]; later: string[] },
  write: { outDir: string } | null,
): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __SW_CACHING__: JSON.stringify(define.caching),
      __SW_PRECACHE__: JSON.stringify(define.precache),
      __SW_LATER__: JSON.stringify(define.later),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      write: write !== null,
      outDir: write?.outDir ?? 'dist-sw',
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'sw/sw.ts'),
        formats: ['iife'],
        name: 'siteServiceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results)
    if ('output' in result)
      for (const chunk of result.output)
        if (chunk.type === 'chunk' && chunk.fileName === 'sw.js') return chunk.code;
  return '';
}

const revision = (content: Buffer | string) =>
  createHash('sha256').update(content).digest('hex').slice(0, 16);

export function serviceWorker({
  mocksEnabled,
  siteName,
}: {
  mocksEnabled: boolean;
  siteName: string;
}): Plugin {
  let config: ResolvedConfig;
  let devCode: Promise<string> | null = null;
  return {
    name: 'site-service-worker',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/sw.js') return next();
        devCode ??= serviceWorkerCode(config.root, { caching: false, precache: [], later: [] }, null);
        devCode.then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const manifest = JSON.parse(await readFile(resolve(outDir, '.vite/manifest.json'), 'utf8')) as Record<
        string,
        ManifestChunk
      >;

      // The offline page: the built template, its stylesheet kept, the app's script and markers out.
      const template = await readFile(resolve(outDir, 'index.html'), 'utf8');
      const escapedSite = escapeHtml(siteName);
      const offline = template
        .replace(
          /<!--app-head-->[\s\S]*?<!--\/app-head-->/,
          `<title>غير متصل – ${escapedSite}</title><meta name="robots" content="noindex" />`,
        )
        .replace(/[ \t]*<script type="module"[^>]*><\/script>\n?/g, '')
        .replace('<!--app-state-->', '')
        .replace(
          /<div id="root"><!--app-html--><\/div>/,
          `<div class="flex min-h-screen flex-col">${OFFLINE_BODY.replace('%SITE%', escapedSite)}</div>`,
        );
      await writeFile(resolve(outDir, 'offline.html'), offline);

      // The first screen's code: the entry and its static imports. The rest loads later.
      const first = new Set<string>();
      const visit = (key: string) => {
        const chunk = manifest[key];
        if (!chunk || first.has(chunk.file)) return;
        first.add(chunk.file);
        for (const css of chunk.css ?? []) first.add(css);
        for (const imported of chunk.imports ?? []) visit(imported);
      };
      for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
      const later = new Set<string>();
      for (const chunk of Object.values(manifest))
        if (!first.has(chunk.file) && /\.(js|css)$/.test(chunk.file) && !/mock|dev-panel/.test(chunk.file))
          later.add(chunk.file);

      // Only files the build kept (the stylesheet is inlined into the page, its file dropped).
      const kept = async (files: Iterable<string>) => {
        const result: string[] = [];
        for (const file of files)
          if (
            await access(resolve(outDir, file)).then(
              () => true,
              () => false,
            )
          )
            result.push(file);
        return result;
      };
      const precache: PrecacheEntry[] = (await kept(first)).map((file) => ({
        url: `/${file}`,
        revision: null,
      }));
      precache.push({ url: '/offline.html', revision: revision(offline) });
      for (const url of PUBLIC_PRECACHE) {
        const content = await readFile(resolve(outDir, `.${url}`)).catch(() => null);
        if (content) precache.push({ url, revision: revision(content) });
      }
      await serviceWorkerCode(
        config.root,
        { caching: !mocksEnabled, precache, later: (await kept(later)).map((file) => `/${file}`) },
        { outDir },
      );
    },
  };
}
