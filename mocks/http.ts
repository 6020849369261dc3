/**
 * The mock API as a real HTTP server (`npm run mock-api`), serving the same handlers over the
 * network: for the production server, another client or a phone on the LAN.
 *   PORT=8787 HOST=127.0.0.1 MOCK_MODE=slow|fail|empty MOCK_MODERATION=on npm run mock-api
 */
import { createServer } from 'node:http';
import { applyMockEnvironment, handleMockRequest } from './http-handler';
import { store } from './store';

applyMockEnvironment();
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
createServer(handleMockRequest).listen(port, host, () => {
  console.log(
    `Mock API on http://${host}:${port} (mode: ${store.settings.mode}, moderation: ${store.settings.moderation})`,
  );
});
