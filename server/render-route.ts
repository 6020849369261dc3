/**
 * The page route: every GET that is not a file or the API. A page rendered a moment ago is
 * answered from memory (server/page-cache.ts). Else the route's loaders run, then the page is
 * answered: a 304 when the reader's (or the cache's) copy is current, else React's HTML as a
 * stream inside the page template, with its status, caching and security headers.
 */
import { Transform } from 'node:stream';
import type { Request, Response } from 'express';
import type { RenderedPage } from '../src/entry-server';
import { matchesETag, pageCacheControl, pageETag } from './caching';
import type { ServerConfig } from './config';
import { contentSecurityPolicy, pageEnd, pageStart, renderFailedPage, type PageTemplate } from './html';
import { pageEncoding, type PageAnswer, type PageCache, type SharedPage } from './page-cache';
import { markRendered } from './request-log';

/** What renders a page: the built entry in production, Vite's freshly loaded one in development. */
export type PageRenderer = {
  template: (url: string) => Promise<PageTemplate>;
  renderPage: (request: globalThis.Request, siteUrl: string) => Promise<RenderedPage | globalThis.Response>;
};

/** A page that React has not finished within this is cut off: its stream ends where it is. */
const RENDER_TIMEOUT_MS = 10_000;

type PageRoute = {
  renderer: PageRenderer;
  config: ServerConfig;
  /** Whether to send the Content-Security-Policy (the dev server injects inline scripts). */
  csp: boolean;
  pages: PageCache;
};

export async function renderRoute(route: PageRoute, request: Request, response: Response): Promise<void> {
  const { config, pages } = route;
  const siteUrl = config.siteUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
  let url: URL;
  try {
    url = new URL(request.originalUrl, siteUrl);
  } catch {
    // A Host header that is no host (without SITE_URL the page's links are built from it).
    response.status(400).type('text/plain').send('Bad Request');
    return;
  }
  // The same address of the same site is the same page for every reader.
  const key = `${siteUrl}${url.pathname}${url.search}`;
  // A request with `Cache-Control: no-cache` gets a new render, kept in place of the old one: nginx
  // sends it for a correction (deploy/nginx.conf, X-Cache-Refresh).
  const shared = /\bno-cache\b/i.test(request.get('Cache-Control') ?? '') ? null : await pages.find(key);
  if (shared) {
    await sendSharedPage(shared, request, response);
    return;
  }
  const settle = pages.startRender(key);
  let answer: PageAnswer | null = null;
  try {
    answer = await renderAndSend(route, url, siteUrl, request, response);
  } finally {
    settle(answer);
  }
}

/**
 * Renders the page and answers with it. Returns the answer whole, for the render cache, if React
 * made all of it (a page of any status; not a redirect or a 304).
 */
async function renderAndSend(
  { renderer, config, csp, pages }: PageRoute,
  url: URL,
  siteUrl: string,
  request: Request,
  response: Response,
): Promise<PageAnswer | null> {
  // A reader who leaves stops the loaders' requests to the API.
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  const template = await renderer.template(url.pathname);
  const loadStarted = performance.now();
  const page = await renderer.renderPage(new Request(url, { signal: controller.signal }), siteUrl);
  const loadMs = performance.now() - loadStarted;
  if (controller.signal.aborted) return null;

  if (page instanceof globalThis.Response) {
    response
      .status(page.status)
      .set('Location', page.headers.get('Location') ?? '/')
      .end();
    return null;
  }

  const headers: Record<string, string> = {
    'Cache-Control': pageCacheControl(page.status, config.pageCacheSeconds),
    'Content-Type': 'text/html; charset=utf-8',
  };
  if (page.status === 200) {
    headers.ETag = pageETag(template.version, page.contentKey);
    if (matchesETag(request.get('If-None-Match'), headers.ETag)) {
      notModified(response, headers);
      return null;
    }
  }
  if (csp) headers['Content-Security-Policy'] = contentSecurityPolicy(template);
  response.status(page.status).set(headers);
  markRendered(response);
  const html = await streamPage(page, template, response, loadMs, pages.enabled);
  return html ? { status: page.status, headers, html } : null;
}

/** A 304 carries the page's caching headers, for the cache to refresh its copy's. */
function notModified(response: Response, headers: Record<string, string>): void {
  response.status(304).set({ 'Cache-Control': headers['Cache-Control'], ETag: headers.ETag }).end();
}

/** A page from memory: a 304 if the reader's copy is current, else its bytes in their encoding. */
async function sendSharedPage(page: SharedPage, request: Request, response: Response): Promise<void> {
  response.set('Server-Timing', 'cache;desc=hit');
  if (page.headers.ETag && matchesETag(request.get('If-None-Match'), page.headers.ETag)) {
    notModified(response, page.headers);
    return;
  }
  response.set(page.headers);
  const encoding = pageEncoding(request.headers);
  const body = encoding ? await page.encoded(encoding) : page.html;
  // Anything but brotli and gzip goes out as it is, or as the compression middleware makes it.
  if (encoding) response.set('Content-Encoding', encoding);
  response.vary('Accept-Encoding').set('Content-Length', String(body.length)).status(page.status).end(body);
}

/**
 * Streams the page to the reader. With `keepHtml`, resolves with its whole HTML once it is all out,
 * or null if React reported an error on the way (the HTML then has a part for the browser to
 * render again) or the answer was cut off; without, with null.
 */
function streamPage(
  page: RenderedPage,
  template: PageTemplate,
  response: Response,
  loadMs: number,
  keepHtml: boolean,
) {
  return new Promise<Buffer | null>((resolve, reject) => {
    let failed = false;
    let failedBeforeHtml = false;
    const chunks: Buffer[] = [];
    const sent = (html: string | Buffer) => {
      if (keepHtml) chunks.push(Buffer.from(html));
      return html;
    };
    const renderStarted = performance.now();
    const stream = page.stream({
      onShellReady() {
        const renderMs = performance.now() - renderStarted;
        response.set('Server-Timing', `data;dur=${loadMs.toFixed(1)}, render;dur=${renderMs.toFixed(1)}`);
        response.write(sent(pageStart(template, page.headTags)));
        // React's HTML, then the rest of the page once React is done.
        const tail = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            callback(null, sent(chunk));
          },
          flush(callback) {
            callback(null, sent(pageEnd(template, page.stateScript)));
          },
        });
        tail.pipe(response);
        tail.on('end', () => resolve(keepHtml && !failed ? Buffer.concat(chunks) : null));
        stream.pipe(tail);
      },
      onShellError(error) {
        failedBeforeHtml = true;
        console.error(error);
        response.status(500).set('Cache-Control', 'no-store').removeHeader('ETag');
        response.send(renderFailedPage(template));
        resolve(null);
      },
      onError(error) {
        failed = true;
        if (!failedBeforeHtml) console.error(error);
      },
    });
    const timer = setTimeout(() => stream.abort(), RENDER_TIMEOUT_MS);
    response.on('close', () => {
      clearTimeout(timer);
      stream.abort();
      resolve(null);
    });
    response.on('error', reject);
  });
}
