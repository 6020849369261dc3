/**
 * The processes these tests talk to: the mock API (`mocks/http.ts`) and the BUILT production
 * server (`<BUILD_OUT_DIR or dist>/server/index.js`), each a child process on a free port, started
 * and waited for until it answers, and stopped whatever happened.
 * `SERVER_TESTS_LOG=1` shows their output as it comes; else it is kept and shown when one fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = resolve(ROOT, process.env.BUILD_OUT_DIR ?? 'dist');

/** How long the server waits for the API in these tests (its default is 5000). */
export const API_TIMEOUT_MS = 1500;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built server, e.g. `http://127.0.0.1:41234`. */
    serverUrl: string;
    /** The mock API's own origin, for `/__mocks/settings` and `/__mocks/reset`. */
    mockUrl: string;
    /** The build the server runs from (`<out>`, holding `client/` and `server/`). */
    outDir: string;
  }
}

export type Child = {
  name: string;
  url: string;
  process: ChildProcess;
  /** What it printed so far (the last 64 KB). */
  log: () => string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
};

const running = new Set<Child>();

// A last resort if the test run itself ends abruptly: no server outlives it.
process.once('exit', () => {
  for (const child of running) child.process.kill('SIGKILL');
});

/** A port that was free a moment ago (the OS's choice). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * What becomes of a child's stdout: kept (`pipe`, the default: `log()` has it and a caller may
 * read `process.stdout`), or thrown away (`ignore`: written to /dev/null, for a load test in which
 * reading thousands of log lines a second would take the load generator's CPU).
 */
export type StdoutMode = 'pipe' | 'ignore';

function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  stdout: StdoutMode = 'pipe',
): Child {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', stdout, 'pipe'] });
  let output = '';
  const verbose = process.env.SERVER_TESTS_LOG === '1';
  const collect = (chunk: Buffer) => {
    if (verbose) process.stderr.write(`[${name}] ${chunk.toString()}`);
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | string>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(code ?? signal ?? 'unknown'));
  });
  const handle: Child = {
    name,
    url,
    process: child,
    log: () => output,
    exited,
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      running.delete(handle);
    },
  };
  running.add(handle);
  void exited.then(() => running.delete(handle));
  return handle;
}

/** Waits until `url` answers 200, failing early if the process exits first. */
async function waitUntilReady(child: Child, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void child.exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined)
      throw new Error(`${child.name} exited (${exitedWith}) before it answered:\n${child.log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await child.stop(1000);
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.log()}`);
}

/** The mock API over HTTP, as `npm run mock-api` runs it. */
export async function startMockApi(): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startChild(
    'mock-api',
    // tsx as a loader of this very node, not through npx: stopping the child stops the mock.
    ['--import', 'tsx', 'mocks/http.ts'],
    { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    url,
  );
  await waitUntilReady(child, `${url}/__mocks/settings`);
  return child;
}

export type ServerOptions = {
  /** The build to run (`<out>`, holding `client/` and `server/`); default `OUT_DIR`. */
  outDir?: string;
  /** Its stdout, the request log: kept by default. */
  stdout?: StdoutMode;
};

/**
 * The built production server, as `npm start` runs it, with these settings on top (and, for a
 * test that needs them, these options to node itself).
 */
export async function startServer(
  apiUrl: string,
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
  { outDir = OUT_DIR, stdout = 'pipe' }: ServerOptions = {},
): Promise<Child> {
  const entry = resolve(outDir, 'server/index.js');
  if (!existsSync(entry) || !existsSync(resolve(outDir, 'client/index.html'))) {
    throw new Error(`No build in ${outDir}: run \`npm run build\` first (or set BUILD_OUT_DIR).`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { SITE_URL: _siteUrl, ...inherited } = process.env;
  const child = startChild(
    'server',
    [...nodeOptions, entry],
    {
      ...inherited,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      API_URL: apiUrl,
      API_TIMEOUT_MS: String(API_TIMEOUT_MS),
      ...env,
    },
    url,
    stdout,
  );
  await waitUntilReady(child, `${url}/healthz`);
  return child;
}
