/**
 * The production server (`npm start` after `npm run build`): serves the built client, passes
 * `/api/*` through to `API_URL` and renders every page on the server. Settings: server/config.ts.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import expressStaticGzip from 'express-static-gzip';
import { configureApi, renderPage } from '../src/entry-server';
import { createApp } from './app';
import { readServerConfig } from './config';
import { parseTemplate } from './html';

const config = readServerConfig();
// The built server sits beside the built client: <out>/server/index.js and <out>/client/.
const clientDir = fileURLToPath(new URL('../client/', import.meta.url));
const template = parseTemplate(readFileSync(`${clientDir}index.html`, 'utf8'));
configureApi({
  baseUrl: config.apiUrl,
  deadlines: { read: config.apiTimeoutMs, write: config.apiTimeoutMs },
});

// The build wrote a .br and a .gz beside each file: sent as they are, as the browser accepts.
const staticFiles = expressStaticGzip(clientDir, {
  enableBrotli: true,
  orderPreference: ['br', 'gz'],
  index: false,
  serveStatic: {
    index: false,
    setHeaders(response, path) {
      // Hashed names change with their content: a cache may keep them for good. Pictures keep their
      // name for their content too (a new picture is a new name), but without a hash: a day.
      response.setHeader(
        'Cache-Control',
        path.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : path.includes(`${sep}images${sep}`)
            ? 'public, max-age=86400'
            : 'no-cache',
      );
    },
  },
});

/**
 * Whether a path may name one of the build's files: a name with an extension, but not a source
 * map or the raw page template. A page's address has none, and so skips the disk lookup (a tenth
 * of a rendered page's time, under load).
 */
function isFileOfTheSite(path: string): boolean {
  return /\.\w+$/.test(path) && !/\.map$|^\/index\.html$/.test(path);
}

const app = createApp({
  config,
  renderer: { template: async () => template, renderPage },
  // Source maps stay with the build, for its operators: they are not published with the site.
  // Nor is the raw page template.
  assets: [
    (request, response, next) =>
      isFileOfTheSite(request.path) ? staticFiles(request, response, next) : next(),
  ],
  csp: true,
  log: true,
});

// Answers under way, so a shutdown can let them finish and then close their connections.
const inFlight = new Set<ServerResponse>();
let stopping = false;
const server = createServer((request, response) => {
  inFlight.add(response);
  response.on('close', () => inFlight.delete(response));
  // Once stopping, no connection is kept open for another request.
  if (stopping) response.setHeader('Connection', 'close');
  app(request, response);
});
server.listen(config.port, config.host, () => {
  console.log(`Server on http://${config.host}:${config.port} (API: ${config.apiUrl})`);
});

// On SIGTERM (a deploy, a restart), stop taking connections, finish the answers under way and
// close their connections as they end, rather than wait for their keep-alive to time out.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
      else response.on('finish', () => response.socket?.end());
    }
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
