/**
 * The page route: every GET that is not a file or the API. The route's loaders run, then the
 * page is answered: a 304 when the reader's (or the cache's) copy is current, else React's HTML as
 * a stream inside the page template, with its status, caching and security headers.
 */
import { Transform } from 'node:stream';
import type { Request, Response } from 'express';
import type { RenderedPage } from '../src/entry-server';
import { matchesETag, pageCacheControl, pageETag } from './caching';
import type { ServerConfig } from './config';
import { contentSecurityPolicy, pageEnd, pageStart, renderFailedPage, type PageTemplate } from './html';
import { markRendered } from './request-log';

/** What renders a page: the built entry in production, Vite's freshly loaded one in development. */
export type PageRenderer = {
  template: (url: string) => Promise<PageTemplate>;
  renderPage: (request: globalThis.Request, siteUrl: string) => Promise<RenderedPage | globalThis.Response>;
};

/** A page that React has not finished within this is cut off: its stream ends where it is. */
const RENDER_TIMEOUT_MS = 10_000;

export async function renderRoute(
  renderer: PageRenderer,
  config: ServerConfig,
  csp: boolean,
  request: Request,
  response: Response,
): Promise<void> {
  const siteUrl = config.siteUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
  let url: URL;
  try {
    url = new URL(request.originalUrl, siteUrl);
  } catch {
    // A Host header that is no host (without SITE_URL the page's links are built from it).
    response.status(400).type('text/plain').send('Bad Request');
    return;
  }
  // A reader who leaves stops the loaders' requests to the API.
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  const template = await renderer.template(url.pathname);
  const loadStarted = performance.now();
  const page = await renderer.renderPage(new Request(url, { signal: controller.signal }), siteUrl);
  const loadMs = performance.now() - loadStarted;
  if (controller.signal.aborted) return;

  if (page instanceof globalThis.Response) {
    response
      .status(page.status)
      .set('Location', page.headers.get('Location') ?? '/')
      .end();
    return;
  }

  response.set('Cache-Control', pageCacheControl(page.status, config.pageCacheSeconds));
  if (page.status === 200) {
    const etag = pageETag(template.version, page.contentKey);
    response.set('ETag', etag);
    if (matchesETag(request.get('If-None-Match'), etag)) {
      response.status(304).end();
      return;
    }
  }
  response.status(page.status);
  response.set('Content-Type', 'text/html; charset=utf-8');
  if (csp) response.set('Content-Security-Policy', contentSecurityPolicy(template));
  markRendered(response);
  await streamPage(page, template, response, loadMs);
}

function streamPage(page: RenderedPage, template: PageTemplate, response: Response, loadMs: number) {
  return new Promise<void>((resolve, reject) => {
    let failedBeforeHtml = false;
    const renderStarted = performance.now();
    const stream = page.stream({
      onShellReady() {
        const renderMs = performance.now() - renderStarted;
        response.set('Server-Timing', `data;dur=${loadMs.toFixed(1)}, render;dur=${renderMs.toFixed(1)}`);
        response.write(pageStart(template, page.headTags));
        // React's HTML, then the rest of the page once React is done.
        const tail = new Transform({
          transform(chunk, _encoding, callback) {
            callback(null, chunk);
          },
          flush(callback) {
            callback(null, pageEnd(template, page.stateScript));
          },
        });
        tail.pipe(response);
        tail.on('end', resolve);
        stream.pipe(tail);
      },
      onShellError(error) {
        failedBeforeHtml = true;
        console.error(error);
        response.status(500).set('Cache-Control', 'no-store').removeHeader('ETag');
        response.send(renderFailedPage(template));
        resolve();
      },
      onError(error) {
        if (!failedBeforeHtml) console.error(error);
      },
    });
    const timer = setTimeout(() => stream.abort(), RENDER_TIMEOUT_MS);
    response.on('close', () => {
      clearTimeout(timer);
      stream.abort();
      resolve();
    });
    response.on('error', reject);
  });
}
