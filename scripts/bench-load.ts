// `npm run bench:load`: the production server under load, with and without the shipped nginx in
// front, and its memory over many requests. A report: it prints and writes figures and asserts
// nothing (exit 0), and exits with 1 only when it could not run.
//
//   1. the reference article from one app process, directly (no nginx), as shipped: it renders a
//      page once a second at most and answers the rest from memory (RENDER_CACHE_MS);
//   1b. the same from an app process that renders every request (RENDER_CACHE_MS=0): the
//      render's own cost;
//   2. the same article through nginx (deploy/nginx.conf, two app instances behind it), from a
//      warm cache (`X-Cache-Status: HIT` checked first, the cache's statuses counted after);
//   3. the same bytes as a static file served by that nginx itself: the limit of (2). The shipped
//      conf serves no file of its own that a request can reach (its 50x pages are `internal`),
//      so the benchmark's generated copy of it, and only that copy, gets one more `server` block
//      serving the app's compressed answer from (1) as a file, with its Content-Encoding;
//   4. the resident memory (VmRSS) of the process that renders every request, sampled four times a
//      second through a warm-up of 1,000 requests and 20,000 more in four batches (before the
//      timed runs): every one of them a render, the path where a leak would show.
// It also prints the CPU each process used in each run: through nginx on a small machine,
// autocannon itself is the limit, and the serving side's CPU per answer is the figure to compare.
// Every load is autocannon's, `Accept-Encoding: gzip, br`, at a fixed concurrency.
//
//   npm run bench:load                        32 connections, 10 s per target
//   npm run bench:load -- --connections 64    another concurrency
//   npm run bench:load -- --seconds 30        longer runs
//   npm run bench:load -- --memory-requests N more (or fewer) requests for the memory figures
//   npm run bench:load -- --workers 2         autocannon in worker threads (cores to spare)
//   npm run bench:load -- --no-build          reuse the last build in bench-results/load/dist
//
// It builds into <BENCH_OUT_DIR or bench-results>/load/dist and writes the raw figures to
// <…>/load/results.json. Everything runs on free 127.0.0.1 ports, as children of this process,
// at normal priority, and is stopped on the way out: at the end, on an error, on SIGINT/SIGTERM.
// nginx is found (or installed as root on Debian) as in the deploy tests (tests/deploy/nginx.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureNginx, startNginx, type Nginx } from '../tests/deploy/nginx';
import { freePort, ROOT, startMockApi, startServer, type Child } from '../tests/server/processes';

const ARTICLE_PATH = '/articles/kadhimi-mckenzie-technical-committee';
/** Where the benchmark's extra `server` block serves the article's bytes as a file. */
const STATIC_PATH = '/article';
const ACCEPT_ENCODING = 'gzip, br';
const WARMUP_REQUESTS = 1_000;
const MEMORY_BATCHES = 4;
const MEMORY_SAMPLE_MS = 250;

const GOALS = {
  /** nginx's static file req/s ÷ the cached page's req/s, at most. */
  cachedWithinOfStatic: 2,
  /** The app's p99, directly, at `p99Connections`. */
  appP99Ms: 100,
  p99Connections: 32,
};

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string' },
    seconds: { type: 'string' },
    workers: { type: 'string' },
    'memory-requests': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer`);
  return number;
}
const CONNECTIONS = positiveInteger('--connections', args.connections ?? '32');
const SECONDS = positiveInteger('--seconds', args.seconds ?? '10');
/** autocannon's worker threads: none by default (the load runs in this process's main thread). */
const WORKERS = args.workers === undefined ? 0 : positiveInteger('--workers', args.workers);
/** Requests to the app for the memory figures, after the warm-up: a whole number of batches. */
const MEMORY_REQUESTS =
  Math.floor(positiveInteger('--memory-requests', args['memory-requests'] ?? '20000') / MEMORY_BATCHES) *
  MEMORY_BATCHES;
if (MEMORY_REQUESTS / MEMORY_BATCHES < CONNECTIONS) {
  throw new Error(`--memory-requests must be at least ${MEMORY_BATCHES} × --connections`);
}

const BENCH_DIR = resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'bench-results');
const LOAD_DIR = join(BENCH_DIR, 'load');
const OUT_DIR = join(LOAD_DIR, 'dist');
const RESULTS_FILE = join(LOAD_DIR, 'results.json');

// ---------------------------------------------------------------------------------------------
// Stopping everything, whatever happens. The helpers' own exit hooks SIGKILL what is left if this
// process ends abruptly; this stops it all properly first (nginx, then the apps, then the mock).

const stops: (() => Promise<void>)[] = [];
let running: autocannon.Instance | undefined;
let build: ChildProcess | undefined;
let stopping: Promise<void> | undefined;

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    running?.stop();
    if (build?.pid && build.exitCode === null) {
      try {
        process.kill(-build.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
    }
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => console.error('while stopping:', error));
    }
  })();
  return stopping;
}

let signalled = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    // A second signal: out now (the exit hooks kill what is left).
    if (signalled) process.exit(code);
    signalled = true;
    console.error(`\n${signal}: stopping nginx, the app servers and the mock API…`);
    void stopAll().finally(() => process.exit(code));
  });
}

// ---------------------------------------------------------------------------------------------
// The build.

function runBuild(): Promise<void> {
  const outArg = relative(ROOT, OUT_DIR);
  console.log(`Building: BUILD_OUT_DIR=${outArg} npm run build`);
  // A group of its own (npm → sh → tsc, vite), so one signal stops all of it.
  const child = spawn('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, BUILD_OUT_DIR: outArg },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  build = child;
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      build = undefined;
      if (code === 0) done();
      else fail(new Error(`npm run build exited with ${code ?? signal}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// What a process uses, from /proc (Linux): CPU time and resident memory.

const CLOCK_TICKS = (() => {
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
})();

/** The fields of /proc/<pid>/stat after the command's name: [state, ppid, …]. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User and system CPU time of a process so far, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS : 0;
}

/** A process and its children (nginx: the master and its workers, cache manager and loader). */
function withChildren(pid: number): number[] {
  const pids = [pid];
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry) && statFields(Number(entry))?.[1] === String(pid)) pids.push(Number(entry));
  }
  return pids;
}

/** VmRSS of a process in MB (of 1,048,576 bytes), or null where there is no /proc. */
function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds each group of processes used during a run. */
type Cpu = Record<string, number>;

/**
 * Runs `work` and says how much CPU each group of processes used meanwhile, in seconds: this
 * process (autocannon runs in it) included, so a load generator at its limit shows.
 */
async function withCpu<T>(groups: Record<string, number[]>, work: () => Promise<T>) {
  const total = () =>
    Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, sum(pids.map(cpuSeconds))]));
  const before = total();
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const wallSeconds = (performance.now() - started) / 1000;
  const after = total();
  const own = process.cpuUsage(ownBefore);
  const cpu: Cpu = { autocannon: (own.user + own.system) / 1e6 };
  for (const name of Object.keys(groups)) cpu[name] = (after[name] ?? 0) - (before[name] ?? 0);
  return { result, cpu, wallSeconds };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** RSS through one batch of requests, from its samples (none without /proc). */
type MemoryBatch = {
  requests: number;
  samples: number;
  medianMb: number | null;
  minMb: number | null;
  maxMb: number | null;
};

function memoryBatch(requests: number, samples: number[]): MemoryBatch {
  if (samples.length === 0) return { requests, samples: 0, medianMb: null, minMb: null, maxMb: null };
  return {
    requests,
    samples: samples.length,
    medianMb: median(samples),
    minMb: Math.min(...samples),
    maxMb: Math.max(...samples),
  };
}

/**
 * Whether memory holds still after the warm-up (`memory[0]`). RSS moves within a batch by what the
 * garbage collector and the allocator hold at the moment, so batches are compared by their
 * medians, and a growth counts only beyond that noise: the median of the batches' ranges. Flat:
 * the last batch's median is no more than the noise above the middle one's (the second half).
 */
function trendOf(memory: MemoryBatch[]) {
  const batches = memory.slice(1);
  const medians = batches.map((batch) => batch.medianMb);
  const ranges = batches.map((batch) =>
    batch.maxMb === null || batch.minMb === null ? null : batch.maxMb - batch.minMb,
  );
  if (medians.some((value) => value === null) || ranges.some((value) => value === null)) return null;
  const [first, middle, last] = [medians[0]!, medians[batches.length / 2 - 1]!, medians.at(-1)!];
  const noiseMb = median(ranges as number[]);
  const secondHalfMb = last - middle;
  return {
    overallMb: last - first,
    secondHalfMb,
    noiseMb,
    peakMb: Math.max(...batches.map((batch) => batch.maxMb!)),
    flat: secondHalfMb <= noiseMb,
  };
}

// ---------------------------------------------------------------------------------------------
// Requests.

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One GET as it comes off the wire: node:http does not decompress, so the body is what was sent. */
function get(url: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const request = httpRequest(
      url,
      { headers: { 'Accept-Encoding': ACCEPT_ENCODING }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', fail);
    request.end();
  });
}

/** autocannon at the benchmark's concurrency, for a duration or a number of requests. */
async function load(
  url: string,
  until: { duration: number } | { amount: number },
): Promise<autocannon.Result> {
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    headers: { 'Accept-Encoding': ACCEPT_ENCODING },
    ...(WORKERS ? { workers: WORKERS } : {}),
    ...until,
  });
  running = instance;
  try {
    return await instance;
  } finally {
    running = undefined;
  }
}

/**
 * Asks nginx for the page until its cache answers (a MISS or an expired copy fills it first);
 * fails unless it ends with a 200 `X-Cache-Status: HIT`. Returns the last answer and every status.
 */
async function warmCache(url: string): Promise<{ answer: Answer; statuses: string[] }> {
  const statuses: string[] = [];
  for (let i = 0; i < 10; i++) {
    const answer = await get(url);
    statuses.push(String(answer.headers['x-cache-status'] ?? '(none)'));
    if (answer.status === 200 && statuses.at(-1) === 'HIT') return { answer, statuses };
    // A background update may still be under way.
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`nginx did not serve ${url} from its cache: X-Cache-Status ${statuses.join(', ')}`);
}

/** What nginx's cache did for `path`, counted in its access log from byte `offset` on. */
function cacheStatuses(nginx: Nginx, offset: number, path: string): Record<string, number> {
  const file = join(nginx.prefix, 'access.log');
  const size = statSync(file).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  const counts: Record<string, number> = {};
  for (const line of buffer.toString('utf8').split('\n')) {
    if (!line.includes(`"uri":"${path}"`)) continue;
    const status = /"cache":"([A-Z]*)"/.exec(line)?.[1] || '(none)';
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

const accessLogSize = (nginx: Nginx) => {
  const file = join(nginx.prefix, 'access.log');
  return existsSync(file) ? statSync(file).size : 0;
};

/**
 * The benchmark's own `server` block, added to its generated copy of deploy/nginx.conf just
 * before the `http` block closes: `STATIC_PATH` is the app's answer from a file, as nginx serves
 * a file (sendfile, no cache lookup, no upstream), with the same Content-Encoding and Vary. It
 * inherits the `http` block's settings, the JSON access log included.
 */
function addStaticServer(conf: string, port: number, file: string, encoding: string | undefined): string {
  const block = `
    # Added by scripts/bench-load.ts to its own copy only: the limit the cached page is compared
    # with, the same bytes as a file that nginx serves itself.
    server {
        listen 127.0.0.1:${port};
        server_name _;
        location = ${STATIC_PATH} {
            default_type "text/html; charset=utf-8";
${encoding ? `            add_header Content-Encoding ${encoding};\n` : ''}            add_header Vary Accept-Encoding;
            alias ${file};
        }
    }
`;
  const end = conf.trimEnd();
  if (!end.endsWith('}')) throw new Error('the generated nginx.conf does not end with the http block');
  return `${end.slice(0, -1)}${block}}\n`;
}

// ---------------------------------------------------------------------------------------------
// Printing.

/** A Markdown table, numbers (and anything after the first column) right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const ms = (value: number) =>
  value < 1 ? '<1 ms' : `${Number.isInteger(value) ? value : value.toFixed(1)} ms`;
const mb = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} MB`);
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const percent = (value: number) => `${Math.round(value)}%`;
/** CPU seconds as µs or ms. */
const cpuTime = (seconds: number) =>
  seconds < 0.001 ? `${Math.round(seconds * 1e6)} µs` : `${(seconds * 1000).toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------------

type Target = {
  name: string;
  label: string;
  url: string;
  answer: Answer;
};

async function main() {
  mkdirSync(LOAD_DIR, { recursive: true });
  if (!args['no-build']) await runBuild();
  for (const path of [join(OUT_DIR, 'client/index.html'), join(OUT_DIR, 'server/index.js')]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: build first (without --no-build)`);
  }
  const nginxBin = ensureNginx();
  const nginxVersion = spawnSync(nginxBin, ['-v'], { encoding: 'utf8' }).stderr.trim();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    nginx: nginxVersion,
    loadAverageBefore: loadavg(),
  };
  console.log('');
  console.log(
    `Load: ${CONNECTIONS} connections, ${SECONDS} s per target, Accept-Encoding: ${ACCEPT_ENCODING}, ` +
      `autocannon ${WORKERS ? `in ${WORKERS} worker threads` : 'in this process'}. ` +
      `${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, ${nginxVersion}; ` +
      `load average ${machine.loadAverageBefore.map((v) => v.toFixed(2)).join(' ')} before.`,
  );

  // The mock API, two app instances as shipped with nginx in front, and one more that renders
  // every request. Their request logs go to /dev/null: reading them here would take this
  // process's CPU from autocannon; the app still writes each line.
  const mock = await startMockApi();
  stops.push(() => mock.stop());
  const startApp = async (env: Record<string, string> = {}) => {
    // API_TIMEOUT_MS as in production (the helper's default is the tests' shorter one).
    const app = await startServer(mock.url, { API_TIMEOUT_MS: '5000', ...env }, [], {
      outDir: OUT_DIR,
      stdout: 'ignore',
    });
    stops.push(() => app.stop());
    return app;
  };
  const apps: Child[] = [await startApp(), await startApp()];
  const rendering = await startApp({ RENDER_CACHE_MS: '0' });
  const direct = apps[0]!;
  const renderingPid = rendering.process.pid!;

  const directUrl = `${direct.url}${ARTICLE_PATH}`;
  const directAnswer = await get(directUrl);
  if (directAnswer.status !== 200) throw new Error(`${directUrl} answered ${directAnswer.status}`);
  const encoding = directAnswer.headers['content-encoding'];

  const staticPort = await freePort();
  const nginx = await startNginx(
    nginxBin,
    apps.map((app) => Number(new URL(app.url).port)),
    {
      async extendConf(conf, prefix) {
        const dir = join(prefix, 'static');
        const file = join(dir, `article.html${encoding ? `.${encoding === 'gzip' ? 'gz' : encoding}` : ''}`);
        await mkdir(dir);
        await writeFile(file, directAnswer.body);
        return addStaticServer(conf, staticPort, file, encoding);
      },
    },
  );
  stops.push(() => nginx.stop());

  const cachedUrl = `${nginx.url}${ARTICLE_PATH}`;
  const { answer: cachedAnswer, statuses: warming } = await warmCache(cachedUrl);
  const staticUrl = `http://127.0.0.1:${staticPort}${STATIC_PATH}`;
  const staticAnswer = await get(staticUrl);
  if (staticAnswer.status !== 200 || !staticAnswer.body.equals(directAnswer.body)) {
    throw new Error(`${staticUrl} answered ${staticAnswer.status}, not the article's bytes`);
  }

  const renderingUrl = `${rendering.url}${ARTICLE_PATH}`;
  const renderingAnswer = await get(renderingUrl);
  if (renderingAnswer.status !== 200) throw new Error(`${renderingUrl} answered ${renderingAnswer.status}`);

  const targets: Target[] = [
    {
      name: 'app',
      label: 'article, one app process, as shipped',
      url: directUrl,
      answer: directAnswer,
    },
    {
      name: 'appRendering',
      label: 'article, one app process rendering each request',
      url: renderingUrl,
      answer: renderingAnswer,
    },
    {
      name: 'nginxCached',
      label: 'article through nginx, warm cache (HIT)',
      url: cachedUrl,
      answer: cachedAnswer,
    },
    {
      name: 'nginxStatic',
      label: 'same bytes as a static file, nginx',
      url: staticUrl,
      answer: staticAnswer,
    },
  ];
  const size = (answer: Answer) =>
    `${thousands(answer.body.length)} B ${answer.headers['content-encoding'] ?? 'identity'}`;
  console.log(
    `One answer, as sent: app ${size(directAnswer)}; nginx cached ${size(cachedAnswer)} ` +
      `(X-Cache-Status ${warming.join(' → ')}); nginx static ${size(staticAnswer)}.`,
  );

  const nginxPids = withChildren(nginx.process.pid!);
  const groups = {
    app: [direct.process.pid!],
    rendering: [renderingPid],
    otherApp: apps.slice(1).map((app) => app.process.pid!),
    mock: [mock.process.pid!],
    nginx: nginxPids,
  };

  // Memory: the app that renders every request, a warm-up, then 20,000 requests in batches, its
  // RSS sampled through each batch.
  console.log('');
  console.log(
    `Memory: ${thousands(WARMUP_REQUESTS)} requests to warm up, then ${thousands(MEMORY_REQUESTS)} in ` +
      `${MEMORY_BATCHES} batches, to the app that renders each one (pid ${renderingPid}), VmRSS ` +
      `every ${MEMORY_SAMPLE_MS} ms…`,
  );
  const atStart = rssMb(renderingPid);
  let samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = rssMb(renderingPid);
    if (rss !== null) samples.push(rss);
  }, MEMORY_SAMPLE_MS);
  const warmup = await load(renderingUrl, { amount: WARMUP_REQUESTS });
  const memory: MemoryBatch[] = [];
  const batches: autocannon.Result[] = [];
  const batchSize = MEMORY_REQUESTS / MEMORY_BATCHES;
  try {
    memory.push(memoryBatch(0, samples));
    for (let i = 1; i <= MEMORY_BATCHES; i++) {
      samples = [];
      batches.push(await load(renderingUrl, { amount: batchSize }));
      memory.push(memoryBatch(i * batchSize, samples));
      const batch = memory.at(-1)!;
      console.log(
        `  requests ${thousands((i - 1) * batchSize)}–${thousands(i * batchSize)}: median ${mb(batch.medianMb)}, ` +
          `${mb(batch.minMb)} to ${mb(batch.maxMb)} (${Math.round(batches.at(-1)!.requests.average)} req/s, ` +
          `p99 ${ms(batches.at(-1)!.latency.p99)})`,
      );
    }
  } finally {
    clearInterval(sampler);
  }
  const memoryTrend = trendOf(memory);
  const memoryErrors = sum(batches.map((r) => r.errors + r.non2xx)) + warmup.errors + warmup.non2xx;

  // The three targets, one timed run each.
  type Run = {
    result: autocannon.Result;
    cpuSeconds: Cpu;
    wallSeconds: number;
    cache?: Record<string, number>;
  };
  const runs: Record<string, Run> = {};
  let rewarming: string[] = [];
  for (const target of targets) {
    console.log('');
    console.log(`autocannon: ${target.label} — GET ${target.url}, ${CONNECTIONS} connections, ${SECONDS} s…`);
    // Warmed again just before: the page may have expired (s-maxage) since the first check.
    if (target.name === 'nginxCached') rewarming = (await warmCache(target.url)).statuses;
    const offset = accessLogSize(nginx);
    const { result, cpu, wallSeconds } = await withCpu(groups, () => load(target.url, { duration: SECONDS }));
    runs[target.name] = { result, cpuSeconds: cpu, wallSeconds };
    if (target.name === 'nginxCached') {
      console.log(`  X-Cache-Status just before: ${rewarming.join(' → ')}`);
      const cache = cacheStatuses(nginx, offset, ARTICLE_PATH);
      runs[target.name]!.cache = cache;
      console.log(
        `  nginx's cache: ${Object.entries(cache)
          .map(([status, count]) => `${status} ${thousands(count)}`)
          .join(', ')}`,
      );
    }
    console.log(
      `  ${thousands(result.requests.average)} req/s, p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}`,
    );
  }
  const loadAverageAfter = loadavg();

  // The report.
  /** % of one core that a group used during a run. */
  const share = (run: Run, name: string) => ((run.cpuSeconds[name] ?? 0) / run.wallSeconds) * 100;
  /** CPU seconds per answer of the serving side (the app instances and nginx; not the mock API). */
  const serverCpuPerAnswer = (run: Run) =>
    sum(['app', 'rendering', 'otherApp', 'nginx'].map((name) => run.cpuSeconds[name] ?? 0)) /
    Math.max(1, run.result.requests.total);
  const row = (target: Target) => {
    const run = runs[target.name]!;
    const { result } = run;
    return [
      target.label,
      thousands(result.requests.average),
      thousands(result.requests.total),
      ms(result.latency.p50),
      ms(result.latency.p99),
      `${result.errors} / ${result.non2xx}`,
      cpuTime(serverCpuPerAnswer(run)),
      size(target.answer),
    ];
  };
  console.log('');
  console.log(
    `${CONNECTIONS} connections, ${SECONDS} s each, Accept-Encoding: ${ACCEPT_ENCODING} ` +
      `(autocannon's latencies are in whole milliseconds):`,
  );
  console.log('');
  console.log(
    table([
      ['target', 'req/s', 'requests', 'p50', 'p99', 'errors / non-2xx', 'server CPU / answer', 'one answer'],
      ...targets.map(row),
    ]),
  );
  console.log('');
  console.log(`CPU during each run, % of one core (${machine.cpus} on this machine):`);
  console.log('');
  console.log(
    table([
      ['target', 'autocannon (this process)', 'app', 'app rendering each', 'other app', 'mock API', 'nginx'],
      ...targets.map((target) => {
        const run = runs[target.name]!;
        return [
          target.label,
          ...['autocannon', 'app', 'rendering', 'otherApp', 'mock', 'nginx'].map((name) =>
            percent(share(run, name)),
          ),
        ];
      }),
    ]),
  );
  const saturated = targets.filter(
    (target) => share(runs[target.name]!, 'autocannon') >= 90 * Math.max(1, WORKERS),
  );
  if (saturated.length) {
    console.log('');
    console.log(
      `autocannon was at its limit (${WORKERS ? `${WORKERS} worker threads busy` : 'a whole core'}) for: ` +
        `${saturated.map((t) => t.label).join('; ')}. There the load generator, not the server, set the ` +
        `req/s: they are a floor, and "server CPU / answer" is the figure to compare.`,
    );
  }

  console.log('');
  console.log(
    `Memory of the app rendering each request (VmRSS, medians of its samples): ${mb(atStart)} at start, ` +
      `${mb(memory[0]!.medianMb)} through the warm-up, then by ${thousands(batchSize)}: ` +
      `${memory
        .slice(1)
        .map((batch) => mb(batch.medianMb))
        .join(' → ')}; peak ${mb(memoryTrend?.peakMb ?? null)}; ${memoryErrors} errors or non-2xx.`,
  );

  const app = runs.app!.result;
  const appRendering = runs.appRendering!.result;
  const cached = runs.nginxCached!.result;
  const limit = runs.nginxStatic!.result;
  const ratio = limit.requests.average / cached.requests.average;
  const cpuRatio = serverCpuPerAnswer(runs.nginxCached!) / serverCpuPerAnswer(runs.nginxStatic!);
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  const goals = {
    cachedVsStatic: {
      ratio,
      cpuPerAnswerRatio: cpuRatio,
      goal: GOALS.cachedWithinOfStatic,
      met: ratio <= GOALS.cachedWithinOfStatic,
    },
    appP99: {
      ms: app.latency.p99,
      renderingEachRequestMs: appRendering.latency.p99,
      connections: CONNECTIONS,
      goal: GOALS.appP99Ms,
      met: app.latency.p99 < GOALS.appP99Ms,
    },
    memoryFlat: { ...memoryTrend, met: memoryTrend?.flat ?? false },
  };
  console.log('');
  console.log('Goals:');
  console.log(
    `  cached page within ${GOALS.cachedWithinOfStatic}× of nginx's static file (req/s): static ` +
      `${thousands(limit.requests.average)} ÷ cached ${thousands(cached.requests.average)} = ` +
      `${ratio.toFixed(2)}× — ${verdict(goals.cachedVsStatic.met)}`,
  );
  console.log(
    `    (server CPU per answer: cached ${cpuTime(serverCpuPerAnswer(runs.nginxCached!))}, static ` +
      `${cpuTime(serverCpuPerAnswer(runs.nginxStatic!))}: ${cpuRatio.toFixed(2)}×, the ratio of their ` +
      `ceilings when the load generator is not the limit)`,
  );
  console.log(
    `  app p99 under ${GOALS.appP99Ms} ms at ${GOALS.p99Connections} connections: ${ms(app.latency.p99)}` +
      (CONNECTIONS === GOALS.p99Connections
        ? ` — ${verdict(goals.appP99.met)}`
        : ` at ${CONNECTIONS} connections (the goal is at ${GOALS.p99Connections}: rerun with --connections ${GOALS.p99Connections})`),
  );
  console.log(
    `    (rendering each request: p99 ${ms(appRendering.latency.p99)}, ` +
      `${thousands(appRendering.requests.average)} req/s, ${cpuTime(serverCpuPerAnswer(runs.appRendering!))} ` +
      `of CPU an answer: the render's own cost)`,
  );
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} MB`;
  console.log(
    memoryTrend
      ? `  memory flat, rendering each request: ${signed(memoryTrend.overallMb)} over ${thousands(MEMORY_REQUESTS)} ` +
          `requests, ${signed(memoryTrend.secondHalfMb)} in the last ${thousands(MEMORY_REQUESTS / 2)}, against ` +
          `${memoryTrend.noiseMb.toFixed(1)} MB of noise (RSS's range within a batch) — ` +
          verdict(goals.memoryFlat.met)
      : '  memory flat: n/a (no /proc)',
  );
  console.log(
    `Load average ${machine.loadAverageBefore.map((v) => v.toFixed(2)).join(' ')} before, ` +
      `${loadAverageAfter.map((v) => v.toFixed(2)).join(' ')} after: other work on this machine moves these figures.`,
  );

  await writeFile(
    RESULTS_FILE,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { ...machine, loadAverageAfter },
        settings: {
          connections: CONNECTIONS,
          seconds: SECONDS,
          acceptEncoding: ACCEPT_ENCODING,
          warmupRequests: WARMUP_REQUESTS,
          memoryRequests: MEMORY_REQUESTS,
          build: relative(ROOT, OUT_DIR),
        },
        targets: targets.map((target) => ({
          name: target.name,
          label: target.label,
          url: target.url,
          status: target.answer.status,
          contentEncoding: target.answer.headers['content-encoding'] ?? null,
          bytes: target.answer.body.length,
          xCacheStatus: target.answer.headers['x-cache-status'] ?? null,
        })),
        cacheWarming: { first: warming, beforeTheRun: rewarming },
        runs,
        memory: { pid: renderingPid, atStartMb: atStart, batches: memory, warmup, loads: batches },
        goals,
      },
      null,
      2,
    ),
  );
  console.log(`Raw results: ${relative(ROOT, RESULTS_FILE)}`);
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error(error);
      return 1;
    },
  )
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  });
