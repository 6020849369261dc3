/**
 * `npm run dev`: the whole app with no backend. Vite serves the browser's code with hot reload and
 * loads the server entry afresh on each request; the mock API answers in this same process, on
 * this same origin, so its modes and faults (the panel in the page's corner, or
 * `/__mocks/settings`) hold for the server's requests and the browser's alike. With `API_URL` set,
 * the API calls go there instead. `npm run dev -- --port N --host H`, or PORT and HOST.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createServer as createViteServer } from 'vite';
import { applyMockEnvironment, handleMockRequest } from '../mocks/http-handler';
import type * as EntryServer from '../src/entry-server';
import { createApp } from './app';
import { readServerConfig } from './config';
import { parseTemplate } from './html';

const { values: args } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
  strict: false,
});
const config = readServerConfig({
  ...process.env,
  PORT: String(args.port ?? process.env.PORT ?? 5173),
  HOST: String(args.host ?? process.env.HOST ?? 'localhost'),
});
const ownApi = !process.env.API_URL;
const apiUrl = ownApi ? `http://127.0.0.1:${config.port}` : config.apiUrl;

const vite = await createViteServer({ server: { middlewareMode: true }, appType: 'custom' });
applyMockEnvironment();

const app = createApp({
  // Every reload shows the code as it is now: no page is answered from an earlier render.
  config: { ...config, apiUrl, renderCacheMs: 0 },
  renderer: {
    template: async (url) =>
      parseTemplate(await vite.transformIndexHtml(url, readFileSync('index.html', 'utf8'))),
    renderPage: async (request, siteUrl) => {
      const entry = (await vite.ssrLoadModule('/src/entry-server.tsx')) as typeof EntryServer;
      entry.configureApi({
        baseUrl: apiUrl,
        deadlines: { read: config.apiTimeoutMs, write: config.apiTimeoutMs },
      });
      return entry.renderPage(request, siteUrl);
    },
  },
  api: ownApi
    ? (request, response, next) =>
        /^\/(api|__mocks)\//.test(request.path) ? handleMockRequest(request, response) : next()
    : undefined,
  assets: [vite.middlewares],
  csp: false,
  log: false,
});

createServer(app).listen(config.port, config.host, () => {
  console.log(
    `Dev server on http://${config.host}:${config.port} (API: ${ownApi ? 'the mock API, in process' : apiUrl})`,
  );
});
