/**
 * Before the browser tests: the static demo. It is built here (`VITE_ENABLE_MOCKS=true vite build`,
 * the browser's half only, a few seconds) into its own folder, so `npm run build`'s production
 * build stays as it is, and served from a plain static file server with the fallback to
 * index.html that any static host has: no app server, no API, only the in-browser mocks.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import express from 'express';
import { DEMO_OUT_DIR, DEMO_PORT } from './servers';

export default async function globalSetup(): Promise<() => Promise<void>> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_ENABLE_MOCKS: 'true', BUILD_OUT_DIR: DEMO_OUT_DIR },
  });
  const root = resolve(DEMO_OUT_DIR, 'client');
  const host = express();
  host.use(express.static(root));
  // Any other address gets the app's page, which routes it in the browser.
  host.use((_request, response) => response.sendFile(resolve(root, 'index.html')));
  const server = createServer(host);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(DEMO_PORT, '127.0.0.1', done);
  });
  return () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
}
