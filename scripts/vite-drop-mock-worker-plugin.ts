/**
 * `public/` holds MSW's worker for the dev server; a build with the mocks off must not ship it,
 * so it contains no mock code at all.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export function dropMockWorker({ mocksEnabled }: { mocksEnabled: boolean }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (mocksEnabled || config.build.ssr) return;
      // resolve, not join: an --outDir may be absolute.
      await rm(resolve(config.root, config.build.outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
