/**
 * Nothing secret reaches the browser: a build inlines only the configuration the app reads
 * (`VITE_SITE_NAME`, `VITE_WEATHER_CITY`, `VITE_ENABLE_MOCKS`), whatever else the environment
 * holds, and the browser's source maps are written for the team, never served with the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './processes';
import { rawRequest } from './support';

const CANARY = 'canary-5f1c0d9e-not-for-browsers';
const SITE_NAME = 'صحيفة الاختبار';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a build with secrets in its environment', () => {
  let outDir: string;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'build-secrets-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        BUILD_OUT_DIR: outDir,
        VITE_SITE_NAME: SITE_NAME,
        VITE_API_SECRET: CANARY,
        VITE_PRIVATE_KEY: CANARY,
        API_TOKEN: CANARY,
      },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  }, 120_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('carries the configuration the app reads, and nothing else of the environment', () => {
    const shipped = filesUnder(join(outDir, 'client')).filter((file) =>
      /\.(js|css|html|json|webmanifest)$/.test(file),
    );
    expect(shipped.length).toBeGreaterThan(3);
    const text = shipped.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(text).toContain(SITE_NAME);
    expect(text).not.toContain(CANARY);
    // No whole `import.meta.env` object inlined: no environment variable names at all.
    expect(text).not.toMatch(/VITE_[A-Z_]+/);
  });
});

describe('the browser source maps', () => {
  it('are not linked from the code and not served', async () => {
    const assets = join(ROOT, process.env.BUILD_OUT_DIR ?? 'dist', 'client', 'assets');
    const map = readdirSync(assets).find((name) => name.endsWith('.js.map'));
    expect(map).toBeDefined();
    const script = readFileSync(join(assets, map!.replace(/\.map$/, '')), 'utf8');
    expect(script).not.toContain('sourceMappingURL');
    expect((await rawRequest(`/assets/${map}`)).status).toBe(404);
  });
});
