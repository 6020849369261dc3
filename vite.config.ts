import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import { dropMockWorker } from './scripts/vite-drop-mock-worker-plugin';
import { inlineStylesheet } from './scripts/vite-inline-stylesheet-plugin';
import { serviceWorker } from './scripts/vite-service-worker-plugin';

/**
 * Two builds (`npm run build`): the browser's code into `<out>/client` (the static files and the
 * page template) and the production server into `<out>/server` (`vite build --ssr
 * server/index.ts`). `BUILD_OUT_DIR` moves `<out>` (default `dist`), for the benchmark and tests.
 */
export default defineConfig(({ mode, isSsrBuild }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
  // Builds have the in-browser mocks off unless they opt in (src/entry-client.tsx reads the same).
  const mocksEnabled = env.VITE_ENABLE_MOCKS === 'true';
  const outRoot = process.env.BUILD_OUT_DIR ?? 'dist';
  return {
    plugins: [
      react(),
      tailwindcss(),
      inlineStylesheet(),
      dropMockWorker({ mocksEnabled }),
      // The one service worker (sw/sw.ts): push, and offline reading with Workbox.
      !isSsrBuild && serviceWorker({ mocksEnabled, siteName: env.VITE_SITE_NAME || 'زاكروس عربية' }),
      // Each file compressed once, at the highest levels, beside itself: the server sends the
      // .br or .gz copy as it is, instead of compressing on every answer.
      !isSsrBuild && compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/, /\.html$/] }),
    ],
    resolve: {
      alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
    },
    build: {
      target: isSsrBuild ? 'node20' : 'es2022',
      outDir: `${outRoot}/${isSsrBuild ? 'server' : 'client'}`,
      emptyOutDir: true,
      copyPublicDir: !isSsrBuild,
      // Every browser the app targets preloads modules itself, but Safari before 17, which then
      // fetches a lazy chunk's imports when it runs: no polyfill in the first screen's code.
      modulePreload: { polyfill: false },
      // Maps for the server's stack traces; the browser's are written but not linked from the code.
      sourcemap: isSsrBuild ? true : 'hidden',
      // The manifest tells the server and the size check which chunk is which route's.
      manifest: !isSsrBuild,
      rolldownOptions: isSsrBuild
        ? { output: { entryFileNames: 'index.js' } }
        : {
            // Everything the first screen needs in one file (one request, one gzip dictionary);
            // what loads later (other screens, comments, the prompt) in chunks of its own.
            output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
          },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // A machine zone far from Baghdad proves every date goes through the site's zone.
      env: { TZ: 'America/Los_Angeles' },
    },
  };
});
