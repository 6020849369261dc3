/**
 * Where the browser tests' servers listen, shared by playwright.config.ts, the global setup and the
 * fixtures. Ports and build folders can move, so two runs on one machine do not collide:
 * E2E_MOCK_PORT, E2E_APP_PORT, E2E_DEMO_PORT, E2E_OUT_DIR and E2E_DEMO_OUT_DIR.
 */
export const MOCK_API_PORT = Number(process.env.E2E_MOCK_PORT ?? 8787);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4174);

/** The HTTP mock API, on its own origin: `/api/*` and its switches, `/__mocks/*`. */
export const MOCK_API_URL = `http://127.0.0.1:${MOCK_API_PORT}`;
/** The production server (`node <out>/server/index.js`), on the mock API. */
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
/** The static demo (`VITE_ENABLE_MOCKS=true`), from a plain static file server. */
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;

/** The production build that `npm run build` wrote (its `BUILD_OUT_DIR`). */
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
/** The static demo's build, which the global setup makes (`dist-*` folders are not committed). */
export const DEMO_OUT_DIR = process.env.E2E_DEMO_OUT_DIR ?? `${OUT_DIR.replace(/\/+$/, '')}-demo`;
