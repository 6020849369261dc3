import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/vite-compile-hints-plugin';
import { contentSecurityPolicy } from './scripts/vite-csp-plugin';
import { dropMockWorker } from './scripts/vite-drop-mock-worker-plugin';
import { earlyArticle } from './scripts/vite-early-article-plugin';
import { inlineStylesheet } from './scripts/vite-inline-stylesheet-plugin';

// `vite preview` can stand in front of the HTTP mock API, so the production build talks to it
// on the same origin: MOCK_API_URL=http://localhost:8787 npm run preview
const mockApiUrl = process.env.MOCK_API_URL;
const proxy = mockApiUrl
  ? {
      '/api': { target: mockApiUrl, changeOrigin: true },
      '/__mocks': { target: mockApiUrl, changeOrigin: true },
    }
  : undefined;

export default defineConfig(({ command, mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
  // Builds have the mocks off unless they opt in (src/main.tsx reads the same variable).
  const mocksEnabled = env.VITE_ENABLE_MOCKS === 'true';
  return {
    plugins: [
      react(),
      tailwindcss(),
      inlineStylesheet(),
      earlyArticle({ env, mocksEnabled }),
      // After the plugins that write inline scripts and styles: it hashes them.
      contentSecurityPolicy({ apiBaseUrl: env.VITE_API_BASE_URL }),
      dropMockWorker({ mocksEnabled }),
      compileHints(),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // React Router's package exports only its development build, which keeps its developer
        // warnings (and their checks on every render) in production (remix-run/react-router#14102).
        // Builds take the production build it ships beside it; the dev server and tests keep the
        // warnings.
        ...(command === 'build'
          ? [
              {
                find: /^react-router$/,
                replacement: fileURLToPath(
                  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
                ),
              },
            ]
          : []),
      ],
    },
    // The manifest tells the size check (scripts/size-check.mjs) which chunk is which route's.
    build: {
      target: 'es2022',
      // Every browser the app targets preloads modules itself, but Safari before 17, which then
      // fetches a lazy chunk's imports when it runs: no polyfill in the first screen's code.
      modulePreload: { polyfill: false },
      sourcemap: true,
      manifest: true,
      rolldownOptions: {
        // Everything the first screen needs in one file (one request, one gzip dictionary); what
        // loads later (other screens, comments, the prompt) in chunks of its own.
        output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      },
    },
    preview: { proxy },
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
