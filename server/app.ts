/**
 * The HTTP server's routes, shared by the production server (server/index.ts) and the dev server
 * (server/dev.ts): health, the API passthrough, static files and the server render of every page.
 */
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ServerConfig } from './config';
import { PAGE_BROTLI_OPTIONS, PageCache } from './page-cache';
import { renderRoute, type PageRenderer } from './render-route';
import { requestLog } from './request-log';

export type { PageRenderer } from './render-route';

type AppOptions = {
  config: ServerConfig;
  renderer: PageRenderer;
  /** Runs before the page routes: static files, or Vite's middleware in development. */
  assets?: express.Handler[];
  /** Set in development, where the mock API answers in this process instead of at `API_URL`. */
  api?: express.Handler;
  /** Whether to send the Content-Security-Policy (the dev server injects inline scripts). */
  csp: boolean;
  /** Whether to write a JSON line per request on stdout (the production server). */
  log: boolean;
};

/** Room for a few hundred pages: a second of the busiest addresses, and searches beside them. */
const RENDER_CACHE_MAX_BYTES = 32 * 1024 * 1024;

export function createApp({ config, renderer, assets = [], api, csp, log }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy on the same machine (nginx), its X-Forwarded-Proto says http or https.
  app.set('trust proxy', 'loopback');
  // Pages get an ETag of their content (server/caching.ts), not of their bytes.
  app.disable('etag');
  if (log) app.use(requestLog);

  // The process is up.
  app.get('/healthz', (_request, response) => {
    response.set('Cache-Control', 'no-store').type('text/plain').send('ok');
  });
  // The process can serve pages: the API answers, within the pages' deadline.
  app.get('/readyz', (_request, response) => {
    void apiAnswers(config).then((ready) => {
      response
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .type('text/plain')
        .send(ready ? 'ready' : 'the API does not answer');
    });
  });

  app.use(securityHeaders(config));
  app.use(compression({ brotli: PAGE_BROTLI_OPTIONS }));

  // The browser talks to this origin only; its API calls go on to the API, and only there: an
  // address that dot-segments (`/api/%2e%2e/…`) would take elsewhere on the API's host is refused.
  app.use('/api/', (request, response, next) => {
    if (leavesApi(request.originalUrl)) response.status(400).type('text/plain').send('Bad Request');
    else next();
  });
  app.use(
    api ??
      createProxyMiddleware({
        target: config.apiUrl,
        pathFilter: '/api/',
        changeOrigin: true,
        // The API sees who asked (and the mock API knows such a request came from outside).
        xfwd: true,
        // How long the API may take to answer; the browser's own connection has no such limit.
        proxyTimeout: config.apiTimeoutMs,
        on: {
          // A GET keeps the API's own caching headers; what changes data is never cached.
          proxyRes: (proxyResponse, request) => {
            if (request.method !== 'GET' && request.method !== 'HEAD')
              proxyResponse.headers['cache-control'] = 'no-store';
          },
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

  // A page address with a broken escape (`/tags/%E0%A4%A`) is read as it stands, as the app in
  // the browser reads it: a page (the not-found page, most likely), not a bare 400.
  app.use((request, _response, next) => {
    const path = request.originalUrl.split('?')[0] ?? '';
    if (decodedOrNull(path) === null) {
      const literal = path.replace(/%/g, '%25') + request.originalUrl.slice(path.length);
      request.url = literal;
      request.originalUrl = literal;
    }
    next();
  });

  const pages = new PageCache({ ttlMs: config.renderCacheMs, maxBytes: RENDER_CACHE_MAX_BYTES });
  app.get('/{*path}', (request, response, next) => {
    renderRoute({ renderer, config, csp, pages }, request, response).catch((error: unknown) => {
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
    // Whatever a page set before it failed: an error is never cached.
    response.removeHeader('ETag');
    response
      .status(status)
      .set('Cache-Control', 'no-store')
      .type('text/plain')
      .send(status === 400 ? 'Bad Request' : 'Internal Server Error');
  });
  return app;
}

/** The text with its escapes decoded, or null where one is broken. */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Whether an `/api/…` address, once its dot segments are resolved as a URL parser does, is elsewhere. */
export function leavesApi(originalUrl: string): boolean {
  try {
    return !new URL(originalUrl, 'http://api.invalid').pathname.startsWith('/api/');
  } catch {
    return true;
  }
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/**
 * On every answer. The Permissions-Policy turns off the powerful features the app never asks for;
 * what it uses (sharing a link, copying it) is allowed to the page by default, and naming them
 * makes browsers that lack one (Chromium on Linux has no Web Share) warn on every page.
 */
function securityHeaders(config: ServerConfig) {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
  // Only where the site is served over HTTPS alone: a browser then refuses plain HTTP for a year.
  if (config.hsts) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return (_request: Request, response: Response, next: NextFunction) => {
    response.set(headers);
    next();
  };
}

async function apiAnswers(config: ServerConfig): Promise<boolean> {
  try {
    const response = await fetch(`${config.apiUrl}/api/articles?pageSize=1`, {
      signal: AbortSignal.timeout(config.apiTimeoutMs),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
