/**
 * nginx for the deploy tests: found (or installed, as root on Debian), and run as a child of the
 * test, not as a daemon, with the shipped deploy/nginx.conf pointed at the test's own ports and
 * a temporary directory (its pid, logs, cache and a copy of the error pages), stopped whatever
 * happened. `SERVER_TESTS_LOG=1` shows its output as it comes and keeps its directory.
 */
import { execSync, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { freePort, ROOT, type Child } from '../server/processes';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The nginx binary the deploy tests run. */
    nginxBin: string;
  }
}

/** The shipped configuration, the one source of what nginx does. */
export const NGINX_CONF = resolve(ROOT, 'deploy/nginx.conf');
export const ERROR_PAGES = resolve(ROOT, 'deploy/error-pages');

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y nginx';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** `NGINX_BIN`, else `nginx` on the PATH or where Debian and nginx.org put it. */
export function findNginx(): string | null {
  const candidates = [
    process.env.NGINX_BIN,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not there.
    }
  }
  return null;
}

/**
 * The nginx binary: found, or installed with apt-get when this runs as root on Debian or Ubuntu;
 * otherwise an error that says exactly what to run.
 */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    process.stderr.write("No nginx found: installing Debian's nginx (apt-get install -y nginx)…\n");
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx', {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const installed = findNginx();
    if (installed) return installed;
  }
  throw new Error(
    `The deploy tests need nginx, and none was found. Install it, then run them again:\n` +
      `  Debian/Ubuntu: ${INSTALL_COMMAND}\n` +
      `  or point NGINX_BIN at an nginx binary.`,
  );
}

export type NginxSettings = {
  /** The port nginx listens on, on 127.0.0.1. */
  port: number;
  /** The app instances' ports, one per `server` line of the shipped upstream. */
  upstreamPorts: number[];
  /** The directory for its pid, logs, temporary files and cache. */
  prefix: string;
  /** Where the error pages are. */
  errorPages: string;
  /** Whether nginx runs as root (then its workers drop to the conf's `user`). */
  asRoot: boolean;
};

/**
 * The shipped configuration with its machine-specific lines (the ones marked EDIT) pointed at
 * the test's ports and directory. Every substitution must find exactly the lines it expects, so
 * a change to deploy/nginx.conf that this does not know about fails loudly here.
 */
export function renderNginxConf(source: string, settings: NginxSettings): string {
  const { prefix } = settings;
  const upstreams = [...settings.upstreamPorts];
  const substitutions: [name: string, pattern: RegExp, replacement: string | Replacer, count: number][] = [
    // As root, the workers drop to the conf's user (the test's directory is readable to them);
    // as anyone else nginx runs as that user, and the directive would only be warned about.
    [
      'user',
      /^user\s+[^;]+;/gm,
      (line) => (settings.asRoot ? line : '# (user: the one running the test)'),
      1,
    ],
    ['worker_processes', /^worker_processes\s+[^;]+;/gm, 'worker_processes 2;', 1],
    ['pid', /^pid\s+[^;]+;/gm, `pid ${join(prefix, 'nginx.pid')};`, 1],
    ['error_log', /^error_log\s+\S+/gm, `error_log ${join(prefix, 'error.log')}`, 1],
    ['access_log', /^(\s*access_log)\s+(?!off;)\S+/gm, `$1 ${join(prefix, 'access.log')}`, 1],
    [
      'temp paths',
      /^(\s*)((?:client_body|proxy|fastcgi|uwsgi|scgi)_temp_path)\s+[^;]+;/gm,
      (_line, indent = '', directive = '') => `${indent}${directive} ${join(prefix, 'tmp', directive)};`,
      5,
    ],
    ['proxy_cache_path', /^(\s*proxy_cache_path)\s+\S+/gm, `$1 ${join(prefix, 'cache')}`, 1],
    ['listen', /^(\s*listen)\s+[^;]+;/gm, `$1 127.0.0.1:${settings.port};`, 1],
    [
      'upstream servers',
      /^(\s*server)\s+127\.0\.0\.1:\d+/gm,
      (_line, directive = '') => `${directive} 127.0.0.1:${upstreams.shift()}`,
      settings.upstreamPorts.length,
    ],
    ['root', /^(\s*root)\s+[^;]+;/gm, `$1 ${settings.errorPages};`, 1],
  ];
  let conf = source;
  for (const [name, pattern, replacement, count] of substitutions) {
    const found = conf.match(pattern)?.length ?? 0;
    if (found !== count) {
      throw new Error(
        `deploy/nginx.conf: expected ${count} \`${name}\` line(s) to substitute, found ${found}`,
      );
    }
    conf =
      typeof replacement === 'string'
        ? conf.replace(pattern, replacement)
        : conf.replace(pattern, replacement);
  }
  return conf;
}

/** Gets the matched line and its groups. */
type Replacer = (line: string, ...groups: string[]) => string;

export type Nginx = Child & {
  /** Its directory: nginx.conf, nginx.pid, error.log, access.log, cache/. */
  prefix: string;
  /** Its access log, one JSON object per request (deploy/nginx.conf's `zagros` format). */
  accessLog: () => Promise<Record<string, unknown>[]>;
};

const running = new Set<number>();
// A last resort if the test run ends abruptly: no nginx (master and workers) outlives it.
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
});

export type NginxOptions = {
  /**
   * A last change to the generated conf, after the shipped lines were pointed at the test's
   * ports and directory: e.g. one more `server` block for a benchmark. Gets nginx's directory
   * (`prefix`), where it may also write the files that block serves; returns the conf.
   */
  extendConf?: (conf: string, prefix: string) => string | Promise<string>;
};

/** nginx with the shipped configuration in front of these app instances, once it answers. */
export async function startNginx(
  nginxBin: string,
  upstreamPorts: number[],
  { extendConf }: NginxOptions = {},
): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'zagros-nginx-'));
  const asRoot = isRoot();
  // As root the workers run as the conf's user: they need to reach the cache and the pages.
  if (asRoot) chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'logs'));
  mkdirSync(join(prefix, 'tmp'));
  const errorPages = join(prefix, 'error-pages');
  cpSync(ERROR_PAGES, errorPages, { recursive: true });
  const port = await freePort();
  const confPath = join(prefix, 'nginx.conf');
  const source = await readFile(NGINX_CONF, 'utf8');
  const conf = renderNginxConf(source, { port, upstreamPorts, prefix, errorPages, asRoot });
  await writeFile(confPath, extendConf ? await extendConf(conf, prefix) : conf);

  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so that its workers can be stopped with it if the master is killed.
  const child = spawn(nginxBin, ['-p', `${prefix}/`, '-c', confPath, '-g', 'daemon off;'], {
    cwd: prefix,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid ?? 0;
  running.add(pid);
  let output = '';
  const verbose = process.env.SERVER_TESTS_LOG === '1';
  const collect = (chunk: Buffer) => {
    if (verbose) process.stderr.write(`[nginx] ${chunk.toString()}`);
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | string>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(code ?? signal ?? 'unknown'));
  });
  const errorLog = () => readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Gone already.
    }
  };

  const handle: Nginx = {
    name: 'nginx',
    url,
    process: child,
    prefix,
    log: () => output,
    exited,
    async accessLog() {
      const text = await readFile(join(prefix, 'access.log'), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        // TERM: a fast shutdown (the master stops its workers); then KILL to the whole group.
        child.kill('SIGTERM');
        const timer = setTimeout(() => killGroup('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      // A worker that was mid-exit when the master went.
      killGroup('SIGKILL');
      running.delete(pid);
      if (process.env.SERVER_TESTS_LOG !== '1') await rm(prefix, { recursive: true, force: true });
    },
  };

  // It answers once the app behind it does: /healthz goes through to an instance.
  const deadline = Date.now() + 15_000;
  let exitedWith: number | string | undefined;
  void exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) {
      const detail = `${output}\n${await errorLog()}`;
      running.delete(pid);
      throw new Error(`nginx exited (${exitedWith}) before it answered:\n${detail}\nconf: ${confPath}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) return handle;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const detail = `${output}\n${await errorLog()}`;
  await handle.stop(1000);
  throw new Error(`nginx did not answer ${url}/healthz within 15 s:\n${detail}`);
}
