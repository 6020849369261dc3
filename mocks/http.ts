/**
 * The mock API as a real HTTP server (`npm run mock-api`), serving the same handlers over the
 * network: for the production server, another client or a phone on the LAN. It listens on this
 * machine only unless told otherwise: it is a development tool.
 *   npm run mock-api -- --port 8787 --host 0.0.0.0      (or PORT=… HOST=…)
 *   MOCK_MODE=slow|fail|empty MOCK_MODERATION=on npm run mock-api
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { applyMockEnvironment, handleMockRequest } from './http-handler';
import { store } from './store';

const { values: args } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
});

applyMockEnvironment();
const port = Number(args.port ?? process.env.PORT ?? 8787);
const host = args.host ?? process.env.HOST ?? '127.0.0.1';
createServer(handleMockRequest).listen(port, host, () => {
  console.log(
    `Mock API on http://${host}:${port} (mode: ${store.settings.mode}, moderation: ${store.settings.moderation})`,
  );
});
