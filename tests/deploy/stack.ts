/**
 * What a deploy test runs against: two instances of the built server on the mock API, and the
 * shipped nginx.conf in front of them. Each instance's request log (one JSON line per request on
 * stdout, `{"method","path","status","ms","bytes","render"}`) is read as it comes, so a test can
 * count how often the app really rendered a page behind the cache.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { inject } from 'vitest';
import { startServer, type Child } from '../server/processes';
import { rawRequest, type RawResponse } from '../server/support';
import { startNginx, type Nginx } from './nginx';

/**
 * How long the instances tell shared caches a page stays fresh (`s-maxage`), instead of the
 * default 60 s: so that a test can see a page expire.
 */
export const PAGE_CACHE_SECONDS = 2;

/** One line of the server's request log. */
export type RequestLogLine = {
  method: string;
  path: string;
  status: number;
  ms: number;
  bytes: number;
  render: boolean;
};

export type App = {
  child: Child;
  /** The request log lines it printed since it started. */
  requests: RequestLogLine[];
};

export type Stack = {
  nginx: Nginx;
  apps: App[];
  /** A request to nginx, as `rawRequest` sends it. */
  get: (path: string, headers?: Record<string, string>) => Promise<RawResponse>;
  /** How many times the app instances rendered this path (`"render":true`), all together. */
  renders: (path: string) => number;
  /** Waits until the instances' logs hold `count` renders of `path`, or `timeoutMs` has passed. */
  waitForRenders: (path: string, count: number, timeoutMs?: number) => Promise<number>;
  stop: () => Promise<void>;
};

/** Reads a child's stdout line by line from now on, keeping the request log's JSON lines. */
function readRequestLog(child: Child): RequestLogLine[] {
  const lines: RequestLogLine[] = [];
  let partial = '';
  child.process.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      if (!line.startsWith('{')) continue;
      try {
        const parsed = JSON.parse(line) as Partial<RequestLogLine>;
        if (typeof parsed.path === 'string' && typeof parsed.method === 'string') {
          lines.push(parsed as RequestLogLine);
        }
      } catch {
        // Another line that happens to start with a brace.
      }
    }
  });
  return lines;
}

/**
 * Two app instances and nginx in front of them. `appEnv` goes to both instances, on top of the
 * server tests' settings (tests/server/processes.ts).
 */
export async function startStack(appEnv: Record<string, string> = {}): Promise<Stack> {
  const children: Child[] = [];
  let nginx: Nginx | undefined;
  const stop = async () => {
    // nginx first, so that it does not mark the instances down as they go.
    await nginx?.stop();
    await Promise.all(children.map((child) => child.stop()));
  };
  try {
    const apiUrl = inject('mockUrl');
    const started = await Promise.allSettled([startServer(apiUrl, appEnv), startServer(apiUrl, appEnv)]);
    for (const result of started) if (result.status === 'fulfilled') children.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const apps = children.map((child) => ({ child, requests: readRequestLog(child) }));
    nginx = await startNginx(
      inject('nginxBin'),
      children.map((child) => Number(new URL(child.url).port)),
    );
    const front = nginx;
    const renders = (path: string) =>
      apps.reduce(
        (sum, app) => sum + app.requests.filter((line) => line.render === true && line.path === path).length,
        0,
      );
    return {
      nginx: front,
      apps,
      get: (path, headers = {}) => rawRequest(path, { base: front.url, headers }),
      renders,
      async waitForRenders(path, count, timeoutMs = 3000) {
        const deadline = Date.now() + timeoutMs;
        while (renders(path) < count && Date.now() < deadline) {
          await new Promise((wait) => setTimeout(wait, 50));
        }
        return renders(path);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The value of `name` in a Cache-Control header, e.g. `s-maxage` → 60. */
export function cacheControlSeconds(header: string | undefined, name: string): number | null {
  const match = new RegExp(`(?:^|,)\\s*${name}=(\\d+)`, 'i').exec(header ?? '');
  return match ? Number(match[1]) : null;
}

export const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

/**
 * Waits until nginx holds a page cached `seconds` ago (s-maxage) as expired. nginx counts in
 * whole seconds, and an entry is expired once its last valid second has passed: up to a second
 * more than `seconds`.
 */
export const waitUntilExpired = (seconds: number) => sleep((seconds + 1) * 1000 + 300);

/** What a current browser sends. */
export const BROWSER_ENCODINGS = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

/** The answer's body as text, decompressed as its Content-Encoding says. */
export function bodyText(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
}

/** What nginx's cache did for this answer (X-Cache-Status). */
export const cacheStatus = (response: RawResponse) => response.headers['x-cache-status'];
