/**
 * The HTTP server's routes, shared by the production server (server/index.ts) and the dev server
 * (server/dev.ts): health, the API passthrough, static files and the server render of every page.
 */
import { Transform } from 'node:stream';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { RenderedPage } from '../src/entry-server';
import type { ServerConfig } from './config';
import { contentSecurityPolicy, pageEnd, pageStart, renderFailedPage, type PageTemplate } from './html';

/** What renders a page: the built entry in production, Vite's freshly loaded one in development. */
export type PageRenderer = {
  template: (url: string) => Promise<PageTemplate>;
  renderPage: (request: globalThis.Request, siteUrl: string) => Promise<RenderedPage | globalThis.Response>;
};

type AppOptions = {
  config: ServerConfig;
  renderer: PageRenderer;
  /** Runs before the page routes: static files, or Vite's middleware in development. */
  assets?: express.Handler[];
  /** Set in development, where the mock API answers in this process instead of at `API_URL`. */
  api?: express.Handler;
  /** Whether to send the Content-Security-Policy (the dev server injects inline scripts). */
  csp: boolean;
};

/** A page that React has not finished within this is cut off: its stream ends where it is. */
const RENDER_TIMEOUT_MS = 10_000;

export function createApp({ config, renderer, assets = [], api, csp }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.get('/healthz', (_request, response) => {
    response.type('text/plain').send('ok');
  });

  app.use(securityHeaders);
  app.use(compression());

  // The browser talks to this origin only; its API calls go on to the API.
  app.use(
    api ??
      createProxyMiddleware({
        target: config.apiUrl,
        pathFilter: '/api/',
        changeOrigin: true,
        // How long the API may take to answer; the browser's own connection has no such limit.
        proxyTimeout: config.apiTimeoutMs,
        on: {
          error: (error, _request, response) => {
            console.error(`API passthrough: ${error.message}`);
            if (!('writeHead' in response) || response.headersSent) {
              response.destroy();
              return;
            }
            // The API took too long (the proxy's timeout resets the socket) or could not be reached.
            const timedOut = (error as NodeJS.ErrnoException).code === 'ECONNRESET';
            response.writeHead(timedOut ? 504 : 502, { 'Content-Type': 'application/json' });
            response.end(
              JSON.stringify({
                error: {
                  code: timedOut ? 'gateway-timeout' : 'bad-gateway',
                  message: 'The API did not answer',
                },
              }),
            );
          },
        },
      }),
  );

  app.use(...assets);

  app.get('/{*path}', (request, response, next) => {
    renderRoute(renderer, config, csp, request, response).catch((error: unknown) => {
      // A reader who left mid-render: nothing to answer, nothing went wrong.
      if (response.destroyed || request.socket.destroyed) return;
      next(error);
    });
  });
  app.all('/{*path}', (_request, response) => {
    response.set('Allow', 'GET, HEAD').status(405).type('text/plain').send('Method Not Allowed');
  });

  // The last line: whatever went wrong, the reader gets an answer and the server goes on.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status >= 500) console.error(error);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response
      .status(status)
      .type('text/plain')
      .send(status === 400 ? 'Bad Request' : 'Internal Server Error');
  });
  return app;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function securityHeaders(_request: Request, response: Response, next: NextFunction) {
  response.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
}

async function renderRoute(
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
  const page = await renderer.renderPage(new Request(url, { signal: controller.signal }), siteUrl);
  if (controller.signal.aborted) return;

  if (page instanceof globalThis.Response) {
    response
      .status(page.status)
      .set('Location', page.headers.get('Location') ?? '/')
      .end();
    return;
  }
  response.status(page.status);
  response.set('Content-Type', 'text/html; charset=utf-8');
  if (csp) response.set('Content-Security-Policy', contentSecurityPolicy(template));
  // Pages carry nothing personal; how long caches keep them is set by the next layer's rules.
  response.set('Cache-Control', 'no-cache');

  await new Promise<void>((resolve, reject) => {
    let failedBeforeHtml = false;
    const stream = page.stream({
      onShellReady() {
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
        response.status(500).set('Cache-Control', 'no-store').send(renderFailedPage(template));
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
